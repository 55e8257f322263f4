//! Shared helpers for core's integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The project root (the workspace directory).
pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `../shared/corpus`, the genuine pg_dump files tests read. Under `CI=true` a missing
/// corpus fails the test; elsewhere it also fails, with the way to get it.
pub fn corpus_dir() -> PathBuf {
    let dir = project_root().join("../shared/corpus");
    assert!(
        dir.join("SOURCES.md").exists(),
        "the shared corpus is missing at {}: check out the steering repo's shared/ folder beside \
         this project (so that ../shared/corpus exists){}",
        dir.display(),
        if std::env::var("CI").as_deref() == Ok("true") { " — CI requires it" } else { "" }
    );
    dir
}

pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}
