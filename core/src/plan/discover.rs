//! `Auto`: domains discovered from the schema itself, their number chosen by the
//! clustering. The affinity between two tables adds up
//! - each foreign key, discounted by how many tables reference its target (a hub such as
//!   `users` ties each referrer only weakly) and more for reference data;
//! - each name family they share (same first token, same last token, same first-and-last
//!   frame such as `l_*_example`), weighted by the token's IDF and spread over the family
//!   so a large family weighs no more per table than a small one;
//! - a shared comment label (`'Auth: …'`), identical column lists, and families of
//!   derived tables (`<table>_<suffix>`), whose foreign key to their stem is discounted.
//!
//! Louvain (resolution below 1: few, large domains) clusters it, and a last pass of
//! single-table moves repairs what its aggregation fixed too early; clusters smaller than
//! [`MIN_SIZE`] join their strongest neighbour; clusters that depend on each other both
//! ways merge (`cluster::merge_entangled`), as do clusters whose foreign keys mostly run
//! to each other ([`TIGHT`]); a link table between a hub and a specific table follows the
//! specific one. A cluster is named after the domain its pinned tables are pinned to,
//! else the vocabulary domain most of its tables match, else a name family's token or its
//! most referenced table (see [`cluster_names`]).

use super::cluster::{follow_specific_parents, merge_entangled, merge_small, merge_tight, Key, Parents};
use super::config::Assignment;
use super::propose::{assignment, Context};
use super::signals::{is_hub, is_reference};
use super::tokens::idf;
use super::vocabulary::{best, builtin, match_domains};
use crate::graph::{weighted_louvain, WeightedGraph};
use crate::model::QualifiedName;
use std::collections::{BTreeMap, BTreeSet};

/// Louvain's resolution.
pub(super) const RESOLUTION: f64 = 0.5;
/// Weight of one name family's ties, per table, at full IDF.
pub(super) const NAME_WEIGHT: f64 = 1.5;
/// A shared comment label's weight, relative to a name family at full IDF.
pub(super) const LABEL_WEIGHT: f64 = 2.0;
/// Identical column lists' weight, relative to a name family at full IDF.
pub(super) const SHAPE_WEIGHT: f64 = 1.0;
/// A family of derived tables (`<table>_<suffix>` referencing only `<table>`, for at
/// least [`MIN_DERIVED`] tables: `l_*_example`, `*_json`, `*_gid_redirect`): its weight.
/// A member's foreign key to its own stem does not count: a family of parallel
/// derivatives is one concern (documentation, exports), not a part of each stem's domain,
/// and each such key would pull one member into a different cluster.
pub(super) const DERIVED_WEIGHT: f64 = 1.0;
pub(super) const MIN_DERIVED: usize = 3;
/// Two clusters merge when the foreign keys between them (those no derived family
/// explains) are at least this share of the smaller one's foreign-key ties: Louvain
/// splits a large, densely linked core; this joins parts that mostly link to each other.
pub(super) const TIGHT: f64 = 0.4;
/// Clusters below this size are merged into their strongest neighbour.
pub(super) const MIN_SIZE: usize = 3;
/// Two clusters that reference each other merge when each direction is carried by at
/// least this many tables (see `cluster::merge_entangled`): one table is more likely
/// misplaced than the two clusters one domain.
pub(super) const ENTANGLED_CARRIERS: usize = 2;

pub(super) fn discover(cx: &Context, chosen: &mut BTreeMap<QualifiedName, Assignment>) {
    let n = cx.tables.len();
    let index: BTreeMap<&QualifiedName, usize> = cx.tables.iter().enumerate().map(|(i, t)| (&t.name, i)).collect();
    let mut graph = WeightedGraph::new(n);
    // Strongest single tie of each table, for its reason: (weight, other table, what).
    let mut strongest: Vec<Option<(f64, usize, String)>> = vec![None; n];
    let note = |strongest: &mut Vec<Option<(f64, usize, String)>>, a: usize, b: usize, w: f64, why: String| {
        if strongest[a].as_ref().is_none_or(|(sw, _, _)| w > *sw) {
            strongest[a] = Some((w, b, why));
        }
    };
    let derived = derived_families(cx, &index);
    // Foreign keys only, without those a derived family explains: for merging clusters.
    let mut keys = WeightedGraph::new(n);
    // Every foreign key with the structure the merges read.
    let mut directed: Vec<Key> = Vec::new();
    let mut parents: Vec<Parents> = vec![Parents::default(); n];
    for (i, table) in cx.tables.iter().enumerate() {
        let l = cx.links_of(&table.name);
        parents[i].referenced = !l.incoming.is_empty();
        for (target, column) in &l.out {
            let Some(&j) = index.get(target) else { continue };
            let tl = cx.links_of(target);
            let hub = is_hub(&tl, n);
            let reference = is_reference(cx.tables[j], &tl);
            directed.push(Key { from: i, to: j, to_hub: hub });
            if hub {
                parents[i].hubs.push(j);
            } else if !reference {
                parents[i].specific.push(j);
            }
            if derived.get(&i).is_some_and(|(stem, _)| *stem == j) {
                continue;
            }
            let mut w = 1.0 / (1.0 + (tl.incoming.len() as f64).ln());
            if reference {
                w *= 0.3;
            }
            keys.add(i, j, w);
            graph.add(i, j, w);
            note(&mut strongest, i, j, w, format!("satellite of {} via {}.{}", target.name, table.name.name, column));
            note(&mut strongest, j, i, w, format!("referenced by {} via {}.{}", table.name.name, table.name.name, column));
        }
    }
    for (from, to, column) in &cx.implied {
        let (Some(&i), Some(&j)) = (index.get(from), index.get(to)) else { continue };
        let w = 0.5 / (1.0 + (cx.links_of(to).incoming.len() as f64).ln());
        graph.add(i, j, w);
        note(&mut strongest, i, j, w, format!("column {}.{} names {}", from.name, column, to.name));
    }
    let idf = idf(cx.tokens);
    let max_idf = (n.max(2) as f64).ln();
    let mut families: BTreeMap<(u8, String), Vec<usize>> = BTreeMap::new();
    for (i, table) in cx.tables.iter().enumerate() {
        if let Some(label) = cx.labels.get(&table.name) {
            families.entry((3, label.clone())).or_default().push(i);
        }
        let mut columns: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        columns.sort_unstable();
        if columns.len() >= 3 {
            families.entry((4, columns.join(","))).or_default().push(i);
        }
    }
    for (&i, (_, suffix)) in &derived {
        families.entry((5, suffix.clone())).or_default().push(i);
    }
    for (i, words) in cx.tokens.iter().enumerate() {
        if words.len() < 2 {
            continue;
        }
        let (first, last) = (&words[0], &words[words.len() - 1]);
        families.entry((0, first.clone())).or_default().push(i);
        families.entry((1, last.clone())).or_default().push(i);
        if words.len() >= 3 {
            families.entry((2, format!("{first}_*_{last}"))).or_default().push(i);
        }
    }
    for ((kind, key), members) in &families {
        let k = members.len();
        if k < 2 || k * 2 > n {
            continue;
        }
        let token = key.split("_*_").last().unwrap_or(key);
        let informative = match kind {
            3 => LABEL_WEIGHT,
            5 => DERIVED_WEIGHT,
            4 => SHAPE_WEIGHT,
            _ => idf.get(token).copied().unwrap_or(0.0) / max_idf,
        };
        let weight = NAME_WEIGHT * informative / (k - 1) as f64;
        let label = match kind {
            0 => format!("name family {}_*", key.trim_start_matches('^')),
            1 => format!("name family *_{key}"),
            2 => format!("name family {key}"),
            5 => format!("one of {k} tables named <table>_{key}"),
            3 => format!("comment label \"{key}:\" shared by {k} tables"),
            _ => format!("same columns as {} other tables", k - 1),
        };
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                graph.add(a, b, weight);
            }
            if let Some(&b) = members.iter().find(|&&b| b != a) {
                note(&mut strongest, a, b, weight * (k - 1) as f64, label.clone());
            }
        }
    }
    let mut membership = graph.refine(&weighted_louvain(&graph, RESOLUTION), RESOLUTION);
    merge_small(&graph, &mut membership, MIN_SIZE);
    merge_entangled(&directed, &mut membership, ENTANGLED_CARRIERS);
    merge_tight(&keys, &mut membership, TIGHT);
    for (table, parent) in follow_specific_parents(&parents, &mut membership) {
        let hubs: Vec<&str> = parents[table].hubs.iter().map(|&h| cx.tables[h].name.name.as_str()).collect();
        let why = format!("links {} (shared by many tables) to {}: follows {}", hubs.join(", "), cx.tables[parent].name.name, cx.tables[parent].name.name);
        strongest[table] = Some((f64::INFINITY, parent, why));
    }
    let names = cluster_names(cx, &membership, chosen);
    let adjacency = graph.adjacency();
    for (i, table) in cx.tables.iter().enumerate() {
        if chosen.contains_key(&table.name) {
            continue;
        }
        let domain = names.get(&membership[i]).map(String::as_str).unwrap_or("public");
        let (inside, total) = adjacency[i].iter().fold((0.0, 0.0), |(inside, total), &(other, w)| {
            (inside + if membership[other] == membership[i] { w } else { 0.0 }, total + w)
        });
        let (reason, confidence) = match &strongest[i] {
            Some((_, _, why)) if total > 0.0 => (why.clone(), 0.3 + 0.7 * inside / total),
            _ => ("no foreign key or name family ties it to any table".to_string(), 0.2),
        };
        chosen.insert(table.name.clone(), assignment(&table.name, domain, reason, confidence));
    }
}

/// Tables named after another table plus a suffix of one or two words
/// (`area_json` ← `area`, `l_artist_artist_example` ← `l_artist_artist`), where at least
/// [`MIN_DERIVED`] tables share the suffix: table → (stem table, suffix).
fn derived_families(cx: &Context, index: &BTreeMap<&QualifiedName, usize>) -> BTreeMap<usize, (usize, String)> {
    let mut found: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    for (i, table) in cx.tables.iter().enumerate() {
        let name = &table.name.name;
        let out = cx.links_of(&table.name).out;
        let mut cut = name.len();
        for _ in 0..2 {
            let Some(at) = name[..cut].rfind('_') else { break };
            cut = at;
            // The stem it references, in any schema (`documentation.l_a_b_example` →
            // `musicbrainz.l_a_b`), else the one of that name in its own schema.
            let stem = out
                .keys()
                .find(|t| t.name == name[..cut])
                .cloned()
                .unwrap_or_else(|| QualifiedName::new(table.name.schema.as_str(), &name[..cut]));
            if let Some(&j) = index.get(&stem) {
                // Only a pure derivative: it references its stem and nothing else.
                if out.keys().all(|t| *t == stem) {
                    found.insert(i, (j, name[cut + 1..].to_string()));
                }
                break;
            }
        }
    }
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, suffix) in found.values() {
        *sizes.entry(suffix.as_str()).or_default() += 1;
    }
    let keep: BTreeSet<String> =
        sizes.iter().filter(|(_, &k)| k >= MIN_DERIVED).map(|(s, _)| (*s).to_string()).collect();
    found.into_iter().filter(|(_, (_, suffix))| keep.contains(suffix)).collect()
}

/// A unique name per cluster. A cluster holding pinned tables takes the domain most of
/// them are pinned to (each such domain names one cluster, the one with most of its pins);
/// the others take the vocabulary domain most of their tables match, else the token of a
/// name family holding at least a third of them (`ticket` of `ticket_*`, `json` of
/// `*_json`; a one- or two-letter prefix such as the `l` of `l_artist_recording` is no
/// name; a head such as `prod…` of `productmodel` names the family's most referenced
/// table), else the name of their most referenced table, the cluster's centre.
fn cluster_names(cx: &Context, membership: &[usize], chosen: &BTreeMap<QualifiedName, Assignment>) -> BTreeMap<usize, String> {
    let mut names = pinned_cluster_names(cx, membership, chosen);
    let mut used: BTreeSet<String> = chosen.values().filter(|a| a.pinned).map(|a| a.domain.clone()).collect();
    let vocabulary = builtin();
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &c) in membership.iter().enumerate() {
        members.entry(c).or_default().push(i);
    }
    let mut order: Vec<(usize, &Vec<usize>)> = members.iter().filter(|(c, _)| !names.contains_key(c)).map(|(&c, m)| (c, m)).collect();
    order.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    for (c, list) in order {
        let mut vocab: BTreeMap<String, usize> = BTreeMap::new();
        let mut family: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in list {
            if let Some((d, _, _)) = best(&match_domains(&cx.tokens[i], &vocabulary)) {
                *vocab.entry(d.to_string()).or_default() += 1;
            }
            let words = &cx.tokens[i];
            let ends = [words.first(), words.last().filter(|_| words.len() > 1)];
            for word in ends.into_iter().flatten().filter(|w| w.trim_start_matches('^').len() >= 3) {
                *family.entry(word.as_str()).or_default() += 1;
            }
        }
        // The most referenced of `members`, name order breaking ties.
        let referrers = |t: &QualifiedName| cx.links.get(t).map_or(0, |l| l.incoming.len());
        let centre = |members: &mut dyn Iterator<Item = &QualifiedName>| {
            members.max_by(|a, b| referrers(a).cmp(&referrers(b)).then(b.cmp(a))).map(|t| t.name.clone())
        };
        let mut tables = list.iter().map(|&i| &cx.tables[i].name);
        let base = match (top(&vocab), top(&family)) {
            (Some((d, k)), _) if k * 2 > list.len() => d.clone(),
            (_, Some((&word, k))) if k >= 2 && k * 3 >= list.len() => match word.strip_prefix('^') {
                Some(head) => centre(&mut tables.filter(|t| t.name.starts_with(head))).unwrap_or_else(|| head.to_string()),
                None => word.to_string(),
            },
            _ => centre(&mut tables).unwrap_or_else(|| format!("domain_{c}")),
        };
        let mut name = base.clone();
        let mut suffix = 2;
        // `public` is where tables stay: clusters of infrastructure tables share it.
        while !used.insert(name.clone()) && base != "public" {
            name = format!("{base}_{suffix}");
            suffix += 1;
        }
        names.insert(c, name);
    }
    names
}

/// Clusters named after the domains their tables are pinned to: the (domain, cluster)
/// pairs with most pinned tables first, each domain and each cluster used once.
fn pinned_cluster_names(cx: &Context, membership: &[usize], chosen: &BTreeMap<QualifiedName, Assignment>) -> BTreeMap<usize, String> {
    let mut counts: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    for (i, table) in cx.tables.iter().enumerate() {
        if let Some(a) = chosen.get(&table.name).filter(|a| a.pinned) {
            *counts.entry((a.domain.as_str(), membership[i])).or_default() += 1;
        }
    }
    let mut pairs: Vec<((&str, usize), usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut names = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for ((domain, cluster), _) in pairs {
        if !names.contains_key(&cluster) && taken.insert(domain) {
            names.insert(cluster, domain.to_string());
        }
    }
    names
}

/// The key with the highest count, the first in key order among equals.
fn top<K: Ord>(m: &BTreeMap<K, usize>) -> Option<(&K, usize)> {
    m.iter().fold(None, |b, (d, &k)| match b {
        Some((_, bk)) if bk >= k => b,
        _ => Some((d, k)),
    })
}

#[cfg(test)]
mod tests {
    use super::super::config::{DomainChoice, PlanConfig};
    use super::super::propose::propose;

    /// Two entities with their links, and a parallel family of `*_example` derivatives:
    /// the derivatives form their own domain despite each one's foreign key.
    const DOCS: &str = "
CREATE TABLE public.artist (id int PRIMARY KEY);
CREATE TABLE public.label (id int PRIMARY KEY);
CREATE TABLE public.recording (id int PRIMARY KEY, artist int REFERENCES public.artist(id));
CREATE TABLE public.artist_label (id int PRIMARY KEY, a int REFERENCES public.artist(id), l int REFERENCES public.label(id));
CREATE TABLE public.label_recording (id int PRIMARY KEY, l int REFERENCES public.label(id), r int REFERENCES public.recording(id));
CREATE TABLE public.artist_recording (id int PRIMARY KEY, a int REFERENCES public.artist(id), r int REFERENCES public.recording(id));
CREATE TABLE public.artist_label_example (id int PRIMARY KEY REFERENCES public.artist_label(id), published boolean, name text);
CREATE TABLE public.label_recording_example (id int PRIMARY KEY REFERENCES public.label_recording(id), published boolean, name text);
CREATE TABLE public.artist_recording_example (id int PRIMARY KEY REFERENCES public.artist_recording(id), published boolean, name text);
";

    #[test]
    fn derived_families_form_their_own_domain() {
        let plan = propose(&crate::parse(DOCS).model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
        let by = plan.by_table_name();
        let examples: Vec<&String> = by.iter().filter(|(t, _)| t.ends_with("_example")).map(|(_, d)| d).collect();
        assert!(examples.iter().all(|d| *d == examples[0]), "{by:?}");
        assert_ne!(by["artist_label"], *examples[0], "{by:?}");
        let reason = &plan.assignments.iter().find(|a| a.table.name == "artist_label_example").expect("assigned").reason;
        assert!(reason.contains("_example") || reason.contains("same columns"), "{reason}");
    }

    /// `gizmos` is a hub (five tables reference it); `quuxes` has its own tables and
    /// neighbours (names outside the vocabulary, so that `Auto` discovers). The table
    /// linking the two follows `quuxes`, the specific side, although it is a `gizmo_*`.
    const LINKS: &str = "
CREATE TABLE public.gizmos (id int PRIMARY KEY, name text, price int, sku text, weight int, color text);
CREATE TABLE public.gizmo_pics (id int PRIMARY KEY, gizmo_id int REFERENCES public.gizmos(id), url text);
CREATE TABLE public.gizmo_notes (id int PRIMARY KEY, gizmo_id int REFERENCES public.gizmos(id), stars int);
CREATE TABLE public.gizmo_marks (id int PRIMARY KEY, gizmo_id int REFERENCES public.gizmos(id), amount int);
CREATE TABLE public.gizmo_flags (id int PRIMARY KEY, gizmo_id int REFERENCES public.gizmos(id), blorb_id int REFERENCES public.blorbs(id));
CREATE TABLE public.quuxes (id int PRIMARY KEY, name text);
CREATE TABLE public.blorbs (id int PRIMARY KEY, name text);
CREATE TABLE public.blorb_sizes (id int PRIMARY KEY, blorb_id int REFERENCES public.blorbs(id));
CREATE TABLE public.blorb_moods (id int PRIMARY KEY, blorb_id int REFERENCES public.blorbs(id));
CREATE TABLE public.blorb_size_moods (id int PRIMARY KEY, size_id int REFERENCES public.blorb_sizes(id), mood_id int REFERENCES public.blorb_moods(id));
CREATE TABLE public.blorb_hues (id int PRIMARY KEY, blorb_id int REFERENCES public.blorbs(id), mood_id int REFERENCES public.blorb_moods(id));
CREATE TABLE public.quux_people (id int PRIMARY KEY, quux_id int REFERENCES public.quuxes(id), blorb_id int REFERENCES public.blorbs(id));
CREATE TABLE public.quux_batches (id int PRIMARY KEY, quux_id int REFERENCES public.quuxes(id));
CREATE TABLE public.quux_batch_lines (id int PRIMARY KEY, batch_id int REFERENCES public.quux_batches(id), gizmo_id int REFERENCES public.gizmos(id));
CREATE TABLE public.gizmo_quuxes (id int PRIMARY KEY, gizmo_id int REFERENCES public.gizmos(id), quux_id int REFERENCES public.quuxes(id));
";

    #[test]
    fn a_link_table_follows_the_specific_side_not_the_hub() {
        let plan = propose(&crate::parse(LINKS).model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
        let by = plan.by_table_name();
        assert_ne!(by["gizmos"], by["quuxes"], "{by:?}");
        assert_eq!(by["gizmo_quuxes"], by["quuxes"], "{by:?}");
        let reason = &plan.assignments.iter().find(|a| a.table.name == "gizmo_quuxes").expect("assigned").reason;
        assert_eq!(reason, "links gizmos (shared by many tables) to quuxes: follows quuxes");
    }

    #[test]
    fn a_cluster_takes_the_name_of_the_domain_its_tables_are_pinned_to() {
        let model = crate::parse(LINKS).model;
        let free = propose(&model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() }).by_table_name();
        let mut pins = std::collections::BTreeMap::new();
        pins.insert(crate::model::QualifiedName::new("public", "gizmo_pics"), "catalog".to_string());
        let pinned = propose(&model, &PlanConfig { domains: DomainChoice::Auto, pins, ..PlanConfig::default() }).by_table_name();
        for (table, domain) in &free {
            let expected = if *domain == free["gizmo_pics"] { "catalog" } else { domain.as_str() };
            assert_eq!(pinned[table], expected, "{table}: {free:?} → {pinned:?}");
        }
    }

    #[test]
    fn a_cluster_is_named_after_an_entity_rather_than_a_bare_prefix() {
        // l_* link tables outnumber every entity's own tables; the cluster is named after one.
        let sql = "
CREATE TABLE public.artist (id int PRIMARY KEY);
CREATE TABLE public.artist_alias (id int PRIMARY KEY, artist int REFERENCES public.artist(id));
CREATE TABLE public.work (id int PRIMARY KEY);
CREATE TABLE public.l_artist_artist (id int PRIMARY KEY, a int REFERENCES public.artist(id), b int REFERENCES public.artist(id));
CREATE TABLE public.l_artist_work (id int PRIMARY KEY, a int REFERENCES public.artist(id), w int REFERENCES public.work(id));
CREATE TABLE public.l_work_work (id int PRIMARY KEY, a int REFERENCES public.work(id), b int REFERENCES public.work(id));
";
        let plan = propose(&crate::parse(sql).model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
        let names: Vec<&str> = plan.domains.iter().map(|d| d.name.as_str()).collect();
        assert!(!names.contains(&"l"), "{names:?}");
        assert!(names.iter().all(|n| ["artist", "work"].contains(n)), "{names:?}");
    }
}
