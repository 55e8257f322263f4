//! # What it finds
//!
//! A new target schema of the plan that nobody but the owner will be able to use: the
//! generator creates each target schema and grants `USAGE` on it to the roles that hold
//! privileges on its tables today (from the dump's `GRANT`s), and none of the tables the
//! plan moves into this one is granted to any role besides its owner, while the dump does
//! grant other tables to other roles (so roles besides the owners use the database).
//! Schemas that exist already keep their grants and are left out, and so are dumps that
//! grant no table to anyone (a database only its owner uses, or `--no-privileges`): there
//! the new schemas are no worse off than the tables were.
//!
//! The subject is the first table (by name) that moves into the schema.
//!
//! # Why it matters
//!
//! Without `USAGE` on a schema, no role but its owner can reach anything in it, whatever
//! the table privileges say: where the application or API roles (`anon`, `authenticated`,
//! an `app_read`/`app_write` pair) reach the old schema today, the same queries against
//! the new one fail with `permission denied for schema`. A domain whose tables were only
//! ever used by the owner is fine as it is; one whose tables are read through roles that
//! got access some other way (a role membership, a grant still to be written) is not.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.events (id int);
//! CREATE TABLE public.event_embeddings (event_id int, embedding real[]);
//! GRANT USAGE ON SCHEMA public TO anon, authenticated;
//! GRANT SELECT ON TABLE public.events TO anon, authenticated;
//! ```
//!
//! The plan moves `event_embeddings` to `ml`.
//!
//! # Fix
//!
//! Decide who uses the schema and grant it, e.g. with the read/write role pair:
//! `GRANT USAGE ON SCHEMA ml TO app_read, app_write; GRANT SELECT ON ALL TABLES IN SCHEMA
//! ml TO app_read; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ml TO
//! app_write;` and `ALTER DEFAULT PRIVILEGES IN SCHEMA ml GRANT SELECT ON TABLES TO
//! app_read;` for tables created later.

use super::access::Access;
use super::sql::{ident, line, list};
use crate::check::{Check, Context, Finding, Severity};
use crate::model::QualifiedName;
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "missing-schema-grants",
    severity: Severity::Warning,
    doc: include_str!("missing_schema_grants.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let access = Access::of(cx.model);
    if !access.relations_granted() {
        return Vec::new();
    }
    let existing: BTreeSet<&str> =
        cx.model.schemas.iter().map(|s| s.name.as_str()).chain(cx.model.tables.iter().map(|t| t.name.schema.as_str())).chain(["public"]).collect();
    let mut incoming: BTreeMap<&str, Vec<&QualifiedName>> = BTreeMap::new();
    for a in cx.plan.assignments.iter().filter(|a| a.domain != a.table.schema) {
        incoming.entry(a.domain.as_str()).or_default().push(&a.table);
    }
    let mut findings = Vec::new();
    for (schema, tables) in incoming {
        if existing.contains(schema) {
            continue;
        }
        let used = tables.iter().any(|t| {
            let owner = cx.table(t).and_then(|t| t.owner.as_deref());
            access.readers(t, owner).others()
        });
        if used {
            continue;
        }
        let Some(first) = tables.iter().min() else { continue };
        findings.push(finding(cx, &access, schema, first, &tables));
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

fn finding(cx: &Context, access: &Access, schema: &str, first: &QualifiedName, tables: &[&QualifiedName]) -> Finding {
    let names: Vec<String> = tables.iter().map(|t| t.to_string()).collect();
    let sources: BTreeSet<&str> = tables.iter().map(|t| t.schema.as_str()).collect();
    let users: BTreeSet<&str> = sources.iter().flat_map(|s| access.schema_users(s)).collect();
    let today = if users.is_empty() {
        String::new()
    } else {
        let from: Vec<&str> = sources.into_iter().collect();
        format!(" — while {} use {} today", users.iter().copied().collect::<Vec<_>>().join(", "), from.join(", "))
    };
    let s = ident(schema);
    let roles = if users.is_empty() { "app_read, app_write".to_string() } else { users.iter().copied().collect::<Vec<_>>().join(", ") };
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: first.clone(),
        message: format!(
            "new schema {schema} receives {} but none of them is granted to a role besides its owner, so the \
             migration grants USAGE on {schema} to nobody and only the owner can use it{today}",
            list(&names, 4)
        ),
        help: format!(
            "if other roles use these tables, grant them the schema and its tables: GRANT USAGE ON SCHEMA {s} TO \
             {roles}; GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO <readers>; GRANT SELECT, INSERT, UPDATE, DELETE \
             ON ALL TABLES IN SCHEMA {s} TO <writers>; ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON \
             TABLES TO <readers> (e.g. app_read and app_write)"
        ),
        line: cx.table(first).and_then(|t| line(t.location)),
        fix: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.events (id int);
CREATE TABLE public.event_embeddings (event_id int, embedding real[]);
CREATE TABLE public.event_features (event_id int);
CREATE TABLE public.tickets (id int);
GRANT USAGE ON SCHEMA public TO anon;
GRANT USAGE ON SCHEMA public TO authenticated;
GRANT SELECT ON TABLE public.events TO anon;
GRANT SELECT ON TABLE public.tickets TO authenticated;
";

    #[test]
    fn fires_for_a_new_schema_of_owner_only_tables() {
        let moved = [("event_embeddings", "ml"), ("event_features", "ml"), ("tickets", "ticketing"), ("events", "events")];
        insta::assert_snapshot!(run(&CHECK, SQL, &moved));
    }

    #[test]
    fn quiet_for_granted_tables_existing_schemas_and_dumps_without_grants() {
        let moved = [("event_embeddings", "public2"), ("tickets", "public2"), ("event_features", "public")];
        insta::assert_snapshot!(run(&CHECK, SQL, &moved), @"");
        let no_table_grants = SQL.lines().filter(|l| !l.starts_with("GRANT SELECT")).collect::<Vec<_>>().join("\n");
        insta::assert_snapshot!(run(&CHECK, &no_table_grants, &[("event_embeddings", "ml")]), @"");
    }
}
