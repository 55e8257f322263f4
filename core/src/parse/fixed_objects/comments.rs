//! `COMMENT ON kind object IS 'text' | NULL`, for every kind (`COLUMN s.t.c`, `FUNCTION
//! f(a integer)`, `CONSTRAINT c ON s.t`, `MATERIALIZED VIEW …`, `EXTENSION …`, …), from
//! tokens: sqlparser rejects `COMMENT ON FUNCTION` with arguments and several kinds.

use super::scan::{eat_phrase, literal_value, squash_whitespace};
use crate::model::{Comment, Model};
use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

/// Kinds of more than one word; any other kind is one word.
const MULTI_WORD_KINDS: &[&[&str]] = &[
    &["MATERIALIZED", "VIEW"],
    &["FOREIGN", "DATA", "WRAPPER"],
    &["FOREIGN", "TABLE"],
    &["TEXT", "SEARCH", "CONFIGURATION"],
    &["TEXT", "SEARCH", "DICTIONARY"],
    &["TEXT", "SEARCH", "PARSER"],
    &["TEXT", "SEARCH", "TEMPLATE"],
    &["EVENT", "TRIGGER"],
    &["ACCESS", "METHOD"],
    &["OPERATOR", "CLASS"],
    &["OPERATOR", "FAMILY"],
    &["LARGE", "OBJECT"],
    &["PROCEDURAL", "LANGUAGE"],
];

pub fn comment_on(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["COMMENT", "ON"]) {
        return None;
    }
    let object_kind = kind(&mut tokens)?;
    let object_start = tokens.pos();
    let (is_at, text) = trailing_is(ctx.text)?;
    let object = ctx.text.get(object_start..is_at)?;
    if object.trim().is_empty() {
        return None;
    }
    model.comments.push(Comment {
        object_kind,
        object: squash_whitespace(object),
        text,
        location: ctx.location,
    });
    Some(Outcome::Modeled)
}

fn kind(tokens: &mut Cursor) -> Option<String> {
    eat_phrase(tokens, MULTI_WORD_KINDS).or_else(|| tokens.next_upper())
}

/// The byte offset of the final `IS` and the comment (`None` for `IS NULL`).
fn trailing_is(text: &str) -> Option<(usize, Option<String>)> {
    let tokens: Vec<_> = Lexer::new(text).filter(|t| !t.kind.is_trivia()).collect();
    let mut end = tokens.len();
    if tokens.last().is_some_and(|t| t.text(text) == ";") {
        end -= 1;
    }
    let value = tokens.get(end.checked_sub(1)?)?;
    let is = tokens.get(end.checked_sub(2)?)?;
    if is.kind != TokenKind::Word || !is.text(text).eq_ignore_ascii_case("IS") {
        return None;
    }
    let comment = match value.kind {
        TokenKind::Word if value.text(text).eq_ignore_ascii_case("NULL") => None,
        kind => Some(literal_value(kind, value.text(text))?),
    };
    Some((is.start, comment))
}
