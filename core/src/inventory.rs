//! A quick inventory of a dump: how many statements, tables, views and functions it has,
//! and what could not be read. The first slice through every layer (core → CLI → app).

use crate::diagnostic::{Diagnostic, Severity};
use crate::parse::{classify, split, PieceKind, StatementForm};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Inventory {
    pub statements: usize,
    pub meta_commands: usize,
    pub tables: usize,
    pub views: usize,
    pub materialized_views: usize,
    pub functions: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Count what `src` (the text of `pg_dump --schema-only`) defines.
pub fn inventory(src: &str) -> Inventory {
    let split = split(src);
    let mut inventory = Inventory { diagnostics: split.diagnostics, ..Inventory::default() };
    // pg_dump writes a placeholder `CREATE VIEW` and later `CREATE OR REPLACE VIEW` for
    // views in a dependency loop: count each view once.
    let mut views = BTreeSet::new();
    for piece in &split.pieces {
        match piece.kind {
            PieceKind::MetaCommand => inventory.meta_commands += 1,
            PieceKind::CopyData => {}
            PieceKind::Statement => {
                inventory.statements += 1;
                let classified = classify(piece.text(src));
                match classified.form {
                    StatementForm::CreateTable => inventory.tables += 1,
                    StatementForm::CreateView => {
                        views.insert(classified.name);
                    }
                    StatementForm::CreateMaterializedView => inventory.materialized_views += 1,
                    StatementForm::CreateFunction => inventory.functions += 1,
                    StatementForm::Other => {}
                }
            }
        }
    }
    inventory.views = views.len();
    if inventory.statements == 0 && inventory.diagnostics.is_empty() {
        inventory.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            line: 1,
            column: 1,
            message: "the input has no SQL statements. Paste the output of \
                      `pg_dump --schema-only` or pick a .sql file."
                .into(),
        });
    }
    inventory
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_tables_views_and_functions() {
        let src = "\\restrict k\nCREATE TABLE a (x int);\nCREATE TABLE b (y int);\n\
                   CREATE VIEW public.v AS SELECT * FROM a;\nCREATE OR REPLACE VIEW public.V AS SELECT 1;\nCREATE VIEW public.\"V\" AS SELECT 2;\n\
                   CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n";
        let inventory = inventory(src);
        assert_eq!(
            (inventory.statements, inventory.meta_commands, inventory.tables, inventory.views, inventory.functions),
            (6, 1, 2, 2, 1)
        );
        assert!(inventory.diagnostics.is_empty());
    }

    #[test]
    fn empty_input_says_what_to_do() {
        for src in ["", "  \n-- only a comment\n"] {
            let inventory = inventory(src);
            assert_eq!(inventory.tables, 0);
            assert!(inventory.diagnostics[0].message.contains("pg_dump --schema-only"));
        }
    }
}
