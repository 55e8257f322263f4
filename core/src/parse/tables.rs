//! Tables after the full parse, and cross-statement facts about them.
//!
//! pg_dump's table forms are read by `fixed_tables` from tokens (so types and expressions
//! stay exactly as written); what reaches this module through sqlparser is what those
//! extractors leave: `CREATE TABLE … AS`, and `ALTER TABLE` on relations that are not
//! tables (views), which the objects module owns.

use super::lexer::{Lexer, TokenKind};
use super::cursor::Cursor;
use super::{Ctx, Outcome};
use crate::model::{Model, QualifiedName};
use sqlparser::ast::Statement;

/// `Some` when this module owns the statement's kind.
pub fn convert(statement: &Statement, ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let _ = (ctx, model);
    match statement {
        Statement::CreateTable(create) if create.query.is_some() => Some(Outcome::Unsupported(
            "CREATE TABLE … AS is not modeled: its columns come from a query (pg_dump writes CREATE TABLE with columns)"
                .into(),
        )),
        _ => None,
    }
}

/// Cross-statement facts this module owns, once every statement is read: which columns
/// use each sequence (`DEFAULT nextval('seq'::regclass)`).
pub fn resolve(model: &mut Model) {
    for sequence in &mut model.sequences {
        sequence.used_by.clear();
    }
    let mut uses = Vec::new();
    for table in &model.tables {
        for column in &table.columns {
            for sequence in column.default.as_deref().map(nextval_sequences).unwrap_or_default() {
                uses.push((sequence, (table.name.clone(), column.name.clone())));
            }
        }
    }
    for (sequence, column) in uses {
        if let Some(s) = model.sequence_position(&sequence).and_then(|i| model.sequences.get_mut(i)) {
            if !s.used_by.contains(&column) {
                s.used_by.push(column);
            }
        }
    }
}

/// The sequences an expression calls `nextval('…')` on. The literal holds a possibly
/// qualified, possibly quoted name; unqualified names are in `public`.
pub fn nextval_sequences(expression: &str) -> Vec<QualifiedName> {
    let tokens: Vec<_> = Lexer::new(expression).filter(|t| !t.kind.is_trivia()).collect();
    tokens
        .windows(3)
        .filter(|w| {
            w[0].kind == TokenKind::Word
                && w[0].text(expression).eq_ignore_ascii_case("nextval")
                && w[1].text(expression) == "("
                && w[2].kind == TokenKind::String
        })
        .filter_map(|w| {
            let literal = w[2].text(expression).strip_prefix('\'')?.strip_suffix('\'')?.replace("''", "'");
            let mut name = Cursor::with_semicolon(&literal);
            let qualified = name.qualified_name().ok()?;
            name.peek().is_none().then_some(qualified)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nextval_names_qualified_quoted_or_not() {
        let names = |e| nextval_sequences(e).into_iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(names("nextval('public.t_id_seq'::regclass)"), ["public.t_id_seq"]);
        assert_eq!(names("nextval('\"Odd\"\"Seq\"'::regclass)"), ["public.Odd\"Seq"]);
        assert_eq!(names("NEXTVAL('S.\"X\"')"), ["s.X"]);
        assert!(names("now()").is_empty());
        assert!(names("nextval(").is_empty());
    }
}
