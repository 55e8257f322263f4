//! Test helpers of the checks: a model and a plan from inline SQL, a check run on them and
//! its findings rendered one per line for snapshots.

use crate::check::{Check, Context, Finding};
use crate::model::{Model, QualifiedName};
use crate::plan::{follow, Assignment, Plan, PlanOptions};

/// `schema.name`, or `public.name`.
pub fn q(text: &str) -> QualifiedName {
    match text.split_once('.') {
        Some((schema, name)) => QualifiedName::new(schema, name),
        None => QualifiedName::new("public", text),
    }
}

/// The model of `sql` and a plan that places every table: those in `moved` (table →
/// domain) move, the others stay where they are (domain = their schema); domain `-`
/// leaves a table out of the plan.
pub fn plan(sql: &str, moved: &[(&str, &str)], options: PlanOptions) -> (Model, Plan) {
    let model = crate::parse(sql).model;
    let assignments = model
        .tables
        .iter()
        .filter_map(|t| {
            let domain = moved.iter().find(|(name, _)| q(name) == t.name).map(|(_, d)| d.to_string());
            if domain.as_deref() == Some("-") {
                return None;
            }
            Some(pinned(t.name.clone(), domain.unwrap_or_else(|| t.name.schema.clone())))
        })
        .collect();
    let mut plan = Plan::from_assignments(assignments);
    plan.options = options;
    follow::attach(&model, &mut plan);
    (model, plan)
}

/// The model of `sql` and a plan that places exactly `placed` (table → domain), with
/// its followers; other tables are unplanned.
pub fn plan_only(sql: &str, placed: &[(&str, &str)]) -> (Model, Plan) {
    let model = crate::parse(sql).model;
    let assignments = placed.iter().map(|(table, domain)| pinned(q(table), domain.to_string())).collect();
    let mut plan = Plan::from_assignments(assignments);
    follow::attach(&model, &mut plan);
    (model, plan)
}

fn pinned(table: QualifiedName, domain: String) -> Assignment {
    Assignment { table, domain, reason: "test".into(), confidence: 1.0, pinned: true }
}

/// One line per finding (`severity check subject:line message`), then help and fix.
pub fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let line = f.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
        let severity = format!("{:?}", f.severity).to_lowercase();
        out.push_str(&format!("{severity} {} {}:{line} {}\n  help: {}\n", f.check, f.subject, f.message, f.help));
        if let Some(fix) = &f.fix {
            let json = serde_json::to_string(fix).unwrap_or_default();
            out.push_str(&format!("  fix: {json}\n"));
        }
    }
    out
}

/// `check` run on `sql` with `moved` and `options` (see [`plan`]), rendered.
pub fn run_with(check: &Check, sql: &str, moved: &[(&str, &str)], options: PlanOptions) -> String {
    let (model, plan) = plan(sql, moved, options);
    run_on(check, &model, &plan)
}

/// `check` run on `sql` with a plan that places exactly `placed`, rendered.
pub fn run_only(check: &Check, sql: &str, placed: &[(&str, &str)]) -> String {
    let (model, plan) = plan_only(sql, placed);
    run_on(check, &model, &plan)
}

/// `check` run on `model` and `plan`, rendered; asserts the findings carry the check's
/// name and severity and come sorted.
fn run_on(check: &Check, model: &Model, plan: &Plan) -> String {
    let findings = (check.run)(&Context::new(model, plan));
    for f in &findings {
        assert_eq!(f.check, check.name, "a check reports under its own name");
        assert_eq!(f.severity, check.severity, "a check reports at its own severity");
    }
    let mut sorted = findings.clone();
    sorted.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    assert_eq!(sorted, findings, "findings come sorted by subject and line");
    render(&findings)
}

/// `check` run with the default plan options.
pub fn run(check: &Check, sql: &str, moved: &[(&str, &str)]) -> String {
    run_with(check, sql, moved, PlanOptions::default())
}
