//! The facts the oracle and catalog tests compare, as plain strings — tables as
//! `schema.name` with raw identifiers — what pgcarve's model says, and readable diffs.
//! Shared by `oracle_pg_query.rs` and `catalog_pg.rs` (included there by path).

use pgcarve_core::model::{Model, PolicyCommand};

#[derive(Debug, Default)]
pub struct Facts {
    /// `schema.name` of every table (partitions and partitioned tables included).
    pub tables: Vec<String>,
    /// `schema.name: N columns` (the columns the statement writes).
    pub columns: Vec<String>,
    /// `schema.table(a,b) -> schema.ref(x,y)`.
    pub foreign_keys: Vec<String>,
    /// `schema.child partition of schema.parent` and `schema.parent is partitioned`.
    pub partitions: Vec<String>,
    /// `schema.table: rls enabled` / `schema.table: rls forced`.
    pub rls: Vec<String>,
    /// `schema.table: name (command)`.
    pub policies: Vec<String>,
}

/// What pgcarve's model says.
pub fn from_model(model: &Model) -> Facts {
    let mut facts = Facts::default();
    for table in &model.tables {
        let name = table.name.to_string();
        facts.tables.push(name.clone());
        facts.columns.push(format!("{name}: {} columns", table.columns.len()));
        if let Some(parent) = &table.partition_of {
            facts.partitions.push(format!("{name} partition of {parent}"));
        }
        if table.partition_by.is_some() {
            facts.partitions.push(format!("{name} is partitioned"));
        }
        if table.rls_enabled {
            facts.rls.push(format!("{name}: rls enabled"));
        }
        if table.rls_forced {
            facts.rls.push(format!("{name}: rls forced"));
        }
    }
    for fk in &model.foreign_keys {
        facts.foreign_keys.push(format!(
            "{}({}) -> {}({})",
            fk.table,
            fk.columns.join(","),
            fk.ref_table,
            fk.ref_columns.join(",")
        ));
    }
    for policy in &model.policies {
        let command = match policy.command {
            PolicyCommand::All => "all",
            PolicyCommand::Select => "select",
            PolicyCommand::Insert => "insert",
            PolicyCommand::Update => "update",
            PolicyCommand::Delete => "delete",
        };
        facts.policies.push(format!("{}: {} ({command})", policy.table, policy.name));
    }
    facts
}

/// The difference of two multisets of strings: `- x` only in `oracle`, `+ x` only in
/// `ours`, sorted by the string (so by whatever the strings start with).
pub fn diff(oracle: &[String], ours: &[String]) -> Vec<String> {
    let (mut oracle, mut ours) = (oracle.to_vec(), ours.to_vec());
    oracle.sort();
    ours.sort();
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < oracle.len() || j < ours.len() {
        match (oracle.get(i), ours.get(j)) {
            (Some(a), Some(b)) if a == b => {
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a < b => {
                out.push(format!("- {a}"));
                i += 1;
            }
            (Some(a), None) => {
                out.push(format!("- {a}"));
                i += 1;
            }
            (_, Some(b)) => {
                out.push(format!("+ {b}"));
                j += 1;
            }
            (None, None) => unreachable!(),
        }
    }
    out
}

/// One file's diff for an assertion message: a header and the first 30 differences.
pub fn report(file: &str, what: &str, diff: &[String]) -> String {
    let mut out = format!(
        "{file}: {} {what} differ (- only libpg_query says so, + only pgcarve says so):",
        diff.len()
    );
    for line in diff.iter().take(30) {
        out.push_str("\n    ");
        out.push_str(line);
    }
    if diff.len() > 30 {
        out.push_str(&format!("\n    … and {} more", diff.len() - 30));
    }
    out
}
