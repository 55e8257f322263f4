//! `pgcarve plan DUMP [--domains FILE] [-o PLAN.json] [--score TRUTH.json]`: propose a
//! domain for every table and print or write the plan JSON (docs/json.md), or measure
//! the proposal against a known grouping.

use pgcarve_core::graph::{louvain, RelationGraph};
use pgcarve_core::model::Model;
use pgcarve_core::plan::score::{score, Score};
use pgcarve_core::plan::{propose, read_domains, write_plan, DomainChoice, Plan, PlanConfig, PlanFileError};
use pgcarve_core::{parse_bytes, Severity};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Options {
    /// A domains file (or a plan file): fixed domains, pins, renames, fallback.
    pub domains: Option<PathBuf>,
    /// Where to write the plan JSON (otherwise standard output).
    pub output: Option<PathBuf>,
    /// A `{"table": "group"}` file: print the quality report instead of the plan.
    pub score: Option<PathBuf>,
}

/// Exit 0 when the plan was made, 2 when an input cannot be read or a file is invalid
/// (each reason on its own line of standard error).
pub fn run(dump: &Path, options: &Options) -> ExitCode {
    match plan(dump, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            for line in message.lines() {
                eprintln!("pgcarve: {line}");
            }
            ExitCode::from(2)
        }
    }
}

fn plan(dump: &Path, options: &Options) -> Result<(), String> {
    let parsed = parse_bytes(&crate::read_input(dump)?);
    // Problems of the dump are reported, and what was read is still planned.
    for diagnostic in &parsed.diagnostics {
        eprintln!("{}:{diagnostic}", dump.display());
    }
    let model = &parsed.model;
    if model.tables.is_empty() && parsed.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(format!("{}: no table could be read, nothing to plan", dump.display()));
    }
    let config = match &options.domains {
        Some(path) => domains_config(path, model)?,
        None => PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() },
    };
    let plan = propose(model, &config);
    if let Some(path) = &options.output {
        std::fs::write(path, write_plan(&plan)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprint!("{}", summary(path, model, &plan));
    }
    let text = match &options.score {
        Some(path) => report(model, &plan, &read_truth(path)?),
        None if options.output.is_none() => write_plan(&plan),
        None => return Ok(()),
    };
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("could not write the plan: {e}")),
        _ => Ok(()),
    }
}

fn domains_config(path: &Path, model: &Model) -> Result<PlanConfig, String> {
    let located = |e: PlanFileError| -> String {
        e.problems.iter().map(|p| format!("--domains {}: {p}", path.display())).collect::<Vec<_>>().join("\n")
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("--domains {}: cannot read: {e}", path.display()))?;
    read_domains(&text).and_then(|file| file.config(model)).map_err(located)
}

fn read_truth(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("--score {}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!("--score {}: {e}: expected an object {{\"table\": \"group\", …}}", path.display())
    })
}

/// Ours and the Louvain baseline against `truth` (bare table names → group), as
/// `core/tests/plan_quality.rs` measures them.
fn report(model: &Model, plan: &Plan, truth: &BTreeMap<String, String>) -> String {
    let ours = plan.by_table_name();
    let communities = louvain(&RelationGraph::from_model(model));
    let baseline: BTreeMap<String, String> = communities.into_iter().map(|(t, c)| (t.name, c.to_string())).collect();
    let line = |who: &str, proposed: &BTreeMap<String, String>, s: &Score, groups: &str| {
        let count: BTreeSet<&String> = truth.keys().filter_map(|t| proposed.get(t)).collect();
        format!(
            "{who:<9} ARI {:.3}, share of tables to move {:.3} ({} {groups})\n",
            s.adjusted_rand_index,
            s.share_to_move,
            count.len()
        )
    };
    let (a, b) = (score(&ours, truth), score(&baseline, truth));
    let truth_groups: BTreeSet<&String> = truth.values().collect();
    format!(
        "{}{}tables    {} scored of {} in the reference ({} groups)\n",
        line("pgcarve", &ours, &a, "domains"),
        line("louvain", &baseline, &b, "communities"),
        a.tables,
        truth.len(),
        truth_groups.len()
    )
}

/// What `-o` wrote, for standard error: domains with their table counts, tables that
/// stay, objects that follow.
fn summary(path: &Path, model: &Model, plan: &Plan) -> String {
    let mut text = format!("wrote {}: {} domains\n", path.display(), plan.domains.len());
    let width = plan.domains.iter().map(|d| d.name.chars().count()).max().unwrap_or(0);
    for domain in &plan.domains {
        text.push_str(&format!("  {:<width$}  {:>4} tables\n", domain.name, domain.tables.len()));
    }
    let tables: BTreeSet<_> = model.tables.iter().map(|t| &t.name).collect();
    let stay = tables.iter().filter(|t| plan.target_schema(t) == t.schema).count();
    text.push_str(&format!("{} tables move, {stay} stay in their schema\n", tables.len() - stay));
    let shared = plan.objects.iter().filter(|o| o.domain.is_none()).count();
    text.push_str(&format!(
        "{} sequences, indexes and types follow their tables; {shared} shared by several domains stay\n",
        plan.objects.len() - shared
    ));
    text
}
