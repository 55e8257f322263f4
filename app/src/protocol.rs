//! The messages between the page and the planner worker, and the view data they carry.
//! The page never sees the core's model: it gets a [`SchemaView`] once per import (before
//! the proposal, so the cards are drawn while the worker proposes), a [`PlanView`] per
//! change of the plan and then that plan's [`BundleView`] (findings, migration bundle,
//! plan file: the slow part, which the diagram does not wait for), as JSON over
//! `postMessage`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A table key: `schema.name` of the *original* name, raw identifiers (the form of the
/// `table-<schema>.<name>` test hooks and of pins).
pub type TableKey = String;

/// What the page asks the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Parse `sql`, propose, lay `edits` over the proposal, check and generate.
    Load { sql: String, edits: Edits },
    /// A file that is not UTF-8 text: read as [`Request::Load`] reads text, it gives the
    /// diagnostic that says what the file is and what to do with it.
    LoadBytes { bytes: Vec<u8> },
    /// The same schema with other edits (a drag, an undo, a rename): incremental.
    Edit { edits: Edits },
    /// Run the proposal again, letting it follow the pins (satellites join pinned tables).
    Repropose { edits: Edits },
    /// Read a plan file (JSON) against the loaded schema: it becomes the pins.
    OpenPlan { json: String },
}

/// What the user changed over the proposal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edits {
    /// Table → domain the user placed it in.
    pub pins: BTreeMap<TableKey, String>,
    /// Domain renames (old → new); two old names to one new name merge them.
    pub renames: BTreeMap<String, String>,
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker is listening (requests sent before are queued by the page until then).
    Ready,
    /// A step of a long job: `stage` in words, `percent` 0..=100.
    Progress { stage: String, percent: u8 },
    /// A new schema (after `Load`).
    Schema(SchemaView),
    /// The plan after any request.
    Plan(PlanView),
    /// What follows from the last plan sent (checks, bundle, plan file); skipped when a
    /// newer request came first.
    Bundle(BundleView),
    /// `OpenPlan` read a plan: these are its edits (the page adopts them).
    Opened { edits: Edits },
    /// A request could not be done at all (the message says what to do).
    Failed { message: String },
}

/// The schema as the diagram draws it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SchemaView {
    pub tables: Vec<TableView>,
    /// Foreign keys between tables of the dump (indexes into `tables`).
    pub edges: Vec<EdgeView>,
    pub counts: Counts,
    /// The parser's located messages (`line:column: severity: message`).
    pub diagnostics: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableView {
    pub key: TableKey,
    pub schema: String,
    pub name: String,
    pub columns: Vec<ColumnView>,
    pub rls: bool,
    /// The partitioned table this one is a partition of.
    pub partition_of: Option<TableKey>,
    /// Where its `CREATE TABLE` is in the dump (1-based).
    pub line: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnView {
    pub name: String,
    pub data_type: String,
    pub primary_key: bool,
    pub foreign_key: bool,
    pub nullable: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeView {
    pub from: usize,
    pub to: usize,
}

/// The numbers of the import summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub tables: usize,
    pub foreign_keys: usize,
    pub views: usize,
    pub functions: usize,
    pub policies: usize,
    pub rls_tables: usize,
    pub statements: usize,
    pub unsupported: usize,
}

/// A plan: where every table goes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    /// Numbers the worker's plans (a [`BundleView`] names the plan it belongs to).
    pub id: u64,
    /// One per table of the schema, same order as `SchemaView::tables`.
    pub assignments: Vec<AssignmentView>,
    /// Domains in dependency order (referenced domains first).
    pub domain_order: Vec<String>,
    /// Groups of domains that depend on each other through foreign keys.
    pub cycles: Vec<Vec<String>>,
}

/// What follows from plan `plan`: the checks' findings, the migration bundle and the
/// plan file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BundleView {
    /// The [`PlanView::id`] of the plan.
    pub plan: u64,
    pub findings: Vec<FindingView>,
    /// The migration bundle: (file name, SQL or text), in apply order.
    pub files: Vec<(String, String)>,
    /// The plan file (JSON, version 1) of this plan.
    pub plan_json: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssignmentView {
    pub domain: String,
    pub reason: String,
    pub confidence: f64,
    pub pinned: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FindingView {
    pub check: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// `schema.name` of the original object.
    pub subject: String,
    pub message: String,
    pub help: String,
    pub line: Option<u32>,
    /// The bundle resolves it (applies its fix or rewrites the function).
    pub fixed: bool,
}
