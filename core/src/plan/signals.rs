//! Structural facts about each table that the proposal weighs: its foreign keys (out and
//! in, by distinct table), whether it is a hub, whether it looks like reference data, and
//! the root of a partition chain.

use super::tokens::{singular, tokens};
use crate::model::{Model, QualifiedName, Table};
use std::collections::{BTreeMap, BTreeSet};

/// One table's foreign-key neighbourhood.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Referenced tables (distinct, not itself) → the first referencing column.
    pub out: BTreeMap<QualifiedName, String>,
    /// Referencing tables (distinct, not itself).
    pub incoming: BTreeSet<QualifiedName>,
}

/// Foreign keys of the model between tables it defines, by table (partitions count as
/// their root parent, see [`partition_roots`]).
pub fn links(model: &Model, known: &BTreeSet<QualifiedName>) -> BTreeMap<QualifiedName, Links> {
    let roots = partition_roots(model, known);
    let root_in = |name: &QualifiedName| {
        let root = roots.get(name).unwrap_or(name);
        known.contains(root).then(|| root.clone())
    };
    let mut all: BTreeMap<QualifiedName, Links> = known.iter().map(|t| (t.clone(), Links::default())).collect();
    for fk in &model.foreign_keys {
        let (Some(from), Some(to)) = (root_in(&fk.table), root_in(&fk.ref_table)) else { continue };
        if from == to {
            continue;
        }
        let column = fk.columns.first().cloned().unwrap_or_default();
        if let Some(l) = all.get_mut(&from) {
            l.out.entry(to.clone()).or_insert(column);
        }
        if let Some(l) = all.get_mut(&to) {
            l.incoming.insert(from);
        }
    }
    all
}

/// Partition → root parent, for every partition of the model whose root is a table:
/// the chain is followed through parents in `known`, at most 32 steps (a cycle stops).
pub fn partition_roots(model: &Model, known: &BTreeSet<QualifiedName>) -> BTreeMap<QualifiedName, QualifiedName> {
    let parents: BTreeMap<&QualifiedName, &QualifiedName> =
        model.tables.iter().filter_map(|t| Some((&t.name, t.partition_of.as_ref()?))).collect();
    let mut roots = BTreeMap::new();
    for &child in parents.keys() {
        let mut current = child;
        for _ in 0..32 {
            match parents.get(current) {
                Some(parent) if known.contains(*parent) => current = parent,
                _ => break,
            }
        }
        if current != child {
            roots.insert(child.clone(), current.clone());
        }
    }
    roots
}

/// Referenced by so many tables that following it would drag them all into its domain:
/// at least 5 referrers and at least 4% of the tables.
pub fn is_hub(links: &Links, table_count: usize) -> bool {
    let n = links.incoming.len();
    n >= 5 && n * 25 >= table_count
}

/// Name tokens that say "this is a list of values".
const LOOKUP_WORDS: &[&str] = &["type", "status", "kind", "category", "code", "country", "currency",
    "language", "timezone", "region", "unit", "locale", "industry", "reason", "gender", "format"];

/// Reference data: referenced by at least 2 tables, referencing none, and either named
/// like a lookup (`*_type`, `countries`) or narrow (≤ 5 columns) with a code-like key
/// (a text primary key or a `code`/`name` column). A wide table that is referenced a lot
/// (users, a tenant root) is not reference data.
pub fn is_reference(table: &Table, links: &Links) -> bool {
    if links.incoming.len() < 2 || !links.out.is_empty() {
        return false;
    }
    let words = tokens(&table.name.name);
    let named = words.last().is_some_and(|w| LOOKUP_WORDS.contains(&w.as_str()))
        || LOOKUP_WORDS.iter().any(|w| table.name.name.ends_with(&format!("{w}type")));
    let narrow = table.columns.len() <= 5;
    let code_key = table.columns.iter().any(|c| matches!(c.name.as_str(), "code" | "iso_code" | "slug"))
        || table.primary_key.as_ref().is_some_and(|pk| {
            pk.columns.iter().all(|k| {
                table.columns.iter().any(|c| &c.name == k && (c.data_type.contains("char") || c.data_type == "text"))
            })
        });
    (named && table.columns.len() <= 8) || (narrow && code_key)
}

/// The label a table comment starts with, lower case (`'Auth: Stores users.'` → `auth`):
/// one short word before a colon at the very start. Tables that share a label were
/// filed together by whoever wrote the comments.
pub fn comment_labels(model: &Model) -> BTreeMap<QualifiedName, String> {
    let mut labels = BTreeMap::new();
    for comment in model.comments.iter().filter(|c| c.object_kind.eq_ignore_ascii_case("table")) {
        let Some(text) = &comment.text else { continue };
        let Some((label, _)) = text.trim_start().split_once(':') else { continue };
        let words = label.split_whitespace().count();
        if words != 1 || label.len() > 24 || !label.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '_') {
            continue;
        }
        let object = comment.object.replace('"', "");
        let name = match object.rsplit_once('.') {
            Some((schema, name)) => QualifiedName::new(schema, name),
            None => QualifiedName::new("public", object.as_str()),
        };
        labels.insert(name, label.trim().to_lowercase());
    }
    labels
}

/// Columns named `<table>_id` for a table of the dump that no foreign key declares:
/// `(table, referenced table, column)`, in table order.
pub fn implied_links(model: &Model, known: &BTreeSet<QualifiedName>, declared: &BTreeMap<QualifiedName, Links>) -> Vec<(QualifiedName, QualifiedName, String)> {
    let mut by_singular: BTreeMap<(String, String), &QualifiedName> = BTreeMap::new();
    for name in known {
        by_singular.insert((name.schema.clone(), singular(&name.name.to_lowercase())), name);
    }
    let mut implied = Vec::new();
    for table in model.tables.iter().filter(|t| known.contains(&t.name)) {
        for column in &table.columns {
            let Some(stem) = column.name.strip_suffix("_id") else { continue };
            let Some(&target) = by_singular.get(&(table.name.schema.clone(), singular(&stem.to_lowercase()))) else { continue };
            let already = declared.get(&table.name).is_some_and(|l| l.out.contains_key(target));
            if target != &table.name && !already {
                implied.push((table.name.clone(), target.clone(), column.name.clone()));
            }
        }
    }
    implied
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(sql: &str) -> Model {
        crate::parse(sql).model
    }

    fn known(m: &Model) -> BTreeSet<QualifiedName> {
        m.tables.iter().map(|t| t.name.clone()).collect()
    }

    const SHOP: &str = "
CREATE TABLE public.countries (code text PRIMARY KEY, name text);
CREATE TABLE public.users (id int PRIMARY KEY, email text, name text, country text REFERENCES public.countries(code), a int, b int, c int);
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int REFERENCES public.users(id), country text REFERENCES public.countries(code));
CREATE TABLE public.order_items (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
";

    #[test]
    fn foreign_keys_by_distinct_table() {
        let m = model(SHOP);
        let l = links(&m, &known(&m));
        let orders = &l[&QualifiedName::new("public", "orders")];
        assert_eq!(orders.out.len(), 2);
        assert_eq!(orders.incoming.len(), 1);
    }

    #[test]
    fn lookup_is_reference_but_users_are_not() {
        let m = model(SHOP);
        let l = links(&m, &known(&m));
        let by = |n: &str| m.tables.iter().find(|t| t.name.name == n).expect("table");
        let countries = QualifiedName::new("public", "countries");
        assert!(is_reference(by("countries"), &l[&countries]));
        let users = QualifiedName::new("public", "users");
        assert!(!is_reference(by("users"), &l[&users]));
    }

    #[test]
    fn comment_labels_and_implied_links() {
        let m = model("
CREATE TABLE public.instances (id int PRIMARY KEY);
CREATE TABLE public.audit_log_entries (id int, instance_id int);
COMMENT ON TABLE public.audit_log_entries IS 'Auth: Audit trail for user actions.';
COMMENT ON TABLE public.instances IS 'Manages users: across sites, all of them';
");
        let labels = comment_labels(&m);
        assert_eq!(labels.len(), 1);
        assert_eq!(labels[&QualifiedName::new("public", "audit_log_entries")], "auth");
        let k = known(&m);
        let implied = implied_links(&m, &k, &links(&m, &k));
        assert_eq!(implied, vec![(QualifiedName::new("public", "audit_log_entries"), QualifiedName::new("public", "instances"), "instance_id".to_string())]);
    }

    #[test]
    fn partitions_find_their_root() {
        let m = model(SHOP);
        let roots = partition_roots(&m, &known(&m));
        assert_eq!(roots[&QualifiedName::new("public", "events_2025")], QualifiedName::new("public", "events"));
    }
}
