//! [`propose`]: one domain for every table, each with a reason and a confidence.
//!
//! With a vocabulary (built-in or fixed): pins first; then a table's name keywords; then
//! reference data (lookup tables) to `ref`; then, repeatedly, a table with no keyword
//! follows the most specific table it references (never a hub) or else the tables that
//! reference it; then its name family; then the fallback. With `Auto`: the built-in
//! vocabulary when nearly all names match it ([`AUTO_VOCABULARY`]), else clusters of an
//! affinity graph made of hub-discounted foreign keys and IDF-weighted name families
//! (`discover.rs`). Partitions always go where their root parent goes.

use super::config::{Assignment, DomainChoice, DomainSpec, Plan, PlanConfig};
use super::discover::discover;
use super::signals::{comment_labels, implied_links, is_hub, is_reference, links, partition_roots, Links};
use super::tokens::dump_tokens;
use super::vocabulary::{best, builtin, match_domains};
use crate::model::{Model, QualifiedName, Table};
use std::collections::{BTreeMap, BTreeSet};

/// `Auto` uses the built-in vocabulary when at least this share of the tables match it
/// clearly (the schema speaks the vocabulary), and discovers clusters otherwise.
pub const AUTO_VOCABULARY: f64 = 0.9;

/// Proposes a domain for every table of the model. Deterministic.
pub fn propose(model: &Model, config: &PlanConfig) -> Plan {
    let known: BTreeSet<QualifiedName> = model.tables.iter().map(|t| t.name.clone()).collect();
    let roots = partition_roots(model, &known);
    let tables: Vec<&Table> = {
        let mut seen = BTreeSet::new();
        let mut list: Vec<&Table> =
            model.tables.iter().filter(|t| !roots.contains_key(&t.name) && seen.insert(&t.name)).collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        list
    };
    let links = links(model, &known);
    let names: Vec<&str> = tables.iter().map(|t| t.name.name.as_str()).collect();
    let tokens = dump_tokens(&names);
    let fallback = config.fallback.clone().unwrap_or_else(|| "public".to_string());
    let mut chosen: BTreeMap<QualifiedName, Assignment> = BTreeMap::new();
    for (table, domain) in &config.pins {
        if known.contains(table) {
            chosen.insert(table.clone(), pinned(table, domain));
        }
    }
    let context = Context {
        tables: &tables,
        tokens: &tokens,
        links: &links,
        labels: comment_labels(model),
        implied: implied_links(model, &known, &links),
    };
    match &config.domains {
        DomainChoice::Builtin => by_vocabulary(&context, &builtin(), &fallback, &mut chosen),
        DomainChoice::Fixed(specs) => by_vocabulary(&context, specs, &fallback, &mut chosen),
        DomainChoice::Auto => {
            let vocabulary = builtin();
            if vocabulary_coverage(&context, &vocabulary) >= AUTO_VOCABULARY {
                by_vocabulary(&context, &vocabulary, &fallback, &mut chosen);
            } else {
                discover(&context, &mut chosen);
            }
        }
    }
    for (partition, root) in &roots {
        if config.pins.contains_key(partition) {
            continue;
        }
        let domain = chosen.get(root).map(|a| a.domain.clone()).unwrap_or_else(|| fallback.clone());
        let reason = format!("partition of {}", root.name);
        chosen.insert(partition.clone(), assignment(partition, &domain, reason, 1.0));
    }
    finish(model, chosen.into_values().collect(), &config.renames)
}

/// The plan of `assignments` after `renames`, with its followers.
pub(super) fn finish(model: &Model, mut assignments: Vec<Assignment>, renames: &BTreeMap<String, String>) -> Plan {
    for a in &mut assignments {
        if let Some(new) = renames.get(&a.domain) {
            a.domain = new.clone();
        }
    }
    let mut plan = Plan::from_assignments(assignments);
    super::follow::attach(model, &mut plan);
    plan
}

/// A table the user placed.
pub(super) fn pinned(table: &QualifiedName, domain: &str) -> Assignment {
    Assignment { pinned: true, ..assignment(table, domain, "pinned by the user".into(), 1.0) }
}

/// What every strategy reads: tables (no partitions) in name order, their tokens (same
/// order) and their foreign keys.
pub(super) struct Context<'a> {
    pub tables: &'a [&'a Table],
    pub tokens: &'a [Vec<String>],
    pub links: &'a BTreeMap<QualifiedName, Links>,
    /// Table comment labels (`'Auth: …'` → `auth`).
    pub labels: BTreeMap<QualifiedName, String>,
    /// `<table>_id` columns no foreign key declares.
    pub implied: Vec<(QualifiedName, QualifiedName, String)>,
}

impl Context<'_> {
    pub fn links_of(&self, table: &QualifiedName) -> Links {
        self.links.get(table).cloned().unwrap_or_default()
    }
}

pub(super) fn assignment(table: &QualifiedName, domain: &str, reason: String, confidence: f64) -> Assignment {
    Assignment {
        table: table.clone(),
        domain: domain.to_string(),
        reason,
        confidence: confidence.clamp(0.0, 1.0),
        pinned: false,
    }
}

fn by_vocabulary(cx: &Context, vocabulary: &[DomainSpec], fallback: &str, chosen: &mut BTreeMap<QualifiedName, Assignment>) {
    let n = cx.tables.len();
    let has_ref = vocabulary.iter().any(|d| d.name == "ref");
    // 1. Keywords, and reference data where keywords say little.
    for (table, words) in cx.tables.iter().zip(cx.tokens) {
        if chosen.contains_key(&table.name) {
            continue;
        }
        let scores = match_domains(words, vocabulary);
        let top = best(&scores);
        let l = cx.links_of(&table.name);
        if has_ref && top.is_none_or(|(_, s, _)| s < 1.5) && is_reference(table, &l) {
            let reason = format!("lookup table referenced by {} tables", l.incoming.len());
            chosen.insert(table.name.clone(), assignment(&table.name, "ref", reason, 0.7));
        } else if let Some((domain, score, keyword)) = top {
            let runner_up = scores.iter().filter(|(d, _)| d.as_str() != domain).map(|(_, (s, _))| *s).fold(0.0, f64::max);
            let confidence = 0.5 + 0.1 * score.min(3.0) + 0.1 * (score - runner_up).min(2.0);
            let reason = format!("name keyword \"{keyword}\" of {domain}");
            chosen.insert(table.name.clone(), assignment(&table.name, domain, reason, confidence));
        }
    }
    // 2. Foreign keys, until nothing changes: the most specific referenced table, else
    //    the referencing tables' majority.
    loop {
        let mut changed = false;
        for table in cx.tables {
            if chosen.contains_key(&table.name) {
                continue;
            }
            if let Some(a) = follow_links(cx, &table.name, n, chosen) {
                chosen.insert(table.name.clone(), a);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // 3. Name family (first token), then the fallback.
    let mut family: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (table, words) in cx.tables.iter().zip(cx.tokens) {
        if let (Some(first), Some(a)) = (words.first(), chosen.get(&table.name)) {
            *family.entry(first.as_str()).or_default().entry(a.domain.as_str()).or_default() += 1;
        }
    }
    let mut late = Vec::new();
    for (table, words) in cx.tables.iter().zip(cx.tokens) {
        if chosen.contains_key(&table.name) {
            continue;
        }
        let majority = words.first().and_then(|f| family.get(f.as_str())).and_then(|votes| {
            votes.iter().fold(None, |b: Option<(&str, usize)>, (&d, &c)| match b {
                Some((_, bc)) if bc >= c => b,
                _ => Some((d, c)),
            })
        });
        late.push(match (majority, words.first()) {
            (Some((domain, _)), Some(first)) => {
                assignment(&table.name, domain, format!("name family {first}_*"), 0.45)
            }
            _ => assignment(&table.name, fallback, "no keyword, link or name family: fallback".into(), 0.2),
        });
    }
    for a in late {
        chosen.insert(a.table.clone(), a);
    }
}

/// The share of tables whose name matches the vocabulary clearly (a score of at least
/// 1.5: a subject keyword first, or a role keyword).
pub(super) fn vocabulary_coverage(cx: &Context, vocabulary: &[DomainSpec]) -> f64 {
    if cx.tables.is_empty() {
        return 0.0;
    }
    let clear = cx.tokens.iter().filter(|t| best(&match_domains(t, vocabulary)).is_some_and(|(_, s, _)| s >= 1.5)).count();
    clear as f64 / cx.tables.len() as f64
}

/// The domain a table without keywords takes from its foreign keys, if any is decided.
fn follow_links(cx: &Context, table: &QualifiedName, n: usize, chosen: &BTreeMap<QualifiedName, Assignment>) -> Option<Assignment> {
    let l = cx.links_of(table);
    let parent = l
        .out
        .iter()
        .filter_map(|(target, column)| {
            let tl = cx.links_of(target);
            let a = chosen.get(target)?;
            (!is_hub(&tl, n) && a.domain != "ref").then_some((tl.incoming.len(), target, column, a))
        })
        .min_by(|x, y| x.0.cmp(&y.0).then_with(|| x.1.cmp(y.1)));
    if let Some((_, target, column, a)) = parent {
        let reason = format!("satellite of {} via {}.{}", target.name, table.name, column);
        return Some(assignment(table, &a.domain, reason, a.confidence * 0.8));
    }
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for referrer in &l.incoming {
        if let Some(a) = chosen.get(referrer) {
            *votes.entry(a.domain.as_str()).or_default() += 1;
        }
    }
    let (domain, count) = votes.iter().fold(None, |b: Option<(&str, usize)>, (&d, &c)| match b {
        Some((_, bc)) if bc >= c => b,
        _ => Some((d, c)),
    })?;
    let reason = format!("referenced by {count} tables of {domain}");
    Some(assignment(table, domain, reason, 0.5))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOP: &str = "
CREATE TABLE public.countries (code text PRIMARY KEY, name text);
CREATE TABLE public.users (id int PRIMARY KEY, email text, country text REFERENCES public.countries(code));
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int REFERENCES public.users(id), country text REFERENCES public.countries(code));
CREATE TABLE public.order_items (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
CREATE TABLE public.zorblats (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
CREATE TABLE public.page_views (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.page_views_2025 PARTITION OF public.page_views FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
";

    fn plan(choice: DomainChoice) -> Plan {
        propose(&crate::parse(SHOP).model, &PlanConfig { domains: choice, ..PlanConfig::default() })
    }

    fn of<'p>(plan: &'p Plan, table: &str) -> &'p Assignment {
        plan.assignments.iter().find(|a| a.table.name == table).expect("assigned")
    }

    #[test]
    fn same_input_same_plan() {
        assert_eq!(plan(DomainChoice::Builtin), plan(DomainChoice::Builtin));
        assert_eq!(plan(DomainChoice::Auto), plan(DomainChoice::Auto));
    }

    #[test]
    fn keywords_satellites_and_partitions() {
        let p = plan(DomainChoice::Builtin);
        assert_eq!(of(&p, "orders").domain, "ticketing");
        assert_eq!(of(&p, "countries").domain, "ref");
        let z = of(&p, "zorblats");
        assert_eq!((z.domain.as_str(), z.reason.as_str()), ("ticketing", "satellite of orders via zorblats.order_id"));
        assert_eq!(of(&p, "page_views_2025").domain, of(&p, "page_views").domain);
        assert_eq!(of(&p, "page_views_2025").reason, "partition of page_views");
        assert!(p.assignments.iter().all(|a| (0.0..=1.0).contains(&a.confidence)));
    }

    #[test]
    fn auto_uses_the_vocabulary_when_names_speak_it() {
        let sql = "
CREATE TABLE public.users (id int PRIMARY KEY);
CREATE TABLE public.user_profiles (id int PRIMARY KEY, user_id int REFERENCES public.users(id));
CREATE TABLE public.invoices (id int PRIMARY KEY, user_id int REFERENCES public.users(id));
CREATE TABLE public.payments (id int PRIMARY KEY, invoice_id int REFERENCES public.invoices(id));
";
        let model = crate::parse(sql).model;
        let auto = propose(&model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
        assert_eq!(auto, propose(&model, &PlanConfig::default()));
        assert_eq!(of(&auto, "payments").domain, "payments");
    }

    #[test]
    fn pins_win() {
        let mut pins = BTreeMap::new();
        pins.insert(QualifiedName::new("public", "orders"), "sales".to_string());
        let p = propose(&crate::parse(SHOP).model, &PlanConfig { pins, ..PlanConfig::default() });
        assert_eq!(of(&p, "orders").domain, "sales");
        assert_eq!(of(&p, "zorblats").domain, "sales");
    }

    #[test]
    fn fixed_domains_only() {
        let specs = vec![DomainSpec { name: "shop".into(), keywords: vec!["order".into()] }];
        let p = plan(DomainChoice::Fixed(specs));
        assert_eq!(of(&p, "order_items").domain, "shop");
        assert_eq!(of(&p, "zorblats").domain, "shop");
    }
}
