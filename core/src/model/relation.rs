//! Tables and what hangs off them: columns, constraints, foreign keys, indexes, sequences.

use super::{Location, QualifiedName};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Table {
    pub name: QualifiedName,
    pub location: Location,
    pub columns: Vec<Column>,
    pub primary_key: Option<KeyConstraint>,
    pub unique_constraints: Vec<KeyConstraint>,
    pub check_constraints: Vec<CheckConstraint>,
    /// `PARTITION BY …` of a partitioned table, as written (e.g. `RANGE (occurred_at)`).
    pub partition_by: Option<String>,
    /// The parent of a partition (from `PARTITION OF` or `ATTACH PARTITION`).
    pub partition_of: Option<QualifiedName>,
    /// The partition bound, as written (e.g. `FOR VALUES FROM ('2025-01-01') TO ('2025-02-01')`).
    pub partition_bound: Option<String>,
    /// `CREATE TABLE … OF type`.
    pub of_type: Option<QualifiedName>,
    pub inherits: Vec<QualifiedName>,
    pub unlogged: bool,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    pub owner: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Column {
    pub name: String,
    /// The type as written in the dump (e.g. `character varying(30)`, `public.mood`).
    pub data_type: String,
    pub nullable: bool,
    pub default: Option<String>,
    pub identity: Option<Identity>,
    /// `GENERATED ALWAYS AS (expr) STORED`: the expression.
    pub generated: Option<String>,
    pub collation: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Identity {
    Always,
    ByDefault,
}

/// A primary key or unique constraint.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KeyConstraint {
    pub name: Option<String>,
    pub columns: Vec<String>,
    /// `UNIQUE NULLS NOT DISTINCT` and similar details are kept in `definition`.
    pub definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CheckConstraint {
    pub name: Option<String>,
    pub expression: String,
    pub not_valid: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferentialAction {
    #[default]
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ForeignKey {
    pub name: Option<String>,
    pub table: QualifiedName,
    pub columns: Vec<String>,
    pub ref_table: QualifiedName,
    /// Empty when the statement omits them (then the referenced primary key is meant).
    pub ref_columns: Vec<String>,
    pub on_delete: ReferentialAction,
    pub on_update: ReferentialAction,
    pub deferrable: bool,
    pub initially_deferred: bool,
    pub not_valid: bool,
    pub location: Location,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Index {
    pub name: QualifiedName,
    pub table: QualifiedName,
    /// `btree`, `gin`, `brin`, … (`btree` when not written).
    pub method: String,
    /// Each key as written: a column name or an expression.
    pub keys: Vec<String>,
    pub unique: bool,
    /// The `WHERE` predicate of a partial index.
    pub predicate: Option<String>,
    /// `CREATE INDEX … ON ONLY parent` (an index of a partitioned table).
    pub only: bool,
    /// The parent index this one is attached to (`ALTER INDEX parent ATTACH PARTITION this`).
    pub attached_to: Option<QualifiedName>,
    pub location: Location,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Sequence {
    pub name: QualifiedName,
    /// `AS integer`, when written.
    pub data_type: Option<String>,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualifiedName, String)>,
    /// Columns whose default is `nextval('this sequence')`.
    pub used_by: Vec<(QualifiedName, String)>,
    /// An identity column's implicit sequence (`ALTER TABLE … ADD GENERATED … AS IDENTITY`).
    pub identity_of: Option<(QualifiedName, String)>,
    pub owner: Option<String>,
    pub location: Location,
}
