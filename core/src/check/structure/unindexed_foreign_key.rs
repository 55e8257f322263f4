//! # What it finds
//!
//! A foreign key of a planned table whose columns are not the leading columns (in any
//! order) of an index on the referencing table. The primary key and unique constraints
//! count as indexes; partial indexes and expression keys do not. The subject is the
//! referencing table.
//!
//! # Why it matters
//!
//! PostgreSQL indexes the referenced side of a key (it must be unique), never the
//! referencing side. Without one, every `DELETE` or key `UPDATE` of a referenced row scans
//! the whole referencing table, under a lock, to check or cascade. Across a domain
//! boundary this is worse: a cleanup in one domain stalls on tables of another that its
//! owners do not watch. The move is a good moment to add the index; the generator does not
//! add it, since building it inside the migration would block writes for the whole build.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.users (id bigint PRIMARY KEY);
//! CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id bigint
//!     REFERENCES public.users(id));
//! ```
//!
//! The plan moves `orders` to `sales`; `orders.user_id` has no index.
//!
//! # Fix
//!
//! `CREATE INDEX CONCURRENTLY ON sales.orders (user_id);`, run outside the migration (it
//! cannot run inside a transaction).

use super::support::{describe_fk, line};
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::{Index, QualifiedName, Table};
use crate::parse::lexer::{Lexer, TokenKind};
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "unindexed-foreign-key",
    severity: Severity::Info,
    doc: include_str!("unindexed_foreign_key.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let mut keys = Keys::new(cx);
    let mut findings = Vec::new();
    for fk in &cx.model.foreign_keys {
        if cx.plan.domain_of(&fk.table).is_none() || fk.columns.is_empty() {
            continue;
        }
        let wanted: BTreeSet<&str> = fk.columns.iter().map(String::as_str).collect();
        if keys.indexed(&fk.table, &wanted) {
            continue;
        }
        let columns = fk.columns.join(", ");
        let target = format!("{}.{}", cx.target_schema(&fk.table), fk.table.name);
        let partitioned = cx.table(&fk.table).is_some_and(|t| t.partition_by.is_some());
        let help = if partitioned {
            format!(
                "CREATE INDEX ON {target} ({columns}); (a partitioned table: to avoid a long lock, create it \
                 ON ONLY {target}, then CONCURRENTLY on each partition and ATTACH those)"
            )
        } else {
            format!("CREATE INDEX CONCURRENTLY ON {target} ({columns});")
        };
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: fk.table.clone(),
            message: format!(
                "foreign key {} has no index on {}({columns}): deleting or updating a row of {} scans {}",
                describe_fk(fk),
                fk.table,
                fk.ref_table,
                fk.table
            ),
            help,
            line: line(fk.location),
            fix: Some(Fix::CreateIndex { table: fk.table.clone(), columns: fk.columns.clone() }),
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// The indexes of each table, its partitions, and its usable keys (read once per table).
struct Keys<'a> {
    cx: &'a Context<'a>,
    indexes: BTreeMap<&'a QualifiedName, Vec<&'a Index>>,
    partitions: BTreeMap<&'a QualifiedName, Vec<&'a QualifiedName>>,
    keys: BTreeMap<&'a QualifiedName, Vec<Vec<String>>>,
}

impl<'a> Keys<'a> {
    fn new(cx: &'a Context<'a>) -> Self {
        let mut indexes: BTreeMap<&QualifiedName, Vec<&Index>> = BTreeMap::new();
        for index in &cx.model.indexes {
            indexes.entry(&index.table).or_default().push(index);
        }
        let mut partitions: BTreeMap<&QualifiedName, Vec<&QualifiedName>> = BTreeMap::new();
        for table in &cx.model.tables {
            if let Some(parent) = &table.partition_of {
                partitions.entry(parent).or_default().push(&table.name);
            }
        }
        Keys { cx, indexes, partitions, keys: BTreeMap::new() }
    }

    /// Whether lookups by `wanted` on `table` use an index: its own, or, for a partitioned
    /// table without one, one on every partition (PostgreSQL checks the key partition by
    /// partition).
    fn indexed(&mut self, table: &'a QualifiedName, wanted: &BTreeSet<&str>) -> bool {
        let mut todo = vec![table];
        let mut seen = BTreeSet::new();
        while let Some(next) = todo.pop() {
            if !seen.insert(next) {
                continue;
            }
            if self.own(next).iter().any(|keys| covers(keys, wanted)) {
                continue;
            }
            let children = self.partitions.get(next).map(Vec::as_slice).unwrap_or_default();
            let partitioned = self.cx.table(next).is_some_and(|t| t.partition_by.is_some());
            if !partitioned || children.is_empty() {
                return false;
            }
            todo.extend(children);
        }
        true
    }

    fn own(&mut self, table: &'a QualifiedName) -> &[Vec<String>] {
        let (cx, indexes) = (self.cx, &self.indexes);
        self.keys.entry(table).or_insert_with(|| match cx.table(table) {
            Some(t) => leading_keys(t, indexes.get(table).map(Vec::as_slice).unwrap_or_default()),
            None => Vec::new(),
        })
    }
}

/// The key columns of every index that can serve a lookup by its leading columns: the
/// primary key, unique constraints, and full (not partial) btree indexes, each cut at its
/// first expression key.
fn leading_keys(table: &Table, indexes: &[&Index]) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = table.primary_key.iter().chain(&table.unique_constraints).map(|k| k.columns.clone()).collect();
    for index in indexes.iter().filter(|i| i.predicate.is_none() && i.method.eq_ignore_ascii_case("btree")) {
        all.push(index.keys.iter().map_while(|key| key_column(key)).collect());
    }
    all
}

/// Whether the first `wanted.len()` keys are exactly the wanted columns, in any order.
fn covers(keys: &[String], wanted: &BTreeSet<&str>) -> bool {
    keys.len() >= wanted.len() && keys[..wanted.len()].iter().map(String::as_str).collect::<BTreeSet<_>>() == *wanted
}

/// The column of an index key written as a plain column (`user_id`, `"User Id" DESC`,
/// `name text_pattern_ops`, `name COLLATE "C"`); `None` for an expression.
fn key_column(key: &str) -> Option<String> {
    let mut tokens = Lexer::new(key).filter(|t| !t.kind.is_trivia());
    let first = tokens.next()?;
    let column = match first.kind {
        TokenKind::Word => first.text(key).to_ascii_lowercase(),
        TokenKind::QuotedIdent => first.text(key).strip_prefix('"')?.strip_suffix('"')?.replace("\"\"", "\""),
        _ => return None,
    };
    match tokens.next() {
        Some(next) if next.kind != TokenKind::Word => None,
        _ => Some(column),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::{key_column, CHECK};

    const SQL: &str = "
CREATE TABLE public.users (id bigint PRIMARY KEY);
CREATE TABLE public.orgs (id bigint PRIMARY KEY);
CREATE TABLE public.members (org_id bigint, user_id bigint, note text, PRIMARY KEY (org_id, user_id));
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id bigint, org_id bigint, created date);
CREATE INDEX orders_org_partial ON public.orders USING btree (org_id) WHERE (created IS NOT NULL);
CREATE INDEX orders_created_user ON public.orders USING btree (created, user_id);
ALTER TABLE ONLY public.members ADD CONSTRAINT members_org_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);
ALTER TABLE ONLY public.members ADD CONSTRAINT members_user_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_org_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);
";

    const INDEXED: &str = "
CREATE INDEX members_user ON public.members USING btree (user_id DESC);
CREATE INDEX orders_user_org ON public.orders USING btree (\"user_id\", org_id);
CREATE INDEX orders_org ON public.orders USING btree (org_id text_pattern_ops, lower(note));
";

    #[test]
    fn fires_on_keys_without_a_leading_index() {
        // members.org_id leads the primary key; a partial index and a second key do not count.
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("members", "orgs"), ("orders", "sales")]), @r#"
            info unindexed-foreign-key public.members:9 foreign key members_user_fkey (public.members(user_id) → public.users) has no index on public.members(user_id): deleting or updating a row of public.users scans public.members
              help: CREATE INDEX CONCURRENTLY ON orgs.members (user_id);
              fix: {"kind":"create_index","table":{"schema":"public","name":"members"},"columns":["user_id"]}
            info unindexed-foreign-key public.orders:10 foreign key orders_user_fkey (public.orders(user_id) → public.users) has no index on public.orders(user_id): deleting or updating a row of public.users scans public.orders
              help: CREATE INDEX CONCURRENTLY ON sales.orders (user_id);
              fix: {"kind":"create_index","table":{"schema":"public","name":"orders"},"columns":["user_id"]}
            info unindexed-foreign-key public.orders:11 foreign key orders_org_fkey (public.orders(org_id) → public.orgs) has no index on public.orders(org_id): deleting or updating a row of public.orgs scans public.orders
              help: CREATE INDEX CONCURRENTLY ON sales.orders (org_id);
              fix: {"kind":"create_index","table":{"schema":"public","name":"orders"},"columns":["org_id"]}
            "#);
    }

    #[test]
    fn quiet_when_an_index_leads_with_the_columns_or_the_table_is_unplanned() {
        let sql = format!("{SQL}{INDEXED}");
        insta::assert_snapshot!(run_only(&CHECK, &sql, &[("members", "orgs"), ("orders", "sales")]), @"");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("users", "users")]), @"");
    }

    const PARTITIONED: &str = "
CREATE TABLE public.artists (id bigint PRIMARY KEY);
CREATE TABLE public.credits (artist bigint NOT NULL, va boolean NOT NULL) PARTITION BY LIST (va);
CREATE TABLE public.credits_va (artist bigint NOT NULL, va boolean NOT NULL);
CREATE TABLE public.credits_other (artist bigint NOT NULL, va boolean NOT NULL);
ALTER TABLE ONLY public.credits ATTACH PARTITION public.credits_va FOR VALUES IN (true);
ALTER TABLE ONLY public.credits ATTACH PARTITION public.credits_other FOR VALUES IN (false);
CREATE INDEX credits_va_artist ON public.credits_va USING btree (artist, va);
ALTER TABLE ONLY public.credits ADD CONSTRAINT credits_artist_fkey FOREIGN KEY (artist) REFERENCES public.artists(id);
";

    #[test]
    fn a_partitioned_table_is_indexed_when_every_partition_is() {
        let placed = [("credits", "music"), ("credits_va", "music"), ("credits_other", "music")];
        insta::assert_snapshot!(run_only(&CHECK, PARTITIONED, &placed), @r#"
            info unindexed-foreign-key public.credits:9 foreign key credits_artist_fkey (public.credits(artist) → public.artists) has no index on public.credits(artist): deleting or updating a row of public.artists scans public.credits
              help: CREATE INDEX ON music.credits (artist); (a partitioned table: to avoid a long lock, create it ON ONLY music.credits, then CONCURRENTLY on each partition and ATTACH those)
              fix: {"kind":"create_index","table":{"schema":"public","name":"credits"},"columns":["artist"]}
            "#);
        let indexed = format!("{PARTITIONED}CREATE INDEX credits_other_artist ON public.credits_other USING btree (artist);");
        insta::assert_snapshot!(run_only(&CHECK, &indexed, &placed), @"");
    }

    #[test]
    fn index_keys_are_read_as_columns_or_expressions() {
        assert_eq!(key_column("\"User Id\" DESC NULLS LAST").as_deref(), Some("User Id"));
        assert_eq!(key_column("Name COLLATE \"C\"").as_deref(), Some("name"));
        assert_eq!(key_column("lower(name)"), None);
        assert_eq!(key_column("(a + b)"), None);
    }
}
