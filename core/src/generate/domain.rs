//! One forward file per domain (`020_ref.sql`, `030_users.sql`, …, in domain order), one
//! transaction each: `ALTER TABLE … SET SCHEMA` for its tables (indexes, constraints,
//! triggers, policies, grants and owned sequences move with a table; partitions and
//! inheriting tables are tables of their own and move one by one), sequences and types
//! the plan moves on their own, grants for `app_read` / `app_write`, a compatibility view
//! under every old name (`security_invoker = true`, the table's owner and grants), then
//! a domain under every moved type's old name, then the checks' fixes that belong here: tenant isolation (RLS and a policy) and
//! `security_invoker` on views over RLS tables.

use super::migration::{Migration, Pin, Step, READ_ROLE, WRITE_ROLE};
use super::quote::{dollar, ident, in_schema, literal, name_literal, qualified};
use super::sql::{header, settings};
use std::fmt::Write;

pub fn render(m: &Migration, at: usize) -> String {
    let Some(step) = m.steps.get(at) else { return String::new() };
    let previous = if at == 0 { super::migration::ROLES_AND_SCHEMAS.to_string() } else { m.steps[at - 1].file.clone() };
    let mut out = header(
        &step.file,
        &format!(
            "Domain {}: moves {} table(s), {} sequence(s) and {} type(s) into the schema, keeps \
             compatibility views under the old names, and applies the fixes that belong here. \
             One transaction. ALTER TABLE ... SET SCHEMA takes an ACCESS EXCLUSIVE lock on each \
             table until COMMIT (a catalog change: no data is rewritten).",
            step.schema,
            step.tables.len(),
            step.sequences.len(),
            step.types.len()
        ),
    );
    out.push_str(&settings());
    out.push_str(&guard(&step.file, Some(&previous)));
    out.push_str("BEGIN;\n\n");
    out.push_str(&moves(step));
    out.push_str(&grants(step));
    out.push_str(&compatibility_views(step));
    out.push_str(&compatibility_types(step));
    out.push_str(&fixes(m, step));
    let _ = writeln!(out, "INSERT INTO pgcarve.applied (file) VALUES ({});\n", literal(&step.file));
    out.push_str("COMMIT;\n");
    out
}

/// Stops with a clear message when preflight did not run, `previous` did not run, or this
/// file already ran.
pub fn guard(file: &str, previous: Option<&str>) -> String {
    let mut body = String::from(
        "
BEGIN
    IF to_regnamespace('pgcarve') IS NULL THEN
        RAISE EXCEPTION 'pgcarve: run 000_preflight.sql first (the schema pgcarve is missing)';
    END IF;
",
    );
    if let Some(previous) = previous {
        let _ = write!(
            body,
            "    IF NOT EXISTS (SELECT FROM pgcarve.applied WHERE file = {p}) THEN
        RAISE EXCEPTION 'pgcarve: run % before %', {p}, {f};
    END IF;
",
            p = literal(previous),
            f = literal(file)
        );
    }
    let _ = write!(
        body,
        "    IF EXISTS (SELECT FROM pgcarve.applied WHERE file = {f}) THEN
        RAISE EXCEPTION 'pgcarve: % already ran (at %): nothing to do', {f}, (SELECT at FROM pgcarve.applied WHERE file = {f});
    END IF;
END
",
        f = literal(file)
    );
    format!("DO {};\n\n", dollar(&body))
}

fn moves(step: &Step) -> String {
    let mut out = String::new();
    let schema = ident(&step.schema);
    if !step.tables.is_empty() {
        out.push_str("-- Tables: referenced tables and partition parents first.\n");
    }
    for table in &step.tables {
        let _ = writeln!(out, "ALTER TABLE {} SET SCHEMA {schema};", qualified(&table.name));
    }
    for sequence in &step.sequences {
        let _ = writeln!(out, "ALTER SEQUENCE {} SET SCHEMA {schema};", qualified(sequence));
    }
    for ty in &step.types {
        let kind = if ty.domain { "DOMAIN" } else { "TYPE" };
        let _ = writeln!(out, "ALTER {kind} {} SET SCHEMA {schema};", qualified(&ty.name));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn grants(step: &Step) -> String {
    if step.tables.is_empty() && step.arriving_sequences.is_empty() {
        return String::new();
    }
    let mut out = String::from("-- The application roles (the tables keep their own grants).\n");
    let (read, write) = (ident(READ_ROLE), ident(WRITE_ROLE));
    for table in &step.tables {
        let after = in_schema(&step.schema, &table.name.name);
        let _ = writeln!(out, "GRANT SELECT ON TABLE {after} TO {read};");
        let _ = writeln!(out, "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE {after} TO {write};");
    }
    for sequence in &step.arriving_sequences {
        let _ = writeln!(out, "GRANT USAGE, SELECT ON SEQUENCE {} TO {write};", qualified(sequence));
    }
    out.push('\n');
    out
}

fn compatibility_views(step: &Step) -> String {
    if step.tables.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "-- Compatibility views under the old names: simple views, so INSERT, UPDATE and DELETE\n\
         -- go through to the table (its defaults, triggers and policies apply); security_invoker\n\
         -- applies the caller's privileges and RLS. Same owner and grants as the table.\n",
    );
    for table in &step.tables {
        let old = qualified(&table.name);
        let after = in_schema(&step.schema, &table.name.name);
        let _ = writeln!(out, "CREATE VIEW {old} WITH (security_invoker = true) AS SELECT * FROM {after};");
        let _ = writeln!(
            out,
            "CALL pgcarve.copy_grants({}::regclass, {}::regclass);",
            literal(&after),
            name_literal(&table.name)
        );
        let comment = format!("pgcarve compatibility view: {} moved to {}.", table.name, step.schema);
        let _ = writeln!(out, "COMMENT ON VIEW {old} IS {};", literal(&comment));
    }
    out.push('\n');
    out
}

/// A domain under each moved type's old name, over the moved type: casts and
/// declarations that name the old type (`'paid'::order_status` with `public` on the
/// search path) keep working, and its values go into the moved type's columns.
fn compatibility_types(step: &Step) -> String {
    if step.types.is_empty() {
        return String::new();
    }
    let mut out = String::from("-- Compatibility types: the old names, as domains over the moved types.\n");
    for ty in &step.types {
        let old = qualified(&ty.name);
        let _ = writeln!(out, "CREATE DOMAIN {old} AS {};", in_schema(&step.schema, &ty.name.name));
        let comment = format!("pgcarve compatibility type: {} moved to {}.", ty.name, step.schema);
        let _ = writeln!(out, "COMMENT ON DOMAIN {old} IS {};", literal(&comment));
    }
    out.push('\n');
    out
}

fn fixes(m: &Migration, step: &Step) -> String {
    let mut out = String::new();
    if let (false, Some(function)) = (step.isolations.is_empty(), &m.tenant_function) {
        out.push_str("-- Tenant isolation: each tenant sees its own rows; no tenant set, no rows.\n");
        for isolation in &step.isolations {
            let table = qualified(&isolation.after);
            if !isolation.table.rls_enabled {
                let _ = writeln!(out, "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
            }
            let test = format!("({} = {})", ident(&isolation.column), function.call);
            let _ = writeln!(
                out,
                "CREATE POLICY {} ON {table} AS PERMISSIVE FOR ALL TO PUBLIC USING {test} WITH CHECK {test};",
                ident(&isolation.policy)
            );
        }
        out.push('\n');
    }
    if !step.rewrites.is_empty() {
        out.push_str("-- Function bodies that name moved objects with their old schema: rewritten to the new one.\n");
        for rewrite in &step.rewrites {
            let names: Vec<String> = rewrite.names.iter().map(|(old, new)| format!("{old} → {new}")).collect();
            let _ = writeln!(out, "-- {}({}): {}", rewrite.function.name, rewrite.signature, names.join(", "));
            out.push_str(&super::rewrite::block(rewrite.function, &rewrite.signature, &rewrite.names));
        }
        out.push('\n');
    }
    if !step.invoker_views.is_empty() {
        out.push_str("-- Views over tables with RLS: apply the caller's policies, not the owner's.\n");
        for view in &step.invoker_views {
            let _ = writeln!(out, "ALTER VIEW {} SET (security_invoker = true);", qualified(view));
        }
        out.push('\n');
    }
    out
}

/// `ALTER FUNCTION f(argument types) SET search_path = …` for each pin.
pub fn pins(pins: &[Pin]) -> String {
    if pins.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "-- Functions whose bodies name moved tables: their names resolve in the new schemas\n\
         -- first (each table is there from the moment it moves), then where they were.\n",
    );
    for pin in pins {
        let path: Vec<String> = pin.search_path.iter().map(|s| ident(s)).collect();
        let _ = writeln!(
            out,
            "ALTER {} {}({}) SET search_path = {};",
            if pin.function.procedure { "PROCEDURE" } else { "FUNCTION" },
            qualified(&pin.function.name),
            pin.signature,
            if path.is_empty() { "''".to_string() } else { path.join(", ") }
        );
    }
    out.push('\n');
    out
}
