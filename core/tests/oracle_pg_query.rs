//! libpg_query, PostgreSQL's own parser, is the oracle for every dump in the shared
//! corpus (`../shared/corpus` and `corpus/upstream`): pgcarve's statement boundaries, and
//! the tables, column counts, foreign keys, partitions, RLS flags and policies in its
//! model, equal what libpg_query's parse tree says; and no statement is unsupported.
//!
//! libpg_query reads the dump with psql's meta-command lines and COPY data blanked
//! (same byte offsets); see `oracle::psql_lines_blanked`.

mod oracle;
mod support;

use oracle::compare::Facts;
use oracle::facts;
use oracle::{corpus, diff, preview, report, statement_ranges, Lines};
use pgcarve_core::Outcome;
use std::collections::BTreeMap;

#[test]
fn the_oracle_reads_what_sources_md_records() {
    // Table counts from corpus/SOURCES.md; more facts it states: musicbrainz's 889 FKs
    // and 4 partitions, supabase's 32 RLS tables and 13 policies.
    let expected_tables: BTreeMap<&str, usize> = [
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
    ]
    .into_iter()
    .collect();
    let seen: BTreeMap<&str, usize> =
        corpus().iter().map(|d| (d.file.as_str(), facts::from_tree(&d.tree).tables.len())).collect();
    assert_eq!(seen, expected_tables);
    let of = |file: &str| facts::from_tree(&corpus().iter().find(|d| d.file == file).expect(file).tree);
    let musicbrainz = of("musicbrainz.sql");
    assert_eq!(musicbrainz.foreign_keys.len(), 889);
    assert_eq!(musicbrainz.partitions.iter().filter(|p| p.contains(" partition of ")).count(), 4);
    let supabase = of("supabase.sql");
    assert_eq!(supabase.rls.iter().filter(|r| r.ends_with("rls enabled")).count(), 32);
    assert_eq!(supabase.policies.len(), 13);
}

#[test]
fn statement_boundaries_equal_libpg_query() {
    let mut failures = Vec::new();
    for dump in corpus() {
        let lines = Lines::new(&dump.src);
        let show = |&(start, end): &(usize, usize)| {
            format!("bytes {start:08}..{end:08} (line {}) `{}`", lines.line(start), preview(&dump.src[start..end]))
        };
        let theirs: Vec<String> = statement_ranges(dump).iter().map(show).collect();
        let ours: Vec<String> = pgcarve_core::parse::split(&dump.src)
            .statements()
            .map(|p| show(&(p.start, p.end)))
            .collect();
        let difference = diff(&theirs, &ours);
        if !difference.is_empty() {
            failures.push(report(&dump.file, "statement boundaries", &difference));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_model_records_the_statements_the_splitter_finds() {
    for dump in corpus() {
        let split: Vec<(usize, usize)> =
            pgcarve_core::parse::split(&dump.src).statements().map(|p| (p.start, p.end)).collect();
        let recorded: Vec<(usize, usize)> = dump.parsed.statements.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(recorded, split, "{}: parse() records every statement split() finds", dump.file);
        assert_eq!(recorded.len(), dump.tree.stmts.len(), "{}: statement count vs libpg_query", dump.file);
    }
}

#[test]
fn no_corpus_statement_is_unsupported() {
    // Grouped by the statement's leading keywords and the message's gist, with examples.
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut total = 0;
    for dump in corpus() {
        for statement in &dump.parsed.statements {
            if let Outcome::Unsupported(message) = &statement.outcome {
                total += 1;
                let text = &dump.src[statement.start..statement.end];
                let gist = message.split(" (").next().unwrap_or(message);
                groups.entry(format!("{} — {gist}", leading_keywords(text))).or_default().push(format!(
                    "{}:{}:{} {}\n          `{}`",
                    dump.file,
                    statement.location.line,
                    statement.location.column,
                    preview(message),
                    preview(text)
                ));
            }
        }
    }
    let mut message = format!("{total} unsupported statements in {} groups:", groups.len());
    let mut by_size: Vec<_> = groups.into_iter().collect();
    by_size.sort_by_key(|(_, examples)| std::cmp::Reverse(examples.len()));
    for (group, examples) in &by_size {
        message.push_str(&format!("\n  {} × {group}", examples.len()));
        for example in examples.iter().take(3) {
            message.push_str(&format!("\n        {example}"));
        }
    }
    assert_eq!(total, 0, "{message}");
}

/// `CREATE SEQUENCE`, `ALTER TABLE ONLY`, `CREATE OR REPLACE`: up to three upper-case words.
fn leading_keywords(text: &str) -> String {
    let words: Vec<&str> = text
        .split_whitespace()
        .take(3)
        .take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .collect();
    if words.is_empty() { preview(text) } else { words.join(" ") }
}

fn compare(what: &str, pick: fn(&Facts) -> &Vec<String>) {
    let mut failures = Vec::new();
    let mut compared = 0;
    for dump in corpus() {
        let (theirs, ours) = (facts::from_tree(&dump.tree), oracle::compare::from_model(&dump.parsed.model));
        compared += pick(&theirs).len();
        let difference = diff(pick(&theirs), pick(&ours));
        if !difference.is_empty() {
            failures.push(report(&dump.file, what, &difference));
        }
    }
    assert!(compared > 0, "libpg_query found no {what} at all in the corpus");
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn tables_equal_libpg_query() {
    compare("tables", |f| &f.tables);
}

#[test]
fn column_counts_equal_libpg_query() {
    compare("column counts", |f| &f.columns);
}

#[test]
fn foreign_keys_equal_libpg_query() {
    compare("foreign keys", |f| &f.foreign_keys);
}

#[test]
fn partitions_equal_libpg_query() {
    compare("partitions", |f| &f.partitions);
}

#[test]
fn rls_flags_equal_libpg_query() {
    compare("RLS flags", |f| &f.rls);
}

#[test]
fn policies_equal_libpg_query() {
    compare("policies", |f| &f.policies);
}

#[test]
fn blanking_keeps_offsets_and_removes_only_psql_lines() {
    let src = "\\restrict KEY\nCREATE TABLE public.t (a int);\nCOPY public.t (a) FROM stdin;\n1\n\\.\nSELECT 1;\n";
    let blanked = oracle::psql_lines_blanked(src);
    assert_eq!(blanked.len(), src.len());
    assert_eq!(
        blanked,
        "             \nCREATE TABLE public.t (a int);\nCOPY public.t (a) FROM stdin;\n \n  \nSELECT 1;\n"
    );
    let tree = pg_query::parse(&blanked, 0).expect("libpg_query reads the blanked text").protobuf;
    assert_eq!(tree.stmts.len(), 3);
}
