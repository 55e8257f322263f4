//! The YardPass demo (public/demo): the core counts every table the domains file lists,
//! and a real PostgreSQL 15 loading the dump agrees.

mod support;

use pgcarve_core::{parse, Severity};
use pgcarve_pgtest::Cluster;
use std::collections::BTreeMap;

fn demo_file(name: &str) -> std::path::PathBuf {
    support::project_root().join("public/demo").join(name)
}

fn demo_domains() -> BTreeMap<String, String> {
    serde_json::from_str(&support::read(&demo_file("yardpass.domains.json"))).expect("domains JSON")
}

#[test]
fn the_core_models_every_demo_table_and_statement() {
    let parsed = parse(&support::read(&demo_file("yardpass.sql")));
    assert!(parsed.diagnostics.iter().all(|d| d.severity != Severity::Error), "{:?}", parsed.diagnostics);
    assert_eq!(parsed.outcome_counts().2, 0, "no unsupported statement");
    let mut modeled: Vec<String> = parsed.model.tables.iter().map(|t| t.name.name.clone()).collect();
    modeled.sort();
    let listed: Vec<String> = demo_domains().into_keys().collect();
    assert_eq!(modeled, listed);
    assert!(parsed.model.tables.iter().all(|t| t.name.schema == "public"));
    assert!(modeled.len() >= 150, "the demo has {} tables", modeled.len());
}

#[test]
fn the_demo_is_genuine_pg_dump_output() {
    let dump = support::read(&demo_file("yardpass.sql"));
    assert!(dump.starts_with("--\n-- PostgreSQL database dump\n--"), "header");
    assert!(dump.contains("-- Dumped by pg_dump version 15."), "pg_dump 15");
    assert!(dump.contains("\n-- PostgreSQL database dump complete\n"), "footer");
    // pg_dump 15.14+ brackets the dump in \restrict / \unrestrict with the same key.
    let key = dump.lines().find_map(|l| l.strip_prefix("\\restrict ")).expect("\\restrict line");
    assert!(dump.trim_end().ends_with(&format!("\\unrestrict {key}")), "\\unrestrict line");
}

#[test]
fn postgresql_loads_the_demo_with_the_same_tables() {
    let cluster = Cluster::start().expect("throwaway PostgreSQL 15 cluster");
    cluster.create_database("yardpass").unwrap();
    cluster.psql_file("yardpass", &demo_file("roles.sql")).unwrap();
    cluster.psql_file("yardpass", &demo_file("yardpass.sql")).unwrap();
    let tables = cluster
        .psql("yardpass", "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1")
        .unwrap();
    let loaded: Vec<&str> = tables.lines().collect();
    let listed: Vec<String> = demo_domains().into_keys().collect();
    assert_eq!(loaded, listed);
    let model = parse(&support::read(&demo_file("yardpass.sql"))).model;
    assert_eq!(loaded.len(), model.tables.len());
    let catalog_count = |sql: &str| -> usize { cluster.psql("yardpass", sql).unwrap().trim().parse().unwrap() };
    let relkind_count =
        |relkind: &str| catalog_count(&format!("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = '{relkind}'"));
    assert_eq!(model.views.iter().filter(|v| !v.materialized).count(), relkind_count("v"));
    assert_eq!(model.views.iter().filter(|v| v.materialized).count(), relkind_count("m"));
    assert_eq!(model.functions.len(), catalog_count("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"));
    assert_eq!(model.policies.len(), catalog_count("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"));
    assert_eq!(
        model.triggers.len(),
        catalog_count("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal")
    );
}
