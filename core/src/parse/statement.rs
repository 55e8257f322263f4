//! Recognises a statement's form, and the name it creates, from its leading tokens. This
//! is the coarse view the inventory needs; the full model is built from the parsed statement.

use super::tokens::Tokens;

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

/// A statement's form and the (normalised, possibly qualified) name it creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    pub form: StatementForm,
    /// Unquoted parts folded to lower case, quoted parts kept as written (without quotes),
    /// joined by `.`. Empty for `Other`.
    pub name: String,
}

/// The form of one statement's text.
pub fn classify(statement: &str) -> Classified {
    let mut tokens = Tokens::new(statement);
    let other = Classified { form: StatementForm::Other, name: String::new() };
    if !tokens.next_is("CREATE") {
        return other;
    }
    if tokens.peek_is("OR") {
        tokens.next(); // OR
        tokens.next(); // REPLACE
    }
    while ["GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "RECURSIVE"].iter().any(|w| tokens.peek_is(w)) {
        tokens.next();
    }
    let form = match tokens.next_upper().as_deref() {
        Some("VIEW") => StatementForm::CreateView,
        Some("MATERIALIZED") if tokens.next_is("VIEW") => StatementForm::CreateMaterializedView,
        Some("FUNCTION" | "PROCEDURE") => StatementForm::CreateFunction,
        Some("TABLE") => StatementForm::CreateTable,
        _ => return other,
    };
    if tokens.peek_is("IF") {
        tokens.next(); // IF
        tokens.next(); // NOT
        tokens.next(); // EXISTS
    }
    let Some(name) = tokens.name_parts().map(|parts| parts.join(".")) else { return other };
    if form == StatementForm::CreateTable && (tokens.peek_is("AS") || tokens.peek().is_none()) {
        return other;
    }
    Classified { form, name }
}

#[cfg(test)]
mod tests {
    use super::*;
    use StatementForm::*;

    #[test]
    fn recognises_forms_and_names() {
        for (sql, form, name) in [
            ("CREATE TABLE public.t (a int);", CreateTable, "public.t"),
            ("create unlogged table \"My T\" (a int);", CreateTable, "My T"),
            ("CREATE TABLE IF NOT EXISTS s.\"a\"\"b\" (a int);", CreateTable, "s.a\"b"),
            ("CREATE TABLE p_2022 PARTITION OF p FOR VALUES FROM (1) TO (2);", CreateTable, "p_2022"),
            ("CREATE TABLE t OF some_type;", CreateTable, "t"),
            ("CREATE OR REPLACE VIEW V AS SELECT 1;", CreateView, "v"),
            ("CREATE MATERIALIZED VIEW m AS SELECT 1 WITH NO DATA;", CreateMaterializedView, "m"),
            ("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;", CreateFunction, "f"),
        ] {
            assert_eq!(classify(sql), Classified { form, name: name.into() }, "{sql}");
        }
    }

    #[test]
    fn everything_else_is_other() {
        for sql in [
            "CREATE TABLE t AS SELECT 1;",
            "CREATE FOREIGN TABLE f (a int) SERVER s;",
            "CREATE MATERIALIZED something;",
            "ALTER TABLE t ADD COLUMN a int;",
            "-- CREATE TABLE x (a int)\nSELECT 1;",
            "CREATE TABLE",
        ] {
            assert_eq!(classify(sql).form, Other, "{sql}");
        }
    }
}
