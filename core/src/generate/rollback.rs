//! `rollback.sql`: the exact inverse of the forward files, one transaction. Each domain's
//! changes are undone, latest domain first, only if its file ran (so a bundle that stopped
//! half way rolls back too): fixes reverted (`security_invoker` reset, the original
//! `search_path`, the bundle's policies dropped and RLS switched back off where it was
//! off), compatibility views dropped, types, sequences and tables (partitions first) set
//! back to their schemas; rewritten function bodies restored. Then every relation's and schema's privileges are restored to
//! what preflight recorded, and what the bundle created (tenant function, schemas, roles
//! that no other database uses) is dropped, and finally the `pgcarve` schema.

use super::migration::{Migration, Step};
use super::quote::{dollar, ident, literal, qualified};
use super::sql::{header, settings};
use std::fmt::Write;

pub fn render(m: &Migration) -> String {
    let mut out = header(
        "rollback.sql",
        "Undoes the forward files that ran, latest first, and restores the original schemas, \
         privileges, function settings and RLS; drops what the bundle created. One transaction; \
         takes an ACCESS EXCLUSIVE lock on each moved table until COMMIT.",
    );
    out.push_str(&settings());
    let guard = "
BEGIN
    IF to_regnamespace('pgcarve') IS NULL THEN
        RAISE EXCEPTION 'pgcarve: nothing to roll back (the schema pgcarve is missing: preflight did not run here, or rollback already finished)';
    END IF;
END
";
    let _ = writeln!(out, "DO {};\n", dollar(guard));
    out.push_str("BEGIN;\n\n");
    for step in m.steps.iter().rev() {
        out.push_str(&undo(m, step));
    }
    if m.steps.iter().any(|s| !s.rewrites.is_empty()) {
        out.push_str("-- Rewritten function bodies, as they were.\nCALL pgcarve.restore_bodies();\n\n");
    }
    out.push_str(&unpin(m));
    out.push_str("-- Privileges of every relation and schema as preflight recorded them.\nCALL pgcarve.restore_acls();\n\n");
    let creates_function = m.tenant_function.as_ref().is_some_and(|f| f.create.is_some());
    out.push_str(&drop_created(creates_function));
    out.push_str("DROP SCHEMA pgcarve CASCADE;\n\nCOMMIT;\n");
    out
}

fn undo(m: &Migration, step: &Step) -> String {
    let mut body = format!("\nBEGIN\n    IF EXISTS (SELECT FROM pgcarve.applied WHERE file = {}) THEN\n", literal(&step.file));
    let line = |body: &mut String, statement: String| {
        let _ = writeln!(body, "        {statement}");
    };
    for view in step.invoker_views.iter().rev() {
        line(&mut body, format!("ALTER VIEW {} RESET (security_invoker);", qualified(view)));
    }
    if m.tenant_function.is_some() {
        for isolation in step.isolations.iter().rev() {
            let table = qualified(&isolation.after);
            line(&mut body, format!("DROP POLICY {} ON {table};", ident(&isolation.policy)));
            if !isolation.table.rls_enabled {
                line(&mut body, format!("ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;"));
            }
        }
    }
    for table in step.tables.iter().rev() {
        line(&mut body, format!("DROP VIEW {};", qualified(&table.name)));
    }
    for ty in step.types.iter().rev() {
        line(&mut body, format!("DROP DOMAIN {};", qualified(&ty.name)));
    }
    for ty in step.types.iter().rev() {
        let kind = if ty.domain { "DOMAIN" } else { "TYPE" };
        let now = super::quote::in_schema(&step.schema, &ty.name.name);
        line(&mut body, format!("ALTER {kind} {now} SET SCHEMA {};", ident(&ty.name.schema)));
    }
    for sequence in step.sequences.iter().rev() {
        let now = super::quote::in_schema(&step.schema, &sequence.name);
        line(&mut body, format!("ALTER SEQUENCE {now} SET SCHEMA {};", ident(&sequence.schema)));
    }
    for table in step.tables.iter().rev() {
        let now = super::quote::in_schema(&step.schema, &table.name.name);
        line(&mut body, format!("ALTER TABLE {now} SET SCHEMA {};", ident(&table.name.schema)));
    }
    let _ = writeln!(body, "        DELETE FROM pgcarve.applied WHERE file = {};", literal(&step.file));
    body.push_str("    END IF;\nEND\n");
    format!("-- Undo {}.\nDO {};\n\n", step.file, dollar(&body))
}

fn drop_created(tenant_function: bool) -> String {
    let function = if tenant_function {
        "    IF EXISTS (SELECT FROM pgcarve.created WHERE kind = 'function' AND name = 'public.current_org_id()') THEN
        DROP FUNCTION public.current_org_id();
    END IF;
"
    } else {
        ""
    };
    let body = format!(
        "
DECLARE
    r record;
BEGIN
{function}    FOR r IN SELECT name FROM pgcarve.created WHERE kind = 'schema' ORDER BY name LOOP
        EXECUTE format('DROP SCHEMA %I', r.name);
    END LOOP;
    FOR r IN SELECT name FROM pgcarve.created WHERE kind = 'role' ORDER BY name LOOP
        BEGIN
            EXECUTE format('DROP ROLE %I', r.name);
        EXCEPTION WHEN dependent_objects_still_exist THEN
            RAISE NOTICE 'pgcarve: role % kept: %', r.name, SQLERRM;
        END;
    END LOOP;
END
"
    );
    format!("-- What the bundle created: the tenant function, schemas, roles.\nDO {};\n\n", dollar(&body))
}

/// The functions' `search_path` as the dump had it (after the types moved back, so the
/// signatures resolve).
fn unpin(m: &Migration) -> String {
    if m.pins.is_empty() {
        return String::new();
    }
    let mut body = format!(
        "\nBEGIN\n    IF EXISTS (SELECT FROM pgcarve.applied WHERE file = {}) THEN\n",
        literal(super::migration::ROLES_AND_SCHEMAS)
    );
    for pin in m.pins.iter().rev() {
        let kind = if pin.function.procedure { "PROCEDURE" } else { "FUNCTION" };
        let setting = match &pin.function.search_path {
            Some(value) => format!("SET search_path TO {}", super::setting::search_path_value(value)),
            None => "RESET search_path".to_string(),
        };
        let _ = writeln!(body, "        ALTER {kind} {}({}) {setting};", qualified(&pin.function.name), pin.signature);
    }
    body.push_str("    END IF;\nEND\n");
    format!("-- Undo the pinned search_path of 010_roles_and_schemas.sql.\nDO {};\n\n", dollar(&body))
}
