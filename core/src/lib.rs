//! pgcarve's core: everything that understands a schema, with no IO, so the same code
//! runs natively (CLI, tests, benchmarks) and in the browser (wasm32).
//!
//! It reads a dump into the [`model::Model`] ([`parse`]) and reports on it ([`inspect`]),
//! builds the relation [`graph`], proposes domains ([`plan`]), checks the plan ([`check`])
//! and generates the migration bundle ([`generate`]).

pub mod check;
pub mod diagnostic;
pub mod generate;
pub mod graph;
pub mod inspect;
pub mod model;
pub mod plan;
pub mod parse;

pub use diagnostic::{Diagnostic, Severity};
pub use parse::{parse, parse_bytes, parse_bytes_observed, parse_observed, Outcome, Parsed};
