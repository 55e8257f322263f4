//! The YardPass demo (public/demo): the core counts every table the domains file lists,
//! and a real PostgreSQL 15 loading the dump agrees.

mod support;

use pgcarve_core::inventory;
use pgcarve_pgtest::Cluster;
use std::collections::BTreeMap;

fn demo_file(name: &str) -> std::path::PathBuf {
    support::project_root().join("public/demo").join(name)
}

fn demo_domains() -> BTreeMap<String, String> {
    serde_json::from_str(&support::read(&demo_file("yardpass.domains.json"))).expect("domains JSON")
}

#[test]
fn the_core_counts_every_demo_table() {
    let dump = support::read(&demo_file("yardpass.sql"));
    let inventory = inventory(&dump);
    assert!(inventory.diagnostics.is_empty(), "{:?}", inventory.diagnostics);
    assert_eq!(inventory.tables, demo_domains().len());
    assert!(inventory.tables >= 150, "the demo has {} tables", inventory.tables);
    assert!(inventory.views >= 3 && inventory.functions >= 3, "{inventory:?}");
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
    let counted = inventory(&support::read(&demo_file("yardpass.sql")));
    assert_eq!(loaded.len(), counted.tables);
    let catalog_count = |relkind: &str| -> usize {
        let sql = format!("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = '{relkind}'");
        cluster.psql("yardpass", &sql).unwrap().trim().parse().unwrap()
    };
    assert_eq!(counted.views, catalog_count("v"));
    assert_eq!(counted.materialized_views, catalog_count("m"));
}
