//! The `inspect` report: a flat, documented view of the model for people and scripts
//! (`pgcarve inspect --json`, documented in docs/json.md). Tables are named
//! `"schema.name"` with raw identifiers and no quotes.

use crate::diagnostic::Diagnostic;
use crate::model::{Identity, PolicyCommand, QualifiedName};
use crate::parse::Parsed;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Report {
    pub tables: Vec<TableReport>,
    pub foreign_keys: Vec<ForeignKeyReport>,
    pub policies: Vec<PolicyReport>,
    pub views: Vec<ViewReport>,
    pub functions: Vec<FunctionReport>,
    pub triggers: Vec<TriggerReport>,
    pub sequences: Vec<SequenceReport>,
    pub statements: StatementCounts,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Serialize)]
pub struct TableReport {
    pub schema: String,
    pub name: String,
    pub columns: Vec<ColumnReport>,
    pub primary_key: Option<Vec<String>>,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    pub partition_of: Option<String>,
    pub line: u32,
}

#[derive(Debug, Serialize)]
pub struct ColumnReport {
    pub name: String,
    #[serde(rename = "type")]
    pub data_type: String,
    pub nullable: bool,
    pub default: Option<String>,
    pub identity: Option<Identity>,
}

#[derive(Debug, Serialize)]
pub struct ForeignKeyReport {
    pub name: Option<String>,
    pub table: String,
    pub columns: Vec<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub line: u32,
}

#[derive(Debug, Serialize)]
pub struct PolicyReport {
    pub table: String,
    pub name: String,
    pub command: PolicyCommand,
    pub permissive: bool,
    pub roles: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ViewReport {
    pub name: String,
    pub materialized: bool,
    pub reads: Vec<String>,
    pub security_invoker: bool,
}

#[derive(Debug, Serialize)]
pub struct FunctionReport {
    pub name: String,
    pub arguments: String,
    pub language: String,
    pub security_definer: bool,
    pub search_path: Option<String>,
    /// Relations the body mentions, as written (`schema.name` or bare `name`).
    pub mentions: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TriggerReport {
    pub name: String,
    pub table: String,
    pub function: String,
}

#[derive(Debug, Serialize)]
pub struct SequenceReport {
    pub name: String,
    pub owned_by: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StatementCounts {
    pub total: usize,
    pub modeled: usize,
    pub ignored: usize,
    pub unsupported: usize,
}

fn qualified(name: &QualifiedName) -> String {
    name.to_string()
}

impl Report {
    pub fn new(parsed: &Parsed) -> Report {
        let model = &parsed.model;
        let (modeled, ignored, unsupported) = parsed.outcome_counts();
        Report {
            tables: model
                .tables
                .iter()
                .map(|t| TableReport {
                    schema: t.name.schema.clone(),
                    name: t.name.name.clone(),
                    columns: t
                        .columns
                        .iter()
                        .map(|c| ColumnReport {
                            name: c.name.clone(),
                            data_type: c.data_type.clone(),
                            nullable: c.nullable,
                            default: c.default.clone(),
                            identity: c.identity,
                        })
                        .collect(),
                    primary_key: t.primary_key.as_ref().map(|pk| pk.columns.clone()),
                    rls_enabled: t.rls_enabled,
                    rls_forced: t.rls_forced,
                    partition_of: t.partition_of.as_ref().map(qualified),
                    line: t.location.line,
                })
                .collect(),
            foreign_keys: model
                .foreign_keys
                .iter()
                .map(|fk| ForeignKeyReport {
                    name: fk.name.clone(),
                    table: qualified(&fk.table),
                    columns: fk.columns.clone(),
                    ref_table: qualified(&fk.ref_table),
                    ref_columns: fk.ref_columns.clone(),
                    line: fk.location.line,
                })
                .collect(),
            policies: model
                .policies
                .iter()
                .map(|p| PolicyReport {
                    table: qualified(&p.table),
                    name: p.name.clone(),
                    command: p.command,
                    permissive: p.permissive,
                    roles: p.roles.clone(),
                })
                .collect(),
            views: model
                .views
                .iter()
                .map(|v| ViewReport {
                    name: qualified(&v.name),
                    materialized: v.materialized,
                    reads: v.reads.iter().map(qualified).collect(),
                    security_invoker: v.security_invoker,
                })
                .collect(),
            functions: model
                .functions
                .iter()
                .map(|f| FunctionReport {
                    name: qualified(&f.name),
                    arguments: f.arguments.clone(),
                    language: f.language.clone(),
                    security_definer: f.security_definer,
                    search_path: f.search_path.clone(),
                    mentions: f
                        .mentions
                        .iter()
                        .map(|m| match &m.schema {
                            Some(schema) => format!("{schema}.{}", m.name),
                            None => m.name.clone(),
                        })
                        .collect(),
                })
                .collect(),
            triggers: model
                .triggers
                .iter()
                .map(|t| TriggerReport { name: t.name.clone(), table: qualified(&t.table), function: qualified(&t.function) })
                .collect(),
            sequences: model
                .sequences
                .iter()
                .map(|s| SequenceReport {
                    name: qualified(&s.name),
                    owned_by: s.owned_by.as_ref().map(|(table, column)| format!("{table}.{column}")),
                })
                .collect(),
            statements: StatementCounts { total: parsed.statements.len(), modeled, ignored, unsupported },
            diagnostics: parsed.diagnostics.clone(),
        }
    }
}
