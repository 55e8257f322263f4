//! Everything that is not a table: schemas, types, views, functions, triggers, policies,
//! privileges, comments, extensions.

use super::{Location, QualifiedName};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Schema {
    pub name: String,
    pub owner: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extension {
    pub name: String,
    pub schema: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    Enum { labels: Vec<String> },
    /// `CREATE DOMAIN name AS base …`.
    Domain { base: String, not_null: bool, checks: Vec<String> },
    Composite { attributes: Vec<(String, String)> },
    Range { subtype: String },
    /// Base types, shell types and anything else created with `CREATE TYPE`.
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeDef {
    pub name: QualifiedName,
    pub kind: TypeKind,
    /// Table columns whose type is this one: (table, column).
    pub used_by: Vec<(QualifiedName, String)>,
    pub owner: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct View {
    pub name: QualifiedName,
    pub materialized: bool,
    /// The query, as written.
    pub query: String,
    /// Relations the query reads (qualified as written; unqualified ones resolved to
    /// the schema of a known relation of that name, else `public`).
    pub reads: Vec<QualifiedName>,
    /// `WITH (security_invoker = true)`.
    pub security_invoker: bool,
    /// `WITH (security_barrier = true)`.
    pub security_barrier: bool,
    /// `WITH CHECK OPTION` (local or cascaded), when present.
    pub check_option: Option<String>,
    pub columns: Vec<String>,
    pub owner: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Volatility {
    Immutable,
    Stable,
    #[default]
    Volatile,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Function {
    pub name: QualifiedName,
    /// Argument list as written, e.g. `p_org uuid, p_limit integer DEFAULT 10`.
    pub arguments: String,
    /// `RETURNS …` as written; `None` for procedures.
    pub returns: Option<String>,
    pub procedure: bool,
    pub language: String,
    pub volatility: Volatility,
    pub security_definer: bool,
    /// `SET search_path = …` (or `TO`), as written.
    pub search_path: Option<String>,
    pub body: String,
    /// Relations the body mentions: `(schema as written or None, name)`.
    pub mentions: Vec<Mention>,
    pub owner: Option<String>,
    pub location: Location,
}

/// A relation name found in a function body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// `None` when the body does not qualify it (it then depends on `search_path`).
    pub schema: Option<String>,
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Trigger {
    pub name: String,
    pub table: QualifiedName,
    /// `BEFORE`, `AFTER` or `INSTEAD OF`.
    pub timing: String,
    /// `INSERT`, `UPDATE`, `DELETE`, `TRUNCATE` (with `OF columns` kept for UPDATE).
    pub events: Vec<String>,
    pub for_each_row: bool,
    pub when: Option<String>,
    pub function: QualifiedName,
    pub arguments: Vec<String>,
    pub constraint: bool,
    pub location: Location,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PolicyCommand {
    #[default]
    All,
    Select,
    Insert,
    Update,
    Delete,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Policy {
    pub name: String,
    pub table: QualifiedName,
    pub command: PolicyCommand,
    /// `false` for `AS RESTRICTIVE`.
    pub permissive: bool,
    /// Roles, `public` when none are written.
    pub roles: Vec<String>,
    pub using: Option<String>,
    pub with_check: Option<String>,
    pub location: Location,
}

/// The kind of object a privilege is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    Table,
    Sequence,
    Function,
    Schema,
    Type,
    Database,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grant {
    /// `false` for `REVOKE`.
    pub grant: bool,
    /// `SELECT`, `INSERT`, …, `ALL`; column lists kept, e.g. `UPDATE(name)`.
    pub privileges: Vec<String>,
    pub object_kind: ObjectKind,
    /// The object as written (qualified name, or a function signature).
    pub object: String,
    pub grantees: Vec<String>,
    pub with_grant_option: bool,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DefaultPrivilege {
    /// `FOR ROLE …`, when written.
    pub for_role: Option<String>,
    /// `IN SCHEMA …`, when written.
    pub in_schema: Option<String>,
    pub grant: bool,
    pub privileges: Vec<String>,
    /// `TABLES`, `SEQUENCES`, `FUNCTIONS`, `TYPES`, `SCHEMAS`.
    pub object_kind: String,
    pub grantees: Vec<String>,
    /// `WITH GRANT OPTION`, or `REVOKE GRANT OPTION FOR` (only the option is revoked).
    pub with_grant_option: bool,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    /// `TABLE`, `COLUMN`, `FUNCTION`, … as written.
    pub object_kind: String,
    /// The object as written, without the kind.
    pub object: String,
    pub text: Option<String>,
    pub location: Location,
}
