//! `pgcarve plan` end to end: the binary, the plan it prints or writes, domains files,
//! the quality report, and exit statuses.

use pgcarve_core::plan::{read_plan, Plan};
mod support;

use std::path::PathBuf;
use std::process::Output;
use support::{pgcarve, stderr};

const DUMP: &str = r#"
CREATE TABLE public.organizations (id int PRIMARY KEY, name text);
CREATE TABLE public.users (id serial PRIMARY KEY, org_id int REFERENCES public.organizations(id));
CREATE TABLE public.user_profiles (user_id int REFERENCES public.users(id), bio text);
CREATE TABLE public.invoices (id int PRIMARY KEY, org_id int REFERENCES public.organizations(id));
CREATE TABLE public.invoice_lines (id int PRIMARY KEY, invoice_id int REFERENCES public.invoices(id));
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
"#;

fn demo(file: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/demo").join(file);
    path.to_str().expect("a UTF-8 path").to_string()
}

/// A file under the test's scratch directory (inside `target/`).
fn scratch(name: &str, contents: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("plan-{name}"));
    std::fs::write(&path, contents).expect("write scratch file");
    path.to_str().expect("a UTF-8 path").to_string()
}

fn plan_of(output: &Output, dump: &str) -> Plan {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    let text = String::from_utf8_lossy(&output.stdout);
    let model = pgcarve_core::parse(dump).model;
    read_plan(&text, &model).unwrap_or_else(|e| panic!("the printed plan reads back: {e}\n{text}"))
}

#[test]
fn the_demo_plan_reads_back_and_places_every_table() {
    let output = pgcarve(&["plan", &demo("yardpass.sql")], "");
    let sql = std::fs::read_to_string(demo("yardpass.sql")).expect("demo");
    let plan = plan_of(&output, &sql);
    let model = pgcarve_core::parse(&sql).model;
    let unplaced: Vec<String> =
        model.tables.iter().filter(|t| plan.domain_of(&t.name).is_none()).map(|t| t.name.to_string()).collect();
    assert!(unplaced.is_empty(), "not placed: {unplaced:?}");
    assert!(plan.domains.len() > 5 && !plan.objects.is_empty());
}

#[test]
fn output_writes_the_plan_and_a_summary() {
    let path = scratch("written.json", "");
    let output = pgcarve(&["plan", "-", "-o", &path], DUMP);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty(), "the plan goes to the file only");
    let text = std::fs::read_to_string(&path).expect("the plan file");
    assert!(read_plan(&text, &pgcarve_core::parse(DUMP).model).is_ok(), "{text}");
    let summary = stderr(&output);
    assert!(summary.starts_with(&format!("wrote {path}: ")), "{summary}");
    assert!(summary.contains(" tables move, ") && summary.contains("follow their tables"), "{summary}");
}

#[test]
fn a_domains_file_fixes_the_domains_and_pins_tables() {
    let domains = scratch(
        "fixed.json",
        r#"{"domains": ["payments", {"name": "accounts", "keywords": ["user"], "tables": ["public.settings"]}], "fallback": "core"}"#,
    );
    let output = pgcarve(&["plan", "-", "--domains", &domains], DUMP);
    let plan = plan_of(&output, DUMP);
    let settings = plan.assignments.iter().find(|a| a.table.name == "settings").expect("settings placed");
    assert_eq!((settings.domain.as_str(), settings.pinned), ("accounts", true));
    assert_eq!(plan.by_table_name().get("invoice_lines").map(String::as_str), Some("payments"));
    for domain in &plan.domains {
        assert!(["payments", "accounts", "core"].contains(&domain.name.as_str()), "unexpected domain {}", domain.name);
    }
}

#[test]
fn an_invalid_domains_file_exits_2_with_where_and_why() {
    let domains = scratch("invalid.json", "[\n  \"billing\",\n  {\"name\": \"x\", \"keyword\": []}\n]");
    let output = pgcarve(&["plan", "-", "--domains", &domains], DUMP);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains(&format!("pgcarve: --domains {domains}: line 3 column 25: unknown field `keyword`")), "{message}");
}

#[test]
fn an_unknown_table_exits_2_naming_it_and_its_domain() {
    let domains = scratch("unknown.json", r#"[{"name": "billing", "tables": ["public.payments", "public.refunds"]}]"#);
    let output = pgcarve(&["plan", "-", "--domains", &domains], DUMP);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("unknown table \"public.payments\" (listed under billing)"), "{message}");
    assert!(message.contains("unknown table \"public.refunds\" (listed under billing)"), "every unknown table: {message}");
}

#[test]
fn a_plan_of_a_newer_version_exits_2_saying_to_upgrade() {
    let domains = scratch("v2.json", r#"{"version": 2, "domains": [], "layers": []}"#);
    let output = pgcarve(&["plan", "-", "--domains", &domains], DUMP);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("plan version 2: this pgcarve reads version 1; upgrade pgcarve"), "{}", stderr(&output));
}

#[test]
fn a_plan_file_can_be_the_domains_file() {
    let first = pgcarve(&["plan", "-"], DUMP);
    let previous = scratch("previous.json", &String::from_utf8_lossy(&first.stdout));
    let again = pgcarve(&["plan", "-", "--domains", &previous], DUMP);
    assert_eq!(plan_of(&again, DUMP).by_table_name(), plan_of(&first, DUMP).by_table_name());
}

#[test]
fn score_reports_ours_and_louvain_on_the_demo() {
    let output = pgcarve(&["plan", &demo("yardpass.sql"), "--score", &demo("yardpass.domains.json")], "");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = String::from_utf8_lossy(&output.stdout);
    let ari = |who: &str| -> f64 {
        let line = report.lines().find(|l| l.starts_with(who)).unwrap_or_else(|| panic!("a {who} line: {report}"));
        let value = line.split("ARI ").nth(1).and_then(|rest| rest.split(',').next());
        value.and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("an ARI in {line}"))
    };
    assert!(ari("pgcarve") >= 0.85, "{report}");
    assert!((-1.0..=1.0).contains(&ari("louvain")), "{report}");
    assert!(report.contains("share of tables to move"), "{report}");
    assert!(report.lines().any(|l| l.starts_with("tables") && l.contains("190 scored")), "{report}");
}

#[test]
fn a_dump_with_unsupported_statements_still_plans() {
    let dump = "CREATE TABLE a (id int);\nCREATE FUNCTION f() RETURNS int\n  AS $body$ SELECT 1;";
    let output = pgcarve(&["plan", "-"], dump);
    assert!(stderr(&output).contains("-:3:6: error:"), "{}", stderr(&output));
    assert!(plan_of(&output, dump).domain_of(&pgcarve_core::model::QualifiedName::new("public", "a")).is_some());
}

#[test]
fn unreadable_inputs_exit_2_with_the_reason() {
    let output = pgcarve(&["plan", "/nonexistent/dump.sql"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("pgcarve: cannot read /nonexistent/dump.sql"), "{}", stderr(&output));
    let output = pgcarve(&["plan", "-", "--score", "/nonexistent/truth.json"], DUMP);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("pgcarve: --score /nonexistent/truth.json: cannot read"), "{}", stderr(&output));
    let output = pgcarve(&["plan", "-"], "PGDMP\u{1}\u{e}\u{0}");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("nothing to plan"), "{}", stderr(&output));
}
