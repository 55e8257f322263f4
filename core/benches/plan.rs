//! Proposal speed: the full `Auto` proposal for musicbrainz_flat.sql (519 tables) and for
//! a generated 3,000-table schema, and one pin-and-replan (`Planner::replan`, what the app
//! runs on every drag) on a generated 1,000-table schema and on musicbrainz_flat.
//!
//! `cargo bench -p pgcarve-core --bench plan`; numbers in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;
mod synthetic;

use criterion::{criterion_group, criterion_main, Criterion};
use pgcarve_core::model::Model;
use pgcarve_core::plan::{propose, DomainChoice, PlanConfig, Planner};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

fn auto() -> PlanConfig {
    PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() }
}

fn musicbrainz() -> Model {
    pgcarve_core::parse(&support::read(&support::corpus_dir().join("musicbrainz_flat.sql"))).model
}

fn generated(tables: usize) -> Model {
    let model = pgcarve_core::parse(&synthetic::schema(tables)).model;
    assert_eq!(model.tables.len(), tables, "the generator writes {tables} tables");
    model
}

fn full_proposal(c: &mut Criterion) {
    let mut group = c.benchmark_group("propose");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    let mb = musicbrainz();
    let plan = propose(&mb, &auto());
    eprintln!("musicbrainz_flat: {} tables, {} domains", mb.tables.len(), plan.domains.len());
    group.bench_function("musicbrainz_flat (519 tables)", |b| b.iter(|| propose(black_box(&mb), &auto())));
    let big = generated(3000);
    let plan = propose(&big, &auto());
    eprintln!("generated: {} tables, {} domains", big.tables.len(), plan.domains.len());
    group.bench_function("generated 3000 tables", |b| b.iter(|| propose(black_box(&big), &auto())));
    group.finish();
}

/// One drag: pin one table to another domain and re-plan.
fn pin_and_replan(c: &mut Criterion) {
    let mut group = c.benchmark_group("replan");
    for (label, model) in [("generated 1000 tables", generated(1000)), ("musicbrainz_flat (519 tables)", musicbrainz())] {
        let planner = Planner::new(&model, &auto());
        let proposal = planner.proposal(&model);
        let table = proposal.assignments[proposal.assignments.len() / 2].table.clone();
        let other = proposal.domains.iter().map(|d| d.name.clone()).find(|d| Some(d.as_str()) != proposal.domain_of(&table));
        let pins: BTreeMap<_, _> = [(table, other.unwrap_or_else(|| "elsewhere".into()))].into_iter().collect();
        let renames = BTreeMap::new();
        group.bench_function(format!("one pin, {label}"), |b| {
            b.iter(|| planner.replan(black_box(&model), black_box(&pins), &renames))
        });
    }
    group.finish();
}

criterion_group!(benches, full_proposal, pin_and_replan);
criterion_main!(benches);
