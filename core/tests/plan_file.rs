//! The plan file (plan JSON version 1) and the domains file: round trips of real
//! proposals, hand-written plans, and errors that say what to change.

mod support;

use pgcarve_core::model::{Model, QualifiedName};
use pgcarve_core::plan::{propose, read_domains, read_plan, write_plan, DomainChoice, Plan, PlanConfig};
use std::collections::BTreeMap;

const SQL: &str = r#"
CREATE TABLE public.organizations (id int PRIMARY KEY, name text);
CREATE TABLE public.users (id serial PRIMARY KEY, org_id int REFERENCES public.organizations(id));
CREATE TABLE public.invoices (id int PRIMARY KEY, org_id int REFERENCES public.organizations(id));
CREATE TABLE public."invoice.lines" (id int PRIMARY KEY, invoice_id int REFERENCES public.invoices(id));
CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit.events (id int PRIMARY KEY);
CREATE SEQUENCE public.invoice_no;
CREATE INDEX invoices_org ON public.invoices (org_id);
"#;

fn model() -> Model {
    pgcarve_core::parse(SQL).model
}

fn qn(schema: &str, name: &str) -> QualifiedName {
    QualifiedName::new(schema, name)
}

fn error(text: &str) -> String {
    read_plan(text, &model()).expect_err("an error").to_string()
}

fn auto() -> PlanConfig {
    PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() }
}

#[test]
fn a_proposal_round_trips_through_the_plan_file() {
    let model = model();
    let mut pins = BTreeMap::new();
    pins.insert(qn("public", "invoice.lines"), "billing".to_string());
    for config in [auto(), PlanConfig { pins, ..PlanConfig::default() }] {
        let plan = propose(&model, &config);
        let text = write_plan(&plan);
        assert_eq!(read_plan(&text, &model), Ok(plan.clone()), "{text}");
        assert_eq!(write_plan(&read_plan(&text, &model).expect("reads")), text, "stable");
    }
}

#[test]
fn the_demo_proposal_round_trips_through_the_plan_file() {
    let sql = support::read(&support::project_root().join("public/demo/yardpass.sql"));
    let model = pgcarve_core::parse(&sql).model;
    let plan = propose(&model, &auto());
    assert!(!plan.objects.is_empty() && plan.domains.len() > 5);
    let text = write_plan(&plan);
    let back = read_plan(&text, &model).expect("the demo plan reads back");
    assert!(back == plan, "the demo plan changed on the round trip");
}

#[test]
fn the_written_format_is_the_documented_one() {
    let model = model();
    let mut pins = BTreeMap::new();
    pins.insert(qn("public", "invoices"), "billing".to_string());
    let plan = propose(&model, &PlanConfig { pins, ..PlanConfig::default() });
    let json: serde_json::Value = serde_json::from_str(&write_plan(&plan)).expect("JSON");
    assert_eq!(json["version"], 1);
    let billing = json["domains"].as_array().expect("domains").iter().find(|d| d["name"] == "billing").expect("billing");
    assert!(billing["tables"].as_array().expect("tables").contains(&"public.invoices".into()));
    let assignment = json["assignments"].as_array().expect("assignments").iter().find(|a| a["table"] == "public.invoices");
    assert_eq!(
        assignment,
        Some(&serde_json::json!({"table": "public.invoices", "domain": "billing", "reason": "pinned by the user", "confidence": 1.0, "pinned": true}))
    );
    let index = json["objects"].as_array().expect("objects").iter().find(|o| o["name"] == "public.invoices_org");
    assert_eq!(index, Some(&serde_json::json!({"kind": "index", "name": "public.invoices_org", "domain": "billing", "with_table": true, "reason": "index of invoices"})));
    assert_eq!(
        json["options"],
        serde_json::json!({"tenant": {"root": null, "columns": []}, "fixes": {"function_search_path": true, "tenant_rls": true, "view_security_invoker": true}})
    );
}

#[test]
fn a_hand_written_plan_pins_what_it_lists_and_leaves_the_rest() {
    let model = model();
    let text = r#"{"version": 1, "domains": [
        {"name": "billing", "tables": ["invoices", "public.invoice.lines"]},
        {"name": "analytics", "tables": ["public.events"]},
        {"name": "later", "tables": []}]}"#;
    let plan = read_plan(text, &model).expect("reads");
    assert_eq!(plan.domain_of(&qn("public", "invoices")), Some("billing"));
    assert_eq!(plan.domain_of(&qn("public", "invoice.lines")), Some("billing"));
    assert_eq!(plan.domain_of(&qn("public", "users")), None);
    assert_eq!(plan.target_schema(&qn("public", "users")), "public");
    let invoices = plan.assignments.iter().find(|a| a.table.name == "invoices").expect("assigned");
    assert!(invoices.pinned && invoices.confidence == 1.0 && invoices.reason == "listed in the plan file");
    // A partition goes where its root goes; the index follows its table.
    assert_eq!(plan.domain_of(&qn("public", "events_2024")), Some("analytics"));
    assert!(plan.objects.iter().any(|o| o.name.name == "invoices_org" && o.domain.as_deref() == Some("billing")));
    let names: Vec<&str> = plan.domains.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["analytics", "billing", "later"]);
}

#[test]
fn assignments_and_options_in_the_file_are_kept() {
    let text = r#"{"version": 1,
      "domains": [{"name": "billing", "tables": ["public.invoices", "public.users"]}],
      "assignments": [
        {"table": "public.invoices", "domain": "billing", "reason": "invoices", "confidence": 0.75, "pinned": false},
        {"table": "public.users", "domain": "accounts", "reason": "was proposed elsewhere", "confidence": 0.5, "pinned": false}],
      "options": {"tenant": {"root": "organizations", "columns": ["org_id"]}, "fixes": {"tenant_rls": false}}}"#;
    let plan = read_plan(text, &model()).expect("reads");
    let invoices = &plan.assignments[0];
    assert_eq!((invoices.reason.as_str(), invoices.confidence, invoices.pinned), ("invoices", 0.75, false));
    // Listed under another domain than its assignment names: moved by hand.
    let users = &plan.assignments[1];
    assert_eq!((users.domain.as_str(), users.reason.as_str(), users.pinned), ("billing", "moved to billing in the plan file", true));
    assert_eq!(plan.options.tenant.root, Some(qn("public", "organizations")));
    assert_eq!(plan.options.tenant.columns, ["org_id"]);
    assert!(!plan.options.fixes.tenant_rls && plan.options.fixes.function_search_path);
}

#[test]
fn versions_say_what_to_do() {
    assert_eq!(error(r#"{"version": 2, "domains": []}"#), "plan version 2: this pgcarve reads version 1; upgrade pgcarve");
    assert!(error(r#"{"domains": []}"#).starts_with("missing \"version\""));
    assert!(error(r#"{"version": 1}"#).starts_with("missing \"domains\""));
    assert!(error(r#"{"version": "1", "domains": []}"#).contains("the version is 1 (a number)"));
}

#[test]
fn json_errors_have_a_line_and_column() {
    assert_eq!(error("{\"version\": 1,\n \"domains\": [\n  {\"name\": \"billing\", \"tables\": [\"invoices\",]}]}"), "line 3 column 45: trailing comma");
    let unknown_field = error("{\"version\": 1, \"domains\": [{\"name\": \"b\", \"table\": []}]}");
    assert!(unknown_field.starts_with("line 1 column 48: unknown field `table`"), "{unknown_field}");
    assert!(error("[]").contains("expected a plan object"), "{}", error("[]"));
}

#[test]
fn every_table_problem_is_reported() {
    let text = r#"{"version": 1, "domains": [
        {"name": "billing", "tables": ["public.nope", "invoices", "events"]},
        {"name": "other", "tables": ["public.invoices"]}]}"#;
    let message = error(text);
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 3, "{message}");
    assert!(lines[0].starts_with("unknown table \"public.nope\" (listed under billing)"), "{message}");
    assert!(lines[1].starts_with("table \"events\" (listed under billing) is ambiguous: write one of \"audit.events\", \"public.events\""), "{message}");
    assert_eq!(lines[2], "table public.invoices is listed under both billing and other: keep it in one");
}

#[test]
fn domain_names_must_be_schema_names() {
    let long = "x".repeat(64);
    let text = format!(r#"{{"version": 1, "domains": [{{"name": ""}}, {{"name": "pg_stuff"}}, {{"name": "{long}"}}, {{"name": "a\u0000b"}}, {{"name": "ok"}}, {{"name": "ok"}}]}}"#);
    let message = error(&text);
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 5, "{message}");
    assert!(lines[0].starts_with("a domain name is empty"));
    assert!(lines[1].contains("pg_stuff starts with pg_"));
    assert!(lines[2].contains("is 64 bytes"));
    assert!(lines[3].contains("NUL"));
    assert!(lines[4].contains("domain ok is listed twice"));
    assert!(read_plan(&format!(r#"{{"version": 1, "domains": [{{"name": "{}"}}]}}"#, "x".repeat(63)), &model()).is_ok());
}

#[test]
fn assignment_problems_are_reported() {
    let text = r#"{"version": 1, "domains": [{"name": "billing", "tables": ["invoices"]}],
      "assignments": [{"table": "users"}, {"table": "invoices", "confidence": 2}]}"#;
    let message = error(text);
    assert!(message.contains("the assignment of public.users names a table no domain lists"), "{message}");
    assert!(message.contains("the confidence of public.invoices is 2"), "{message}");
}

#[test]
fn a_domains_list_becomes_fixed_domains_with_pins() {
    let file = read_domains(r#"["billing", {"name": "accounts", "keywords": ["Users", "profiles"], "tables": ["public.users"]}]"#)
        .expect("reads");
    assert_eq!(file.domains[1].keywords, ["user", "profile"]);
    let config = file.config(&model()).expect("resolves");
    assert_eq!(config.pins.get(&qn("public", "users")).map(String::as_str), Some("accounts"));
    let DomainChoice::Fixed(specs) = &config.domains else { panic!("fixed domains") };
    let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["billing", "accounts"]);
    assert!(specs[0].keywords.contains(&"billing".to_string()), "the name is a keyword");
    assert!(specs[1].keywords.contains(&"account".to_string()));
    let plan: Plan = propose(&model(), &config);
    let mut domains: Vec<&str> = plan.domains.iter().map(|d| d.name.as_str()).collect();
    domains.retain(|d| !["billing", "accounts", "public"].contains(d));
    assert!(domains.is_empty(), "only the listed domains and the fallback: {domains:?}");
}

#[test]
fn a_domains_object_has_renames_and_a_fallback() {
    let file = read_domains(r#"{"domains": ["payments"], "renames": {"payments": "billing"}, "fallback": "core"}"#).expect("reads");
    assert_eq!(file.fallback.as_deref(), Some("core"));
    let config = file.config(&model()).expect("resolves");
    assert_eq!(config.renames.get("payments").map(String::as_str), Some("billing"));
    let DomainChoice::Fixed(specs) = &config.domains else { panic!("fixed domains") };
    assert!(specs[0].keywords.contains(&"invoice".to_string()), "a built-in domain brings its keywords");
    let plan = propose(&model(), &config);
    assert_eq!(plan.domain_of(&qn("public", "invoices")), Some("billing"));
}

#[test]
fn a_plan_file_is_also_a_domains_file() {
    let model = model();
    let plan = propose(&model, &auto());
    let config = read_domains(&write_plan(&plan)).expect("reads").config(&model).expect("resolves");
    assert_eq!(propose(&model, &config).by_table_name(), plan.by_table_name());
    let v2 = read_domains(r#"{"version": 2, "domains": [], "whatever": 1}"#).expect_err("version 2");
    assert_eq!(v2.to_string(), "plan version 2: this pgcarve reads version 1; upgrade pgcarve");
}

#[test]
fn domains_file_problems_say_what_to_change() {
    let e = |text: &str| read_domains(text).expect_err("an error").to_string();
    let unknown = e("{\"domains\": [\n  \"billing\",\n  {\"name\": \"x\", \"keyword\": []}]}");
    assert!(unknown.starts_with("line 3 column 25: unknown field `keyword`, expected one of `name`, `keywords`, `tables`"), "{unknown}");
    assert!(e("[\"pg_billing\", {\"name\": \"a\", \"keywords\": [\"two words\"]}]").lines().count() == 2);
    assert!(e("{\"renames\": {}}").starts_with("missing \"domains\""));
    assert!(e("{\"domains\": [], \"fallback\": \"\"}").starts_with("fallback: a domain name is empty"));
    assert!(e("42").contains("expected a list of domains"));
    let file = read_domains(r#"[{"name": "a", "tables": ["public.nope", "users"]}, {"name": "b", "tables": ["public.users"]}]"#).expect("reads");
    let message = file.config(&model()).expect_err("unknown tables").to_string();
    assert!(message.starts_with("unknown table \"public.nope\" (listed under a)"), "{message}");
    assert!(message.contains("table public.users is listed under both a and b"), "{message}");
}

/// Every genuine dump of the corpus, multi-schema ones included (same bare names in
/// several schemas).
#[test]
fn corpus_proposals_round_trip_through_the_plan_file() {
    let corpus = support::corpus_dir();
    for name in ["adventureworks", "adventureworks_flat", "chinook", "lago", "musicbrainz", "musicbrainz_flat", "northwind", "osm", "pagila", "supabase", "supabase_flat"] {
        let sql = support::read(&corpus.join(format!("{name}.sql")));
        let model = pgcarve_core::parse(&sql).model;
        let plan = propose(&model, &auto());
        let back = read_plan(&write_plan(&plan), &model).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(back == plan, "{name}: the plan changed on the round trip");
    }
}
