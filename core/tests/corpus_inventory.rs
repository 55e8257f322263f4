//! The inventory of every shared corpus dump: the table counts libpg_query reports
//! (`CreateStmt` statements, as recorded in corpus/SOURCES.md) and no diagnostics.

mod support;

use pgcarve_core::inventory;

const EXPECTED_TABLES: &[(&str, usize)] = &[
    ("adventureworks.sql", 68),
    ("adventureworks_flat.sql", 68),
    ("chinook.sql", 11),
    ("lago.sql", 139),
    ("musicbrainz.sql", 519),
    ("musicbrainz_flat.sql", 519),
    ("northwind.sql", 14),
    ("osm.sql", 57),
    ("pagila.sql", 70),
    ("pagila.with_owners.sql", 70),
    ("supabase.sql", 39),
    ("supabase.with_owners.sql", 39),
    ("supabase_flat.sql", 39),
    ("upstream/gisia_ci.upstream.sql", 83),
    ("upstream/lago.upstream.sql", 139),
    ("upstream/osm.upstream.sql", 57),
    ("upstream/pagila.upstream.sql", 70),
    ("upstream/supabase_schema15.upstream.sql", 9),
];

#[test]
fn every_corpus_dump_has_the_table_count_libpg_query_reports() {
    let corpus = support::corpus_dir();
    let mut mismatches = Vec::new();
    for (file, expected) in EXPECTED_TABLES {
        let inventory = inventory(&support::read(&corpus.join(file)));
        if inventory.tables != *expected || !inventory.diagnostics.is_empty() {
            mismatches.push(format!(
                "{file}: {} tables (expected {expected}), diagnostics {:?}",
                inventory.tables, inventory.diagnostics
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_sql_file_in_the_corpus_is_covered() {
    let corpus = support::corpus_dir();
    let mut files: Vec<String> = ["", "upstream/"]
        .iter()
        .flat_map(|sub| {
            std::fs::read_dir(corpus.join(sub))
                .unwrap()
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| name.ends_with(".sql"))
                .map(move |name| format!("{sub}{name}"))
        })
        .collect();
    files.sort();
    let covered: Vec<String> = EXPECTED_TABLES.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(files, covered);
}
