//! `Auto`: domains discovered from the schema itself, their number chosen by the
//! clustering. The affinity between two tables adds up
//! - each foreign key, discounted by how many tables reference its target (a hub such as
//!   `users` ties each referrer only weakly) and more for reference data;
//! - each name family they share (same first token, same last token, same first-and-last
//!   frame such as `l_*_example`), weighted by the token's IDF and spread over the family
//!   so a large family weighs no more per table than a small one.
//!
//! Louvain (resolution below 1: few, large domains) clusters it; clusters smaller than
//! [`MIN_SIZE`] join their strongest neighbour. A cluster is named after the vocabulary
//! domain most of its tables match, else its most common first token.

use super::cluster::{louvain, merge_small, Affinity};
use super::config::Assignment;
use super::propose::{assignment, Context};
use super::signals::is_reference;
use super::tokens::idf;
use super::vocabulary::{best, builtin, match_domains};
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
/// Clusters below this size are merged into their strongest neighbour.
pub(super) const MIN_SIZE: usize = 3;

pub(super) fn discover(cx: &Context, chosen: &mut BTreeMap<QualifiedName, Assignment>) {
    let n = cx.tables.len();
    let index: BTreeMap<&QualifiedName, usize> = cx.tables.iter().enumerate().map(|(i, t)| (&t.name, i)).collect();
    let mut graph = Affinity::new(n);
    // Strongest single tie of each table, for its reason: (weight, other table, what).
    let mut strongest: Vec<Option<(f64, usize, String)>> = vec![None; n];
    let note = |strongest: &mut Vec<Option<(f64, usize, String)>>, a: usize, b: usize, w: f64, why: String| {
        if strongest[a].as_ref().is_none_or(|(sw, _, _)| w > *sw) {
            strongest[a] = Some((w, b, why));
        }
    };
    for (i, table) in cx.tables.iter().enumerate() {
        let l = cx.links_of(&table.name);
        for (target, column) in &l.out {
            let Some(&j) = index.get(target) else { continue };
            let tl = cx.links_of(target);
            let mut w = 1.0 / (1.0 + (tl.incoming.len() as f64).ln());
            if is_reference(cx.tables[j], &tl) {
                w *= 0.3;
            }
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
            4 => SHAPE_WEIGHT,
            _ => idf.get(token).copied().unwrap_or(0.0) / max_idf,
        };
        let weight = NAME_WEIGHT * informative / (k - 1) as f64;
        let label = match kind {
            0 => format!("name family {}_*", key.trim_start_matches('^')),
            1 => format!("name family *_{key}"),
            2 => format!("name family {key}"),
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
    let mut membership = louvain(&graph, RESOLUTION);
    merge_small(&graph, &mut membership, MIN_SIZE);
    let names = cluster_names(cx, &membership);
    for (i, table) in cx.tables.iter().enumerate() {
        if chosen.contains_key(&table.name) {
            continue;
        }
        let domain = names.get(&membership[i]).map(String::as_str).unwrap_or("public");
        let (inside, total) = graph.edges.iter().fold((0.0, 0.0), |(inside, total), (&(a, b), &w)| {
            if a == i || b == i {
                let other = if a == i { b } else { a };
                (inside + if membership[other] == membership[i] { w } else { 0.0 }, total + w)
            } else {
                (inside, total)
            }
        });
        let (reason, confidence) = match &strongest[i] {
            Some((_, _, why)) if total > 0.0 => (why.clone(), 0.3 + 0.7 * inside / total),
            _ => ("no foreign key or name family ties it to any table".to_string(), 0.2),
        };
        chosen.insert(table.name.clone(), assignment(&table.name, domain, reason, confidence));
    }
}

/// A unique name per cluster: the vocabulary domain most of its tables match, else its
/// most common first token, else `domain_N`.
fn cluster_names(cx: &Context, membership: &[usize]) -> BTreeMap<usize, String> {
    let vocabulary = builtin();
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &c) in membership.iter().enumerate() {
        members.entry(c).or_default().push(i);
    }
    let mut order: Vec<(usize, &Vec<usize>)> = members.iter().map(|(&c, m)| (c, m)).collect();
    order.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let mut used = BTreeSet::new();
    let mut names = BTreeMap::new();
    for (c, list) in order {
        let mut vocab: BTreeMap<String, usize> = BTreeMap::new();
        let mut first: BTreeMap<String, usize> = BTreeMap::new();
        for &i in list {
            if let Some((d, _, _)) = best(&match_domains(&cx.tokens[i], &vocabulary)) {
                *vocab.entry(d.to_string()).or_default() += 1;
            }
            if let Some(f) = cx.tokens[i].first() {
                *first.entry(f.trim_start_matches('^').to_string()).or_default() += 1;
            }
        }
        let base = match (top(&vocab), top(&first)) {
            (Some((d, k)), _) if k * 2 > list.len() => d.clone(),
            (_, Some((f, _))) => f.clone(),
            _ => format!("domain_{c}"),
        };
        let mut name = base.clone();
        let mut suffix = 2;
        while !used.insert(name.clone()) {
            name = format!("{base}_{suffix}");
            suffix += 1;
        }
        names.insert(c, name);
    }
    names
}

fn top(m: &BTreeMap<String, usize>) -> Option<(&String, usize)> {
    m.iter().fold(None, |b: Option<(&String, usize)>, (d, &k)| match b {
        Some((_, bk)) if bk >= k => b,
        _ => Some((d, k)),
    })
}
