//! Tables and what hangs off them (columns, constraints, foreign keys, partitions,
//! indexes, sequences): fixture SQL → compact insta snapshots of just that part of the
//! model and every statement's outcome; and over the shared corpus, no statement of a
//! table form is unsupported.

mod support;

use pgcarve_core::model::Model;
use pgcarve_core::parse::{parse, Outcome, Parsed};
use serde_json::{json, Map, Value};
use std::path::Path;

/// Each statement's first line and outcome, e.g. `3: modeled ← CREATE TABLE …`.
fn outcomes(src: &str, parsed: &Parsed) -> Vec<String> {
    parsed
        .statements
        .iter()
        .map(|s| {
            let first_line = src[s.start..s.end].lines().next().unwrap_or("").trim();
            let outcome = match &s.outcome {
                Outcome::Modeled => "modeled".to_string(),
                Outcome::Ignored(reason) => format!("ignored: {reason}"),
                Outcome::Unsupported(message) => format!("UNSUPPORTED: {message}"),
            };
            format!("{}: {outcome} ← {first_line}", s.location.line)
        })
        .collect()
}

/// Drops what says nothing: nulls, empty lists, locations, and `false` flags (except
/// `nullable`, where `false` is the news).
fn prune(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(key, v)| {
                    let says_nothing = key == "location"
                        || v.is_null()
                        || v.as_array().is_some_and(|a| a.is_empty())
                        || (v == &Value::Bool(false) && key != "nullable");
                    !says_nothing
                })
                .map(|(key, v)| (key, prune(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

/// The table part of the model, pruned, with the statements' outcomes.
fn table_view(src: &str) -> Value {
    let parsed = parse(src);
    let Model { tables, foreign_keys, indexes, sequences, .. } = &parsed.model;
    prune(json!({
        "statements": outcomes(src, &parsed),
        "tables": tables,
        "foreign_keys": foreign_keys,
        "indexes": indexes,
        "sequences": sequences,
    }))
}

fn fixture(name: &str) -> String {
    support::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tables").join(name))
}

macro_rules! fixture_snapshot {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            insta::assert_yaml_snapshot!(table_view(&fixture($file)));
        }
    };
}

fixture_snapshot!(columns_keep_types_defaults_and_identifiers_as_written, "columns.sql");
fixture_snapshot!(inline_table_level_and_added_constraints, "constraints.sql");
fixture_snapshot!(partitions_attach_inherits_and_typed_tables, "partitions.sql");
fixture_snapshot!(indexes_with_expressions_includes_and_predicates, "indexes.sql");
fixture_snapshot!(sequences_owned_by_nextval_and_identity, "sequences.sql");
fixture_snapshot!(rls_owner_physical_details_and_clean_drops, "alter_table.sql");
fixture_snapshot!(unsupported_table_forms_say_why_and_the_rest_is_read, "unsupported.sql");

#[test]
fn deep_nesting_and_cut_off_statements_never_panic() {
    let deep = format!("CREATE TABLE t (a int DEFAULT {}1{});", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(parse(&deep).outcome_counts(), (1, 0, 0));
    let unbalanced = format!("CREATE INDEX i ON t ({}a);", "(".repeat(10_000));
    assert_eq!(parse(&unbalanced).outcome_counts().2, 1);
    // Every prefix of every table statement of a real dump.
    let src = support::read(&support::corpus_dir().join("supabase.sql"));
    let parsed = parse(&src);
    for s in parsed.statements.iter().filter(|s| is_table_form(&src[s.start..s.end])) {
        let text = &src[s.start..s.end];
        for cut in (0..text.len()).step_by(5).filter(|&cut| text.is_char_boundary(cut)) {
            let _ = parse(&text[..cut]);
        }
    }
}

/// The statement forms this part of the parser owns.
fn is_table_form(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().take(3).map(str::to_ascii_uppercase).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        words.as_slice(),
        ["CREATE", "TABLE" | "INDEX" | "SEQUENCE", ..]
            | ["CREATE", "UNLOGGED" | "UNIQUE", "TABLE" | "INDEX"]
            | ["ALTER", "TABLE" | "INDEX" | "SEQUENCE", ..]
            | ["DROP", "TABLE" | "INDEX" | "SEQUENCE", ..]
    ) || text.starts_with("SELECT pg_catalog.setval(")
}

/// `ALTER TABLE x OWNER TO r` where `x` is not a table or sequence (a view): the objects
/// part of the parser owns it.
fn is_owner_of_a_non_table(text: &str, model: &Model) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [_, _, name, "OWNER", "TO", ..] = words.as_slice() else { return false };
    let is = |n: &pgcarve_core::model::QualifiedName| &n.to_string() == name;
    !model.tables.iter().any(|t| is(&t.name)) && !model.sequences.iter().any(|s| is(&s.name))
}

fn corpus_files() -> Vec<String> {
    let corpus = support::corpus_dir();
    let mut files: Vec<String> = ["", "upstream/"]
        .iter()
        .flat_map(|sub| {
            std::fs::read_dir(corpus.join(sub))
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|name| name.ends_with(".sql"))
                .map(move |name| format!("{sub}{name}"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn no_table_statement_in_the_corpus_is_unsupported() {
    let corpus = support::corpus_dir();
    let mut failures = Vec::new();
    let mut all_unsupported = Vec::new();
    for file in corpus_files() {
        let src = support::read(&corpus.join(&file));
        let parsed = parse(&src);
        let mut unsupported = 0;
        for s in &parsed.statements {
            let Outcome::Unsupported(message) = &s.outcome else { continue };
            unsupported += 1;
            let text = &src[s.start..s.end];
            if is_table_form(text) && !is_owner_of_a_non_table(text, &parsed.model) {
                let first_line = text.lines().next().unwrap_or("");
                failures.push(format!("{file}:{}: {message}: {first_line}", s.location.line));
            }
        }
        all_unsupported.push(format!("{file}: {unsupported} unsupported statements (all forms)"));
    }
    eprintln!("{}", all_unsupported.join("\n"));
    assert!(failures.is_empty(), "{} table statements unsupported:\n{}", failures.len(), failures.join("\n"));
}

/// Per dump: how many tables, columns, constraints, foreign keys, partitions, indexes
/// and sequences the model holds, and how many sequences it links to columns.
#[test]
fn corpus_table_counts() {
    let corpus = support::corpus_dir();
    let mut summary = Map::new();
    for file in corpus_files() {
        let src = support::read(&corpus.join(&file));
        let model = parse(&src).model;
        let count = |f: &dyn Fn(&pgcarve_core::model::Table) -> usize| model.tables.iter().map(f).sum::<usize>();
        let line = format!(
            "tables {}, columns {}, primary keys {}, unique {}, checks {}, foreign keys {}, partitions {}, \
             partitioned {}, rls {}, owners {}, indexes {} ({} attached), sequences {} (used by a column {}, \
             owned by a column {}, identity {})",
            model.tables.len(),
            count(&|t| t.columns.len()),
            count(&|t| usize::from(t.primary_key.is_some())),
            count(&|t| t.unique_constraints.len()),
            count(&|t| t.check_constraints.len()),
            model.foreign_keys.len(),
            count(&|t| usize::from(t.partition_of.is_some())),
            count(&|t| usize::from(t.partition_by.is_some())),
            count(&|t| usize::from(t.rls_enabled)),
            count(&|t| usize::from(t.owner.is_some())),
            model.indexes.len(),
            model.indexes.iter().filter(|i| i.attached_to.is_some()).count(),
            model.sequences.len(),
            model.sequences.iter().filter(|s| !s.used_by.is_empty()).count(),
            model.sequences.iter().filter(|s| s.owned_by.is_some()).count(),
            model.sequences.iter().filter(|s| s.identity_of.is_some()).count(),
        );
        summary.insert(file, Value::String(line));
    }
    insta::assert_yaml_snapshot!(Value::Object(summary));
}
