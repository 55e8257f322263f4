//! Everything that is not a table: fixture SQL (`fixtures/objects/*.sql`) → compact
//! snapshots of the model part each fixture is about, plus every statement's outcome;
//! and, over the shared corpus, no statement of these forms is unsupported.

mod support;

use pgcarve_core::parse::{parse, Outcome, Parsed};
use serde_json::{json, Value};

fn fixture(name: &str) -> (String, Parsed) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/objects").join(name);
    let src = support::read(&path);
    let parsed = parse(&src);
    (src, parsed)
}

/// `line: outcome` for every statement, with the statement's first words.
fn outcomes(src: &str, parsed: &Parsed) -> Vec<String> {
    parsed
        .statements
        .iter()
        .map(|s| {
            let words: Vec<&str> = src[s.start..s.end].split_whitespace().take(4).collect();
            let outcome = match &s.outcome {
                Outcome::Modeled => "modeled".to_string(),
                Outcome::Ignored(reason) => format!("ignored: {reason}"),
                Outcome::Unsupported(message) => format!("UNSUPPORTED: {message}"),
            };
            format!("{}: {} → {outcome}", s.location.line, words.join(" "))
        })
        .collect()
}

/// The value without `location` fields (line numbers are in `outcomes`).
fn without_locations(value: impl serde::Serialize) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.remove("location");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(value).expect("the model serialises");
    strip(&mut value);
    value
}

fn snapshot(name: &str, part: impl Fn(&Parsed) -> Value) {
    let (src, parsed) = fixture(&format!("{name}.sql"));
    let value = json!({ "outcomes": outcomes(&src, &parsed), "model": without_locations(part(&parsed)) });
    insta::assert_yaml_snapshot!(name, value);
}

#[test]
fn schemas_and_extensions() {
    snapshot("schemas_extensions", |p| {
        json!({ "schemas": p.model.schemas, "extensions": p.model.extensions, "comments": p.model.comments })
    });
}

#[test]
fn types_domains_and_the_columns_that_use_them() {
    snapshot("types", |p| json!({ "types": p.model.types }));
}

#[test]
fn views_materialized_views_and_placeholders() {
    snapshot("views", |p| json!({ "views": p.model.views }));
}

#[test]
fn functions_procedures_and_body_mentions() {
    snapshot("functions", |p| json!({ "functions": p.model.functions }));
}

#[test]
fn triggers_with_arguments_and_constraint_triggers() {
    snapshot("triggers", |p| json!({ "triggers": p.model.triggers }));
}

#[test]
fn policies_permissive_and_restrictive() {
    snapshot("policies", |p| json!({ "policies": p.model.policies }));
}

#[test]
fn grants_revokes_and_default_privileges() {
    snapshot("privileges", |p| json!({ "grants": p.model.grants, "default_privileges": p.model.default_privileges }));
}

#[test]
fn comments_on_every_kind() {
    snapshot("comments", |p| json!({ "comments": p.model.comments }));
}

#[test]
fn ignored_forms_say_why() {
    snapshot("ignored", |p| json!({ "grants": p.model.grants, "views": p.model.views.len() }));
}

/// Every prefix of every fixture (cut anywhere, `;` added or not) reads without a panic,
/// and every statement still ends as exactly one outcome.
#[test]
fn cut_fixtures_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/objects");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("fixtures").flatten().map(|e| e.path()).collect();
    files.sort();
    for path in files {
        let src = support::read(&path);
        for cut in (0..src.len()).step_by(5).filter(|&i| src.is_char_boundary(i)) {
            for text in [src[..cut].to_string(), format!("{};", &src[..cut])] {
                let parsed = parse(&text);
                assert!(parsed.statements.iter().all(|s| s.end <= text.len()), "{}", path.display());
            }
        }
    }
}

/// Whether a statement is of a form this side owns: everything but `CREATE TABLE`,
/// `ALTER TABLE`, indexes, sequences and `setval` (the tables side's forms).
fn owned_by_objects(text: &str) -> bool {
    let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_uppercase();
    let tables_side = [
        "CREATE TABLE", "CREATE UNLOGGED TABLE", "CREATE INDEX", "CREATE UNIQUE INDEX", "CREATE SEQUENCE",
        "ALTER TABLE", "ALTER INDEX", "ALTER SEQUENCE", "SELECT PG_CATALOG.SETVAL(",
    ];
    !tables_side.iter().any(|prefix| squashed.starts_with(prefix))
}

#[test]
fn no_corpus_statement_of_an_object_form_is_unsupported() {
    let corpus = support::corpus_dir();
    let mut unsupported = Vec::new();
    for file in corpus_files(&corpus) {
        let src = support::read(&corpus.join(&file));
        let parsed = parse(&src);
        for statement in &parsed.statements {
            let text = &src[statement.start..statement.end];
            if let Outcome::Unsupported(message) = &statement.outcome {
                if owned_by_objects(text) {
                    unsupported.push(format!("{file}:{}: {message}", statement.location.line));
                }
            }
        }
    }
    assert!(unsupported.is_empty(), "{} unsupported:\n{}", unsupported.len(), unsupported.join("\n"));
}

/// Facts about the corpus that the object side must get right, checked by count.
#[test]
fn corpus_object_counts() {
    let corpus = support::corpus_dir();
    let read = |file: &str| parse(&support::read(&corpus.join(file))).model;

    let pagila = read("pagila.sql");
    // 7 views (3 of them placeholders replaced later) and one matview.
    assert_eq!(pagila.views.iter().filter(|v| !v.materialized).count(), 7);
    assert_eq!(pagila.views.iter().filter(|v| v.materialized).count(), 1);
    let film_list = pagila.views.iter().find(|v| v.name.name == "film_list").expect("film_list");
    assert!(film_list.reads.iter().any(|r| r.name == "film_actor"), "{:?}", film_list.reads);
    let mpaa = pagila.types.iter().find(|t| t.name.name == "mpaa_rating").expect("mpaa_rating");
    assert!(mpaa.used_by.iter().any(|(t, c)| t.name == "film" && c == "rating"), "{:?}", mpaa.used_by);

    let musicbrainz = read("musicbrainz.sql");
    assert_eq!(musicbrainz.triggers.len(), 863);
    assert!(musicbrainz.triggers.iter().any(|t| !t.arguments.is_empty()));
    assert_eq!(musicbrainz.triggers.iter().filter(|t| t.constraint).count(), 147);

    let supabase = read("supabase.sql");
    assert_eq!(supabase.policies.len(), 13);
    assert!(supabase.default_privileges.len() > 50);
    let with_owners = read("supabase.with_owners.sql");
    assert!(with_owners.functions.iter().filter(|f| f.owner.is_some()).count() > 40);
}

fn corpus_files(corpus: &std::path::Path) -> Vec<String> {
    let mut files = Vec::new();
    for sub in ["", "upstream/"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(sub)) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".sql") {
                files.push(format!("{sub}{name}"));
            }
        }
    }
    files.sort();
    files
}
