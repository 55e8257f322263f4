//! `verify.sql`: raises one exception listing every problem, unless every forward file
//! ran, every planned table is in its target schema with the row count and content hash
//! preflight recorded, no foreign key has more orphaned rows than before (none, unless
//! NOT VALID), every tenant table has
//! RLS and a policy, and every compatibility view exists and resolves. Changes nothing;
//! run it as often as you like.

use super::migration::Migration;
use super::quote::{dollar, literal};
use super::sql::header;

pub fn render(m: &Migration) -> String {
    let mut out = header(
        "verify.sql",
        "Checks the migrated database against what preflight recorded; raises an exception \
         naming every problem. Read-only (reads every planned table once).",
    );
    out.push_str("SET statement_timeout = 0;\n\n");
    let files: Vec<String> = m.forward_files().iter().map(|f| literal(f)).collect();
    let body = format!(
        r#"
DECLARE
    problems text[] := '{{}}';
    r record;
    c record;
    tables integer := 0;
    moved integer := 0;
BEGIN
    IF to_regnamespace('pgcarve') IS NULL THEN
        RAISE EXCEPTION 'pgcarve: nothing to verify (the schema pgcarve is missing): run 000_preflight.sql and the forward files first';
    END IF;
    FOR r IN SELECT f FROM unnest(ARRAY[{files}]::text[]) AS f
             WHERE NOT EXISTS (SELECT FROM pgcarve.applied a WHERE a.file = f) LOOP
        problems := problems || format('%s has not been applied', r.f);
    END LOOP;
    FOR r IN
        SELECT t.*, n.nspname AS now_schema, cl.relname AS now_name
        FROM pgcarve.tables t
        LEFT JOIN pg_class cl ON cl.oid = t.relid
        LEFT JOIN pg_namespace n ON n.oid = cl.relnamespace
        ORDER BY t.schema_name, t.table_name
    LOOP
        tables := tables + 1;
        IF r.now_name IS NULL THEN
            problems := problems || format('table %I.%I is gone', r.schema_name, r.table_name);
            CONTINUE;
        END IF;
        IF r.now_schema <> r.target_schema OR r.now_name <> r.table_name THEN
            problems := problems || format('table %I.%I is %I.%I, planned in schema %I',
                r.schema_name, r.table_name, r.now_schema, r.now_name, r.target_schema);
        END IF;
        SELECT * INTO c FROM pgcarve.content(r.relid::regclass);
        IF c.row_count IS DISTINCT FROM r.row_count THEN
            problems := problems || format('table %I.%I has %s rows, preflight recorded %s',
                r.target_schema, r.table_name, c.row_count, r.row_count);
        ELSIF c.content_hash IS DISTINCT FROM r.content_hash THEN
            problems := problems || format('table %I.%I: content hash %s differs from the one preflight recorded (%s)',
                r.target_schema, r.table_name, c.content_hash, r.content_hash);
        END IF;
        IF r.tenant AND NOT EXISTS (SELECT FROM pg_class WHERE oid = r.relid AND relrowsecurity) THEN
            problems := problems || format('tenant table %I.%I does not have row level security enabled', r.target_schema, r.table_name);
        END IF;
        IF r.tenant AND NOT EXISTS (SELECT FROM pg_policy WHERE polrelid = r.relid) THEN
            problems := problems || format('tenant table %I.%I has no policy', r.target_schema, r.table_name);
        END IF;
        IF r.moves THEN
            moved := moved + 1;
            IF NOT EXISTS (SELECT FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
                           WHERE n.nspname = r.schema_name AND cl.relname = r.table_name AND cl.relkind = 'v') THEN
                problems := problems || format('compatibility view %I.%I is missing', r.schema_name, r.table_name);
            ELSE
                BEGIN
                    EXECUTE format('SELECT FROM %I.%I LIMIT 0', r.schema_name, r.table_name);
                EXCEPTION WHEN OTHERS THEN
                    problems := problems || format('compatibility view %I.%I does not resolve: %s', r.schema_name, r.table_name, SQLERRM);
                END;
            END IF;
        END IF;
    END LOOP;
    FOR r IN SELECT o.*, coalesce(b.orphans, 0) AS before
             FROM pgcarve.orphans() o LEFT JOIN pgcarve.orphans_before b ON b.constraint_id = o.constraint_id
             WHERE o.orphans > coalesce(b.orphans, 0) LOOP
        problems := problems || format('foreign key %I on %s: %s orphaned row(s) (%s before the migration)',
            r.constraint_name, r.table_name, r.orphans, r.before);
    END LOOP;
    IF cardinality(problems) > 0 THEN
        RAISE EXCEPTION 'pgcarve: verification failed, % problem(s): %', cardinality(problems), array_to_string(problems, '; ')
            USING DETAIL = array_to_string(problems, E'\n');
    END IF;
    RAISE NOTICE 'pgcarve: verified % planned tables (% moved): row counts and content hashes match, no orphaned foreign key, tenant tables isolated, compatibility views resolve', tables, moved;
END
"#,
        files = files.join(", ")
    );
    out.push_str(&format!("DO {};\n", dollar(&body)));
    out
}
