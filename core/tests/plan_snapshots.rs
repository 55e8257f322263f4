//! The `Auto` proposal for every corpus dump and the YardPass demo, as insta snapshots:
//! one line per domain with its tables, then how many tables each kind of reason placed
//! and how many followers (sequences, indexes, types) go along or stay. A change of the
//! proposal shows up here table by table; review it, then accept (INSTA_UPDATE=always).

mod support;

use pgcarve_core::plan::{propose, DomainChoice, Plan, PlanConfig};
use std::collections::BTreeMap;
use std::fmt::Write;

fn render(plan: &Plan) -> String {
    let mut out = String::new();
    for domain in &plan.domains {
        let tables: Vec<String> = domain.tables.iter().map(|t| format!("{}.{}", t.schema, t.name)).collect();
        let _ = writeln!(out, "{} ({}): {}", domain.name, tables.len(), tables.join(" "));
    }
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for a in &plan.assignments {
        let kind: Vec<&str> = a.reason.split_whitespace().take(2).collect();
        *reasons.entry(kind.join(" ")).or_default() += 1;
    }
    let _ = writeln!(out, "reasons: {reasons:?}");
    let mut objects: BTreeMap<String, usize> = BTreeMap::new();
    for o in &plan.objects {
        let fate = if o.domain.is_some() { "follows" } else { "stays" };
        *objects.entry(format!("{:?} {fate}", o.kind)).or_default() += 1;
    }
    let _ = writeln!(out, "objects: {objects:?}");
    out
}

fn auto(sql: &str) -> Plan {
    propose(&pgcarve_core::parse(sql).model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() })
}

#[test]
fn corpus_plans() {
    let dir = support::corpus_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "expected the corpus' dumps in {}", dir.display());
    for path in files {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().replace('.', "_");
        let plan = auto(&support::read(&path));
        insta::assert_snapshot!(format!("plan_{name}"), render(&plan));
    }
}

#[test]
fn demo_plan() {
    let sql = support::read(&support::project_root().join("public/demo/yardpass.sql"));
    insta::assert_snapshot!("plan_yardpass", render(&auto(&sql)));
}
