//! Recognises a statement's form from its leading keywords. This is the coarse view the
//! inventory needs; the full model is built from the parsed statement.

use super::lexer::{Lexer, TokenKind};

/// The forms the inventory counts. Everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementForm {
    /// `CREATE [UNLOGGED|TEMP] TABLE` with columns, `PARTITION OF` or `OF type`
    /// (not `CREATE TABLE … AS`, which PostgreSQL treats as a different statement).
    CreateTable,
    CreateView,
    CreateMaterializedView,
    CreateFunction,
    Other,
}

/// The form of one statement's text.
pub fn classify(statement: &str) -> StatementForm {
    let mut words = Lexer::new(statement)
        .filter(|t| !t.kind.is_trivia())
        .map(|t| (t.kind, t.text(statement)));
    let mut next_word = || words.next().map(|(kind, text)| (kind, text.to_ascii_uppercase()));

    if next_word().map(|w| w.1).as_deref() != Some("CREATE") {
        return StatementForm::Other;
    }
    let mut word = next_word();
    if word.as_ref().is_some_and(|w| w.1 == "OR") {
        next_word(); // REPLACE
        word = next_word();
    }
    while word.as_ref().is_some_and(|w| {
        matches!(w.1.as_str(), "GLOBAL" | "LOCAL" | "TEMP" | "TEMPORARY" | "UNLOGGED" | "RECURSIVE")
    }) {
        word = next_word();
    }
    match word.map(|w| w.1).as_deref() {
        Some("VIEW") => StatementForm::CreateView,
        Some("MATERIALIZED") => StatementForm::CreateMaterializedView,
        Some("FUNCTION" | "PROCEDURE") => StatementForm::CreateFunction,
        Some("TABLE") => {
            // Skip IF NOT EXISTS and the (possibly qualified) name, then look at what follows.
            if next_word().is_some_and(|w| w.0 == TokenKind::Word && w.1 == "IF") {
                next_word(); // NOT
                next_word(); // EXISTS
                next_word(); // the name
            }
            let mut after = next_word();
            while after.as_ref().is_some_and(|w| w.1 == ".") {
                next_word();
                after = next_word();
            }
            match after {
                Some((TokenKind::Word, w)) if w == "AS" => StatementForm::Other,
                Some(_) => StatementForm::CreateTable,
                None => StatementForm::Other,
            }
        }
        _ => StatementForm::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_tables_and_not_table_as() {
        for (sql, form) in [
            ("CREATE TABLE public.t (a int);", StatementForm::CreateTable),
            ("create unlogged table \"My T\" (a int);", StatementForm::CreateTable),
            ("CREATE TABLE IF NOT EXISTS s.t (a int);", StatementForm::CreateTable),
            ("CREATE TABLE p_2022 PARTITION OF p FOR VALUES FROM (1) TO (2);", StatementForm::CreateTable),
            ("CREATE TABLE t OF some_type;", StatementForm::CreateTable),
            ("CREATE TABLE t AS SELECT 1;", StatementForm::Other),
            ("CREATE OR REPLACE VIEW v AS SELECT 1;", StatementForm::CreateView),
            ("CREATE MATERIALIZED VIEW m AS SELECT 1 WITH NO DATA;", StatementForm::CreateMaterializedView),
            ("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;", StatementForm::CreateFunction),
            ("CREATE FOREIGN TABLE f (a int) SERVER s;", StatementForm::Other),
            ("ALTER TABLE t ADD COLUMN a int;", StatementForm::Other),
            ("-- CREATE TABLE x (a int)\nSELECT 1;", StatementForm::Other),
        ] {
            assert_eq!(classify(sql), form, "{sql}");
        }
    }
}
