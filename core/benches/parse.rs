//! Parsing speed, in one run: pgcarve's split+parse+model of musicbrainz.sql (1.2 MB,
//! 519 tables) against libpg_query's `pg_query::parse` of the same text (psql
//! meta-command lines blanked, which it rejects), pgcarve's splitter alone, and 1, 4, 16 and 44 copies of
//! musicbrainz_flat.sql (one schema per copy; 44 copies = 51 MB) for throughput at scale.
//!
//! `cargo bench -p pgcarve-core --bench parse`; numbers in BENCHMARKS.md.

#[allow(dead_code, unused_imports)]
#[path = "../tests/oracle/mod.rs"]
mod oracle;
#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn corpus_dump(name: &str) -> String {
    support::read(&support::corpus_dir().join(name))
}

fn musicbrainz(c: &mut Criterion) {
    let src = corpus_dump("musicbrainz.sql");
    let blanked = oracle::psql_lines_blanked(&src);
    let parsed = pgcarve_core::parse(&src);
    let (modeled, ignored, unsupported) = parsed.outcome_counts();
    eprintln!(
        "musicbrainz.sql: {} bytes, {} statements: {modeled} modeled, {ignored} ignored, {unsupported} unsupported; {} tables modeled",
        src.len(),
        parsed.statements.len(),
        parsed.model.tables.len()
    );
    let mut group = c.benchmark_group("musicbrainz");
    group.throughput(Throughput::Bytes(src.len() as u64));
    group.bench_function("pgcarve split+parse+model", |b| b.iter(|| pgcarve_core::parse(black_box(&src))));
    group.bench_function("libpg_query pg_query::parse", |b| {
        b.iter(|| pg_query::parse(black_box(&blanked), 0).expect("libpg_query parses musicbrainz.sql"))
    });
    group.bench_function("pgcarve split", |b| b.iter(|| pgcarve_core::parse::split(black_box(&src))));
    group.finish();
}

/// `copies` copies of musicbrainz_flat.sql (everything in `public`), copy `i` in schema
/// `copy_i`; 44 copies are 51 MB.
fn copies(one: &str, copies: usize) -> String {
    (0..copies).map(|i| format!("CREATE SCHEMA copy_{i};\n{}", one.replace("public.", &format!("copy_{i}.")))).collect()
}

/// Throughput at 1, 4, 16 and 44 copies (1.2 to 51 MB): linear time keeps MB/s flat.
fn fifty_megabytes(c: &mut Criterion) {
    let one = corpus_dump("musicbrainz_flat.sql");
    let mut group = c.benchmark_group("copies");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for n in [1, 4, 16, 44] {
        let src = copies(&one, n);
        group.throughput(Throughput::Bytes(src.len() as u64));
        group.measurement_time(Duration::from_secs(if n == 44 { 30 } else { 10 }));
        group.bench_with_input(BenchmarkId::new("pgcarve split+parse+model", n), &src, |b, src| {
            b.iter(|| pgcarve_core::parse(black_box(src)))
        });
        if n == 44 {
            group.bench_with_input(BenchmarkId::new("pgcarve split", n), &src, |b, src| {
                b.iter(|| pgcarve_core::parse::split(black_box(src)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, musicbrainz, fifty_megabytes);
criterion_main!(benches);
