//! `000_preflight.sql`: checks the server and the database before anything changes, then
//! records what `verify.sql` and `rollback.sql` compare against.
//!
//! It stops (raises) when the server is older than 15 (`security_invoker` views), when
//! preflight already ran, when a planned table is not where the dump says or when a
//! name the move needs (a table's, its row type's, index's, constraint index's, sequence's,
//! a moved type's) is already taken in the target schema. Then, in one transaction, it creates the `pgcarve` state
//! schema ([`super::state`]) and records every planned table (its oid, old and new
//! schema, row count and content hash) and the privileges of every relation and schema.

use super::migration::{Migration, PREFLIGHT};
use super::quote::{dollar, literal, name_literal};
use super::sql::{header, settings};
use std::fmt::Write;

pub fn render(m: &Migration) -> String {
    let mut out = header(
        PREFLIGHT,
        "Checks the server and the database, then records row counts, content hashes and \
         privileges in the pgcarve schema. Changes nothing else. Runs in seconds per GB of \
         planned tables (it reads every planned table once).",
    );
    out.push_str(&settings());
    out.push_str(&guard());
    out.push_str(&where_the_dump_says(m));
    out.push_str("BEGIN;\n\n");
    out.push_str(super::state::CREATE);
    out.push('\n');
    out.push_str(&record_tables(m));
    out.push_str("CALL pgcarve.record_acls();\n\n");
    out.push_str(
        "-- Orphans a NOT VALID foreign key already has are not the migration's: verify.sql\n\
         -- reports only more than these.\n\
         INSERT INTO pgcarve.orphans_before (constraint_id, orphans)\n\
         SELECT constraint_id, orphans FROM pgcarve.orphans();\n\n",
    );
    let _ = writeln!(out, "INSERT INTO pgcarve.applied (file) VALUES ({});\n", literal(PREFLIGHT));
    out.push_str("COMMIT;\n");
    out
}

fn guard() -> String {
    let body = "
BEGIN
    IF current_setting('server_version_num')::integer < 150000 THEN
        RAISE EXCEPTION 'pgcarve: PostgreSQL 15 or later is needed (security_invoker views); this server is %', version();
    END IF;
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)
       AND (SELECT count(*) FROM pg_roles WHERE rolname IN ('app_read', 'app_write')) < 2 THEN
        RAISE EXCEPTION 'pgcarve: the roles app_read and app_write do not exist and % may not create them', current_user
            USING HINT = 'Run the bundle as a superuser, or create the roles first: CREATE ROLE app_read NOLOGIN; CREATE ROLE app_write NOLOGIN;';
    END IF;
    IF to_regnamespace('pgcarve') IS NOT NULL THEN
        RAISE EXCEPTION 'pgcarve: preflight already ran here (the schema pgcarve exists)'
            USING HINT = 'Run rollback.sql to undo the migration, or DROP SCHEMA pgcarve CASCADE if no other file ran.';
    END IF;
END
";
    format!("DO {};\n\n", dollar(body))
}

/// Raises unless every planned table is where the dump has it and no target name is taken.
fn where_the_dump_says(m: &Migration) -> String {
    if m.planned.is_empty() {
        return String::new();
    }
    let present: Vec<String> = m.planned.iter().map(|p| name_literal(&p.table.name)).collect();
    let free: Vec<String> = m.arrivals().iter().map(name_literal).collect();
    let free_types: Vec<String> = m.arriving_types().iter().map(name_literal).collect();
    let mut body = String::from("\nDECLARE\n    name text;\nBEGIN\n");
    let _ = writeln!(body, "    FOREACH name IN ARRAY ARRAY[{}]::text[] LOOP", present.join(", "));
    body.push_str(
        "        IF to_regclass(name) IS NULL THEN
            RAISE EXCEPTION 'pgcarve: table % is not where the dump says', name
                USING HINT = 'The database differs from the dump the bundle was generated from: dump it again and regenerate.';
        END IF;
    END LOOP;
",
    );
    if !free.is_empty() {
        let _ = writeln!(body, "    FOREACH name IN ARRAY ARRAY[{}]::text[] LOOP", free.join(", "));
        body.push_str(
            "        IF to_regclass(name) IS NOT NULL THEN
            RAISE EXCEPTION 'pgcarve: % already exists: a table, index or sequence the plan moves cannot get that name', name;
        END IF;
    END LOOP;
",
        );
    }
    if !free_types.is_empty() {
        let _ = writeln!(body, "    FOREACH name IN ARRAY ARRAY[{}]::text[] LOOP", free_types.join(", "));
        body.push_str(
            "        IF to_regtype(name) IS NOT NULL THEN
            RAISE EXCEPTION 'pgcarve: type % already exists: a table (its row type) or type the plan moves cannot get that name', name;
        END IF;
    END LOOP;
",
        );
    }
    body.push_str("END\n");
    format!("DO {};\n\n", dollar(&body))
}

fn record_tables(m: &Migration) -> String {
    if m.planned.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "INSERT INTO pgcarve.tables (relid, schema_name, table_name, target_schema, moves, tenant) VALUES\n",
    );
    let rows: Vec<String> = m
        .planned
        .iter()
        .map(|p| {
            format!(
                "    ({}::regclass, {}, {}, {}, {}, {})",
                name_literal(&p.table.name),
                literal(&p.table.name.schema),
                literal(&p.table.name.name),
                literal(&p.target),
                p.moves(),
                p.tenant
            )
        })
        .collect();
    out.push_str(&rows.join(",\n"));
    out.push_str(";\n\n");
    out.push_str(
        "UPDATE pgcarve.tables t\n\
         SET (row_count, content_hash) = (SELECT c.row_count, c.content_hash FROM pgcarve.content(t.relid::regclass) c);\n\n",
    );
    out
}
