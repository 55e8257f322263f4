//! A real PostgreSQL 15 loads corpus dumps, and its catalog agrees with pgcarve's model:
//! tables (`pg_class` relkind r/p), column counts (`pg_attribute`), foreign keys
//! (`pg_constraint`, partition clones left out), partitions (`pg_inherits`), RLS flags
//! (`relrowsecurity`, `relforcerowsecurity`) and policies (`pg_policies`).
//!
//! One throwaway cluster, one database per dump, loaded in parallel; the cluster is stopped
//! when the test ends, also on failure. Dumps that need what stock PostgreSQL 15 lacks
//! (osm: PostGIS, lago: pg_partman) are not loaded. supabase's dumps load once their roles
//! exist: they are the ones with RLS and policies.

#[path = "oracle/compare.rs"]
mod compare;
mod support;

use compare::{diff, from_model, report, Facts};
use pgcarve_pgtest::Cluster;

/// (file, roles it grants to, names in policies or gives objects to), each as the
/// attributes after `CREATE ROLE`.
const DUMPS: &[(&str, &[&str])] = &[
    ("pagila.sql", &[]),
    ("pagila.with_owners.sql", &[]),
    ("chinook.sql", &[]),
    ("northwind.sql", &[]),
    ("adventureworks.sql", &[]),
    ("musicbrainz.sql", &[]),
    ("supabase.sql", SUPABASE_ROLES),
    ("supabase.with_owners.sql", SUPABASE_ROLES),
    ("supabase_flat.sql", SUPABASE_ROLES),
];

const SUPABASE_ROLES: &[&str] = &[
    "anon",
    "authenticated",
    "dashboard_user",
    "service_role",
    // Owns event triggers in supabase.with_owners.sql: only a superuser may.
    "supabase_admin SUPERUSER",
    "supabase_auth_admin",
    "supabase_storage_admin",
];

/// User tables: not in a system schema, not an extension's.
const TABLES: &str = "
    WITH t AS (
        SELECT c.oid, c.relkind, c.relrowsecurity, c.relforcerowsecurity, n.nspname || '.' || c.relname AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))";

fn columns_of(key: &str, rel: &str) -> String {
    format!(
        "(SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM unnest(con.{key}) WITH ORDINALITY AS k(attnum, i)
          JOIN pg_attribute a ON a.attrelid = con.{rel} AND a.attnum = k.attnum)"
    )
}

/// What the catalog of `database` says, in the same strings as the model's facts.
fn catalog_facts(cluster: &Cluster, database: &str) -> Facts {
    let query = |sql: &str| -> Vec<String> {
        let out = cluster.psql(database, sql).unwrap_or_else(|e| panic!("{database}: {e}"));
        out.lines().map(str::to_string).collect()
    };
    let foreign_keys = format!(
        "SELECT format('%s.%s(%s) -> %s.%s(%s)', n.nspname, c.relname, {}, rn.nspname, rc.relname, {})
         FROM pg_constraint con
         JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
         WHERE con.contype = 'f' AND con.conparentid = 0",
        columns_of("conkey", "conrelid"),
        columns_of("confkey", "confrelid"),
    );
    Facts {
        tables: query(&format!("{TABLES} SELECT name FROM t")),
        columns: query(&format!(
            "{TABLES} SELECT name || ': ' || (SELECT count(*) FROM pg_attribute a
                WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped) || ' columns' FROM t"
        )),
        foreign_keys: query(&foreign_keys),
        partitions: query(&format!(
            "{TABLES} SELECT t.name || ' partition of ' || p.name FROM t
                JOIN pg_inherits i ON i.inhrelid = t.oid JOIN t p ON p.oid = i.inhparent
             UNION ALL SELECT name || ' is partitioned' FROM t WHERE relkind = 'p'"
        )),
        rls: query(&format!(
            "{TABLES} SELECT name || ': rls enabled' FROM t WHERE relrowsecurity
             UNION ALL SELECT name || ': rls forced' FROM t WHERE relforcerowsecurity"
        )),
        policies: query("SELECT format('%s.%s: %s (%s)', schemaname, tablename, policyname, lower(cmd)) FROM pg_policies"),
    }
}

#[test]
fn the_catalog_of_postgresql_agrees_with_the_model() {
    let corpus = support::corpus_dir();
    let cluster = Cluster::start().expect("throwaway PostgreSQL 15 cluster");
    let roles: std::collections::BTreeSet<&str> = DUMPS.iter().flat_map(|(_, roles)| roles.iter().copied()).collect();
    for role in roles {
        cluster.psql("postgres", &format!("CREATE ROLE {role}")).unwrap();
    }
    let databases: Vec<(&str, String)> =
        DUMPS.iter().map(|(file, _)| (*file, file.trim_end_matches(".sql").replace('.', "_"))).collect();
    for (_, database) in &databases {
        cluster.create_database(database).unwrap();
    }
    std::thread::scope(|scope| {
        let loads: Vec<_> = databases
            .iter()
            .map(|(file, database)| {
                let (cluster, path) = (&cluster, corpus.join(file));
                scope.spawn(move || cluster.psql_file(database, &path).map_err(|e| format!("loading {file}: {e}")))
            })
            .collect();
        for load in loads {
            load.join().expect("loader thread").unwrap();
        }
    });

    let mut failures = Vec::new();
    let mut totals = Facts::default();
    for (file, database) in &databases {
        let catalog = catalog_facts(&cluster, database);
        let model = from_model(&pgcarve_core::parse(&support::read(&corpus.join(file))).model);
        #[allow(clippy::type_complexity)] // (what, catalog side, model side, running total)
        let pairs: [(&str, &Vec<String>, &Vec<String>, &mut Vec<String>); 6] = [
            ("tables", &catalog.tables, &model.tables, &mut totals.tables),
            ("column counts", &catalog.columns, &model.columns, &mut totals.columns),
            ("foreign keys", &catalog.foreign_keys, &model.foreign_keys, &mut totals.foreign_keys),
            ("partitions", &catalog.partitions, &model.partitions, &mut totals.partitions),
            ("RLS flags", &catalog.rls, &model.rls, &mut totals.rls),
            ("policies", &catalog.policies, &model.policies, &mut totals.policies),
        ];
        for (what, theirs, ours, total) in pairs {
            total.extend(theirs.iter().cloned());
            let difference = diff(theirs, ours);
            if !difference.is_empty() {
                failures.push(report(file, what, &difference).replace("libpg_query", "the catalog"));
            }
        }
    }
    // The catalog side is not vacuous: counts corpus/SOURCES.md records.
    let count = |facts: &Vec<String>, suffix: &str| facts.iter().filter(|f| f.ends_with(suffix)).count();
    assert_eq!(totals.tables.len(), 70 + 70 + 11 + 14 + 68 + 519 + 3 * 39, "catalog tables");
    assert!(totals.foreign_keys.len() >= 889, "catalog FKs: {}", totals.foreign_keys.len());
    assert_eq!(count(&totals.rls, "rls enabled"), 3 * 32, "catalog RLS-enabled tables");
    assert_eq!(totals.policies.len(), 3 * 13, "catalog policies");
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}
