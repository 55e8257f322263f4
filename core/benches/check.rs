//! Checking speed: every check on musicbrainz.sql (519 tables, 11 schemas) with its Auto
//! plan, the plan computed once outside the timed loop; then each check alone, to find
//! the slow one. The goal is under 20 ms for all checks natively.
//!
//! `cargo bench -p pgcarve-core --bench check`; numbers in BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use pgcarve_core::check::{self, Context};
use pgcarve_core::plan::{propose, DomainChoice, PlanConfig};
use std::hint::black_box;

fn musicbrainz(c: &mut Criterion) {
    let src = support::read(&support::corpus_dir().join("musicbrainz.sql"));
    let model = pgcarve_core::parse(&src).model;
    let plan = propose(&model, &PlanConfig { domains: DomainChoice::Auto, ..PlanConfig::default() });
    let findings = check::check(&model, &plan);
    eprintln!(
        "musicbrainz.sql: {} tables, {} foreign keys, {} functions, {} domains; {} findings",
        model.tables.len(),
        model.foreign_keys.len(),
        model.functions.len(),
        plan.domains.len(),
        findings.len()
    );
    let mut group = c.benchmark_group("check musicbrainz");
    group.bench_function("all checks", |b| b.iter(|| check::check(black_box(&model), black_box(&plan))));
    group.finish();
    let mut each = c.benchmark_group("check musicbrainz, one check");
    let context = Context::new(&model, &plan);
    for one in check::all() {
        each.bench_function(one.name, |b| b.iter(|| (one.run)(black_box(&context))));
    }
    each.finish();
}

criterion_group!(benches, musicbrainz);
criterion_main!(benches);
