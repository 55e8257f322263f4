//! The checks on real dumps: every corpus file and the YardPass demo, each with its Auto
//! plan, as insta snapshots (counts per check, then the first findings of each check);
//! a real PostgreSQL 15 doing the moves the structure checks flag (and the ones they let
//! pass); and `docs/checks.md`, generated from the checks' doc comments, kept current.

mod support;

use pgcarve_core::check::{self, Finding};
use pgcarve_core::model::QualifiedName;
use pgcarve_core::plan::{follow, propose, Assignment, DomainChoice, Plan, PlanConfig};
use pgcarve_pgtest::Cluster;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// How many findings of one check a snapshot lists (the count covers all of them).
const LISTED: usize = 20;

/// Every corpus dump (`*.sql`, sorted) and the demo, by a short name.
fn dumps() -> Vec<(String, PathBuf)> {
    let corpus = support::corpus_dir();
    let mut dumps: Vec<(String, PathBuf)> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("listing {}: {e}", corpus.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "sql"))
        .filter_map(|path| Some((path.file_stem()?.to_str()?.replace('.', "_"), path)))
        .collect();
    dumps.sort();
    dumps.push(("yardpass".into(), support::project_root().join("public/demo/yardpass.sql")));
    dumps
}

fn findings(sql: &str) -> Vec<Finding> {
    let model = pgcarve_core::parse(sql).model;
    let plan = propose(&model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
    check::check(&model, &plan)
}

/// Counts per check (every check, zeros included), then up to [`LISTED`] findings of each.
fn report(findings: &[Finding]) -> String {
    let mut by_check: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        by_check.entry(f.check).or_default().push(f);
    }
    let mut out = String::new();
    for c in check::all() {
        let n = by_check.get(c.name).map_or(0, Vec::len);
        out.push_str(&format!("{:<32} {n}\n", c.name));
    }
    for c in check::all() {
        let Some(list) = by_check.get(c.name) else { continue };
        out.push_str(&format!("\n## {} ({})\n", c.name, list.len()));
        for f in list.iter().take(LISTED) {
            let line = f.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
            let fix = f.fix.as_ref().map(|_| " [fix]").unwrap_or_default();
            out.push_str(&format!("{line} {}: {}{fix}\n", f.subject, f.message));
        }
        if list.len() > LISTED {
            out.push_str(&format!("… {} more\n", list.len() - LISTED));
        }
    }
    out
}

#[test]
fn checks_on_every_corpus_dump_with_its_auto_plan() {
    for (name, path) in dumps() {
        let found = findings(&support::read(&path));
        assert_eq!(found, findings(&support::read(&path)), "{name}: same input, same findings");
        insta::assert_snapshot!(format!("corpus_{name}"), report(&found));
    }
}

/// The YardPass demo with its intended domains (`public/demo/yardpass.domains.json`, the
/// plan a careful architect wrote): a snapshot that does not move when the proposal does.
#[test]
fn checks_on_the_demo_with_its_intended_domains() {
    let demo = support::project_root().join("public/demo");
    let model = pgcarve_core::parse(&support::read(&demo.join("yardpass.sql"))).model;
    let intended: BTreeMap<String, String> =
        serde_json::from_str(&support::read(&demo.join("yardpass.domains.json"))).expect("domains JSON");
    let assignments = intended
        .into_iter()
        .map(|(table, domain)| Assignment {
            table: QualifiedName::new("public", table),
            domain,
            reason: "intended".into(),
            confidence: 1.0,
            pinned: true,
        })
        .collect();
    let mut plan = Plan::from_assignments(assignments);
    follow::attach(&model, &mut plan);
    insta::assert_snapshot!("yardpass_intended", report(&check::check(&model, &plan)));
}

/// What the structure checks claim about a move, on PostgreSQL's own terms.
const MOVES: &str = "
CREATE SCHEMA app;
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE FUNCTION public.order_total(p_id bigint) RETURNS numeric
    LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT total FROM orders WHERE id = p_id); END $$;
CREATE FUNCTION public.count_qualified() RETURNS bigint
    LANGUAGE sql AS $$ SELECT count(*) FROM public.orders $$;
CREATE FUNCTION public.count_pinned() RETURNS bigint
    LANGUAGE plpgsql SET search_path TO 'sales', 'public' AS $$ BEGIN RETURN (SELECT count(*) FROM orders); END $$;
CREATE FUNCTION public.count_standard() RETURNS bigint
    LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM public.orders; END;
CREATE TABLE public.users (id bigint CONSTRAINT users_pkey PRIMARY KEY);
CREATE TABLE app.users (id bigint CONSTRAINT users_pkey PRIMARY KEY);
";

fn moves_plan(model: &pgcarve_core::model::Model) -> Plan {
    let place = |schema: &str, name: &str, domain: &str| Assignment {
        table: QualifiedName::new(schema, name),
        domain: domain.into(),
        reason: "test".into(),
        confidence: 1.0,
        pinned: true,
    };
    let mut plan = Plan::from_assignments(vec![
        place("public", "orders", "sales"),
        place("public", "users", "people"),
        place("app", "users", "people"),
    ]);
    follow::attach(model, &mut plan);
    plan
}

#[test]
fn postgresql_breaks_exactly_what_the_structure_checks_flag() {
    let model = pgcarve_core::parse(MOVES).model;
    let findings = check::check(&model, &moves_plan(&model));
    let flagged = |name: &str| -> Vec<String> {
        findings.iter().filter(|f| f.check == name).map(|f| f.subject.to_string()).collect()
    };
    assert_eq!(flagged("function-references-moved-table"), ["public.count_qualified", "public.order_total"]);
    assert_eq!(flagged("name-collision"), ["app.users", "app.users_pkey"]);

    let cluster = Cluster::start().expect("a throwaway PostgreSQL 15");
    cluster.create_database("moves").expect("createdb");
    let sql = |text: &str| cluster.psql("moves", text);
    sql(MOVES).expect("the fixture loads");
    sql("INSERT INTO public.orders VALUES (1, 10); CREATE SCHEMA sales; CREATE SCHEMA people;").expect("setup");
    sql("ALTER TABLE public.orders SET SCHEMA sales").expect("the move itself succeeds");
    // Flagged: bodies resolved by name at run time fail.
    let error = sql("SELECT public.order_total(1)").expect_err("unqualified mention breaks");
    assert!(error.contains("relation \"orders\" does not exist"), "{error}");
    let error = sql("SELECT public.count_qualified()").expect_err("old-schema mention breaks");
    assert!(error.contains("relation \"public.orders\" does not exist"), "{error}");
    // With the migration's compatibility view under the old name, the body reaches the table
    // through it (TRUNCATE does not); without it, it fails.
    sql("CREATE VIEW public.orders WITH (security_invoker = true) AS SELECT * FROM sales.orders").expect("view");
    assert_eq!(sql("SELECT public.count_qualified()").as_deref(), Ok("1\n"));
    let error = sql("TRUNCATE public.orders").expect_err("not a table");
    assert!(error.contains("is not a table"), "{error}");
    sql("DROP VIEW public.orders").expect("drop the view");
    // Not flagged: a path that leads to the new schema, a parsed body, a view.
    assert_eq!(sql("SELECT public.count_pinned()").as_deref(), Ok("1\n"));
    assert_eq!(sql("SELECT public.count_standard()").as_deref(), Ok("1\n"));
    assert_eq!(sql("SELECT total FROM public.order_totals").as_deref(), Ok("10\n"));
    // The check's fix repairs the unqualified one.
    let fix = findings
        .iter()
        .find_map(|f| match &f.fix {
            Some(check::Fix::PinSearchPath { function, arguments, search_path }) if function.name == "order_total" => {
                Some(format!("ALTER FUNCTION {function}({arguments}) SET search_path = {}", search_path.join(", ")))
            }
            _ => None,
        })
        .expect("a PinSearchPath fix");
    sql(&fix).expect("the fix applies");
    assert_eq!(sql("SELECT public.order_total(1)").as_deref(), Ok("10\n"));
    // Name collisions: the second table, then (renamed) its primary key index.
    sql("ALTER TABLE public.users SET SCHEMA people").expect("the first users moves");
    let error = sql("ALTER TABLE app.users SET SCHEMA people").expect_err("two users in people");
    assert!(error.contains("relation \"users\" already exists in schema \"people\""), "{error}");
    sql("ALTER TABLE app.users RENAME TO app_users").expect("rename");
    let error = sql("ALTER TABLE app.app_users SET SCHEMA people").expect_err("two users_pkey in people");
    assert!(error.contains("relation \"users_pkey\" already exists in schema \"people\""), "{error}");
}

/// `docs/checks.md` as the checks' doc comments make it.
fn checks_md() -> String {
    let mut out = String::from(
        "# Checks\n\n<!-- Generated from the doc comments of core/src/check/*/*.rs by the test \
         docs_checks_md_is_current (core/tests/checks.rs). Do not edit: edit the check's doc \
         comment, then run `UPDATE_DOCS=1 cargo test -p pgcarve-core --test checks`. -->\n\n\
         `pgcarve check DUMP --plan PLAN.json` runs every check below on a dump and a plan, \
         before any SQL runs. Each finding names the check, its severity, the object it is \
         about (its name before the move) and the dump line where that object (or, for a \
         foreign key, the key) is defined. Exit status: 1 when a finding is an error, 0 \
         otherwise, 2 when the dump or the plan cannot be read.\n\n\
         `--format json` prints `{\"findings\": [...]}`, each finding an object `{check, \
         severity, subject: {schema, name}, message, help, line, fix}`; `severity` is \
         `error`, `warning` or `info`; `line` and `fix` may be `null`; a `fix` is tagged by \
         `kind`: `pin_search_path` `{function, arguments, search_path}`, `security_invoker` \
         `{view}`, `tenant_isolation` `{table, column, tenant_function}`, `create_index` \
         `{table, columns}`; the generator applies the first three unless the plan's \
         `options.fixes` switch them off, and leaves `create_index` to you (an index is \
         built with `CONCURRENTLY`, outside the migration).\n\n\
         | check | severity |\n|---|---|\n",
    );
    for c in check::all() {
        let anchor = c.name;
        out.push_str(&format!("| [`{}`](#{anchor}) | {} |\n", c.name, severity(c.severity)));
    }
    for c in check::all() {
        out.push_str(&format!("\n## {}\n\nSeverity: **{}**\n\n", c.name, severity(c.severity)));
        // The check's headings become sub-headings of its section.
        for line in check::doc_of(c.doc).lines() {
            match line.strip_prefix("# ") {
                Some(heading) => out.push_str(&format!("### {heading}\n")),
                None => out.push_str(&format!("{line}\n")),
            }
        }
    }
    out
}

fn severity(s: check::Severity) -> &'static str {
    match s {
        check::Severity::Error => "error",
        check::Severity::Warning => "warning",
        check::Severity::Info => "info",
    }
}

#[test]
fn docs_checks_md_is_current() {
    let path = support::project_root().join("docs/checks.md");
    let expected = checks_md();
    if std::env::var("UPDATE_DOCS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &expected).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == expected,
        "docs/checks.md is out of date with the checks' doc comments: run \
         `UPDATE_DOCS=1 cargo test -p pgcarve-core --test checks docs_checks_md_is_current`"
    );
}

#[test]
fn every_check_documents_the_same_headings() {
    for c in check::all() {
        let doc = check::doc_of(c.doc);
        let headings: Vec<&str> = doc.lines().filter(|l| l.starts_with("# ")).collect();
        assert_eq!(headings, ["# What it finds", "# Why it matters", "# Example", "# Fix"], "{}", c.name);
        let kebab = c.name.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-');
        assert!(kebab, "{} is kebab-case", c.name);
    }
}
