//! Quality of `plan::propose` with `DomainChoice::Auto` against known groupings: the three
//! flattened corpus files (Auto discovers clusters: their real groups are not SaaS
//! vocabulary) and the YardPass demo (Auto picks the built-in vocabulary: nearly every
//! name matches it), next to the graph module's Louvain baseline. Floors are the measured
//! values minus 0.02 (regression guards, not targets); ours must also beat Louvain's ARI.

mod support;

use pgcarve_core::graph::{louvain, RelationGraph};
use pgcarve_core::plan::score::{score, Score};
use pgcarve_core::plan::{propose, DomainChoice, PlanConfig};
use std::collections::BTreeMap;
use std::path::Path;

struct Case {
    name: &'static str,
    sql: String,
    truth: BTreeMap<String, String>,
    /// Measured (ARI, share to move) of ours; the floors are these minus 0.02 / plus 0.02.
    measured: (f64, f64),
}

fn truth(path: &Path) -> BTreeMap<String, String> {
    serde_json::from_str(&support::read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn cases() -> Vec<Case> {
    let corpus = support::corpus_dir();
    let flat = |name: &'static str, measured| Case {
        name,
        sql: support::read(&corpus.join(format!("{name}_flat.sql"))),
        truth: truth(&corpus.join(format!("{name}_flat.ground_truth.json"))),
        measured,
    };
    let demo = support::project_root().join("public/demo");
    vec![
        Case {
            name: "yardpass",
            sql: support::read(&demo.join("yardpass.sql")),
            truth: truth(&demo.join("yardpass.domains.json")),
                measured: (0.961, 0.021),
        },
        flat("adventureworks", (0.825, 0.074)),
        flat("supabase", (0.961, 0.051)),
        flat("musicbrainz", (0.871, 0.060)),
    ]
}

fn louvain_score(sql: &str, truth: &BTreeMap<String, String>) -> Score {
    let model = pgcarve_core::parse(sql).model;
    let communities = louvain(&RelationGraph::from_model(&model));
    let proposed = communities.into_iter().map(|(t, c)| (t.name, c.to_string())).collect();
    score(&proposed, truth)
}

#[test]
fn proposal_quality_against_ground_truth() {
    println!("{:<16} {:>9} {:>9} {:>11} {:>11} {:>7}", "file", "ARI ours", "ARI louv", "move ours", "move louv", "tables");
    let mut failures = Vec::new();
    for case in cases() {
        let model = pgcarve_core::parse(&case.sql).model;
        let plan = propose(&model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
        let ours = score(&plan.by_table_name(), &case.truth);
        // PLAN_SHOW=<file> prints that file's proposal, with each table's true group.
        if std::env::var("PLAN_SHOW").as_deref() == Ok(case.name) {
            for domain in &plan.domains {
                let tables: Vec<String> = domain
                    .tables
                    .iter()
                    .map(|t| format!("{}[{}]", t.name, case.truth.get(&t.name).map_or("?", String::as_str)))
                    .collect();
                println!("{} ({}): {}", domain.name, tables.len(), tables.join(" "));
            }
        }
        let base = louvain_score(&case.sql, &case.truth);
        println!(
            "{:<16} {:>9.3} {:>9.3} {:>11.3} {:>11.3} {:>7}",
            case.name, ours.adjusted_rand_index, base.adjusted_rand_index, ours.share_to_move, base.share_to_move, ours.tables
        );
        // For information: the built-in vocabulary on the same file (not asserted).
        let other = DomainChoice::Builtin;
        let alt = score(&propose(&model, &PlanConfig { domains: other.clone(), ..PlanConfig::default() }).by_table_name(), &case.truth);
        println!("  (with {:?}: ARI {:.3}, share to move {:.3})", other, alt.adjusted_rand_index, alt.share_to_move);
        let (ari, share) = case.measured;
        if ours.adjusted_rand_index < ari - 0.02 {
            failures.push(format!("{}: ARI {:.3} below floor {:.3}", case.name, ours.adjusted_rand_index, ari - 0.02));
        }
        if ours.share_to_move > share + 0.02 {
            failures.push(format!("{}: share to move {:.3} above {:.3}", case.name, ours.share_to_move, share + 0.02));
        }
        if ours.adjusted_rand_index < base.adjusted_rand_index {
            failures.push(format!("{}: ARI {:.3} below Louvain's {:.3}", case.name, ours.adjusted_rand_index, base.adjusted_rand_index));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
