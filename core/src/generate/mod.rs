//! The migration bundle: numbered forward files, `verify.sql`, `rollback.sql`,
//! `README.md` and `plan.json`, generated from a model, a plan and the checks' findings.
//! Pure: [`generate`] returns a [`Bundle`] in memory (the CLI writes it, the app offers it).
//!
//! - `migration.rs`: what moves where, in which order, and which fixes apply where;
//! - `fixes.rs`: the checks' fixes taken (unless switched off), the tenant function;
//!   `rewrite.rs`: function bodies that name moved objects with their old schema;
//! - `order.rs`: domain order (the domain graph's topological order) and table order;
//! - `preflight.rs`, `roles_and_schemas.rs`, `domain.rs`, `verify.rs`, `rollback.rs`,
//!   `readme.rs`: one file kind each; `state.rs`: the `pgcarve` state schema they share;
//! - `quote.rs` (+ `keywords.rs`): every identifier and literal written; `signature.rs`:
//!   argument lists for `ALTER FUNCTION`; `setting.rs`: dump text written back (search_path,
//!   type names, the tenant function call), rebuilt from its tokens; `sql.rs`: headers and session settings;
//! - `bundle.rs`: [`Bundle`]; `zip.rs`: the bundle as a `.zip` archive.

mod bundle;
mod domain;
mod fixes;
mod keywords;
mod migration;
mod order;
mod preflight;
pub mod quote;
mod readme;
mod rewrite;
mod roles_and_schemas;
mod rollback;
mod setting;
mod signature;
mod sql;
mod state;
mod verify;
pub mod zip;

pub use bundle::{Bundle, BundleFile};
pub use migration::{READ_ROLE, STATE_SCHEMA, TENANT_SETTING, WRITE_ROLE};

use crate::check::Finding;
use crate::model::Model;
use crate::plan::Plan;

/// The bundle that carries out `plan` on the database `model` was dumped from, applying
/// the fixes of `findings` that `plan.options.fixes` leaves on (the others are listed in
/// the README). Deterministic.
pub fn generate(model: &Model, plan: &Plan, findings: &[Finding]) -> Bundle {
    let m = migration::Migration::new(model, plan, findings);
    let mut files = vec![
        forward(migration::PREFLIGHT, preflight::render(&m)),
        forward(migration::ROLES_AND_SCHEMAS, roles_and_schemas::render(&m)),
    ];
    for (at, step) in m.steps.iter().enumerate() {
        files.push(forward(&step.file, domain::render(&m, at)));
    }
    files.push(other("verify.sql", verify::render(&m)));
    files.push(other("rollback.sql", rollback::render(&m)));
    files.push(other("README.md", readme::render(&m)));
    files.push(other("plan.json", crate::plan::write_plan(plan)));
    let left_errors = m.remaining.iter().filter(|f| f.severity == crate::check::Severity::Error).count();
    let applied: std::collections::HashSet<*const Finding> = m.applied.iter().map(|f| *f as *const Finding).collect();
    let fixed = findings.iter().enumerate().filter(|(_, f)| applied.contains(&(*f as *const Finding))).map(|(i, _)| i).collect();
    Bundle { files, fixed, left: m.remaining.len(), left_errors }
}

/// [`generate`] with the findings of [`crate::check::check`].
pub fn generate_checked(model: &Model, plan: &Plan) -> Bundle {
    let findings = crate::check::check(model, plan);
    generate(model, plan, &findings)
}

fn forward(name: &str, content: String) -> BundleFile {
    BundleFile { name: name.to_string(), content, forward: true }
}

fn other(name: &str, content: String) -> BundleFile {
    BundleFile { name: name.to_string(), content, forward: false }
}
