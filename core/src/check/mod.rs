//! Checks of a plan: what a move would leak or break, found before any SQL runs.
//!
//! One file per check, named after the pattern it flags; each file's doc comment has the
//! headings What it finds / Why it matters / Example / Fix (`docs/checks.md` is generated
//! from them). Checks read the model and the plan through [`Context`] and never change
//! them; each returns [`Finding`]s. The checks are listed in `security.rs` (RLS, grants,
//! SECURITY DEFINER) and `structure.rs` (foreign keys, names, functions, partitions).

mod context;
mod finding;
mod security;
mod structure;
mod text;
#[cfg(test)]
mod testing;

pub use context::Context;
pub use finding::{Finding, Fix, Severity};

use crate::model::Model;
use crate::plan::Plan;

/// A check: its kebab-case name, the doc comment `docs/checks.md` shows, and its run.
pub struct Check {
    pub name: &'static str,
    pub severity: Severity,
    /// The check's source file (`include_str!`); [`doc_of`] reads its doc comment (What it
    /// finds / Why it matters / Example / Fix).
    pub doc: &'static str,
    pub run: fn(&Context) -> Vec<Finding>,
}

/// Every check, security checks first, each group in the order its file lists them.
pub fn all() -> Vec<&'static Check> {
    security::CHECKS.iter().chain(structure::CHECKS.iter()).copied().collect()
}

/// The leading `//!` doc comment of a check's source file, as markdown.
pub fn doc_of(source: &str) -> String {
    let mut doc = String::new();
    for line in source.lines().take_while(|l| l.starts_with("//!")) {
        let text = line.trim_start_matches("//!");
        doc.push_str(text.strip_prefix(' ').unwrap_or(text));
        doc.push('\n');
    }
    doc
}

/// Runs every check on `model` moved by `plan`; findings sorted by severity (errors
/// first), then check name, subject and line.
pub fn check(model: &Model, plan: &Plan) -> Vec<Finding> {
    let context = Context::new(model, plan);
    let mut findings: Vec<Finding> = all().iter().flat_map(|c| (c.run)(&context)).collect();
    findings.sort_by(|a, b| {
        (a.severity, a.check, &a.subject, a.line).cmp(&(b.severity, b.check, &b.subject, b.line))
    });
    findings
}
