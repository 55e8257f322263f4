//! Recognises a statement's form, and the name it creates, from its leading tokens. This
//! is the coarse view the inventory needs; the full model is built from the parsed statement.

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
    let Some(name) = tokens.qualified_name() else { return other };
    if form == StatementForm::CreateTable && (tokens.peek_is("AS") || tokens.peek().is_none()) {
        return other;
    }
    Classified { form, name }
}

/// Significant tokens of one statement, with the few look-ups `classify` needs.
struct Tokens<'a> {
    src: &'a str,
    lexer: std::iter::Peekable<Lexer<'a>>,
}

impl<'a> Tokens<'a> {
    fn new(src: &'a str) -> Self {
        Tokens { src, lexer: Lexer::new(src).peekable() }
    }

    fn skip_trivia(&mut self) {
        while self.lexer.next_if(|t| t.kind.is_trivia()).is_some() {}
    }

    fn peek(&mut self) -> Option<(TokenKind, &'a str)> {
        self.skip_trivia();
        let src = self.src;
        self.lexer.peek().map(|t| (t.kind, t.text(src)))
    }

    fn next(&mut self) -> Option<(TokenKind, &'a str)> {
        self.skip_trivia();
        let src = self.src;
        self.lexer.next().map(|t| (t.kind, t.text(src)))
    }

    fn next_upper(&mut self) -> Option<String> {
        self.next().filter(|t| t.0 == TokenKind::Word).map(|t| t.1.to_ascii_uppercase())
    }

    fn peek_is(&mut self, keyword: &str) -> bool {
        self.peek().is_some_and(|t| t.0 == TokenKind::Word && t.1.eq_ignore_ascii_case(keyword))
    }

    fn next_is(&mut self, keyword: &str) -> bool {
        self.next().is_some_and(|t| t.0 == TokenKind::Word && t.1.eq_ignore_ascii_case(keyword))
    }

    /// `a`, `"A"`, `s.a`, `"S"."a b"`: the normalised name.
    fn qualified_name(&mut self) -> Option<String> {
        let mut parts = vec![self.identifier()?];
        while self.peek().is_some_and(|t| t.1 == ".") {
            self.next();
            parts.push(self.identifier()?);
        }
        Some(parts.join("."))
    }

    fn identifier(&mut self) -> Option<String> {
        match self.next()? {
            (TokenKind::Word, word) => Some(word.to_lowercase()),
            (TokenKind::QuotedIdent, quoted) if quoted.starts_with('"') => {
                Some(quoted[1..quoted.len() - 1].replace("\"\"", "\""))
            }
            _ => None,
        }
    }
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
