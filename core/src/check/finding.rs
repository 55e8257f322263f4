//! [`Finding`]: one thing a check flags, with where it is and what to do.

use crate::model::QualifiedName;
use serde::Serialize;

/// How bad a finding is. Ordered: errors first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// One finding of one check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The check's kebab-case name (`view-bypasses-rls`).
    pub check: &'static str,
    pub severity: Severity,
    /// What it is about: the object's *original* qualified name (raw identifiers), before
    /// the move.
    pub subject: QualifiedName,
    pub message: String,
    /// What to do about it.
    pub help: String,
    /// Where the subject is defined in the dump (1-based), when known.
    pub line: Option<u32>,
    /// A machine-readable change that resolves it (see [`Fix`] for which the generator makes).
    pub fix: Option<Fix>,
}

/// A machine-applicable fix. The generator applies the first three (each can be switched
/// off in the plan's options); `CreateIndex` is advice it does not apply: building an index
/// inside the migration's transaction would block writes for the whole build, so it is
/// left to `CREATE INDEX CONCURRENTLY` outside the migration. Names are original
/// qualified names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fix {
    /// `ALTER FUNCTION f(arguments) SET search_path = <schemas>`.
    PinSearchPath { function: QualifiedName, arguments: String, search_path: Vec<String> },
    /// `ALTER VIEW v SET (security_invoker = true)`.
    SecurityInvoker { view: QualifiedName },
    /// Enable RLS on `table` and add a tenant-isolation policy comparing `column` with the
    /// tenant function (an existing one the dump's policies use, else `public.current_org_id()`).
    TenantIsolation { table: QualifiedName, column: String, tenant_function: Option<String> },
    /// `CREATE INDEX ON table (columns)` (in the table's target schema).
    CreateIndex { table: QualifiedName, columns: Vec<String> },
}
