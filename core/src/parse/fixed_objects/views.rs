//! `CREATE [OR REPLACE] [TEMP] [RECURSIVE] VIEW name [(cols)] [WITH (opts)] AS query
//! [WITH [LOCAL|CASCADED] CHECK OPTION]` and `CREATE MATERIALIZED VIEW … AS query
//! [WITH [NO] DATA]` (sqlparser rejects `WITH NO DATA`). The header is read from tokens;
//! the query goes through sqlparser for the relations it reads.
//!
//! pg_dump breaks view dependency loops with a placeholder `CREATE VIEW v AS SELECT
//! NULL::… AS a` and a later `CREATE OR REPLACE VIEW v`: the model keeps one view, with
//! the later definition.

use super::scan::{group, peek_any};
use crate::parse::cursor::non_empty_items;
use crate::model::{Model, View};
use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::objects::reads::query_facts;
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

pub fn create_view(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat(&["CREATE"]) {
        return None;
    }
    tokens.eat_prefix(&["OR", "REPLACE"]);
    while peek_any(&tokens, &["TEMP", "TEMPORARY", "RECURSIVE"]) {
        tokens.next_token();
    }
    let materialized = tokens.eat(&["MATERIALIZED"]);
    if !tokens.eat(&["VIEW"]) {
        return None;
    }
    tokens.eat_prefix(&["IF", "NOT", "EXISTS"]);
    let name = tokens.qualified_name().ok()?;
    let explicit_columns = match group(&mut tokens) {
        Some(inner) => Some(column_names(inner)?),
        None => None,
    };
    if tokens.eat(&["USING"]) {
        tokens.identifier().ok()?;
    }
    let options = if tokens.eat(&["WITH"]) { non_empty_items(group(&mut tokens)?) } else { Vec::new() };
    if tokens.eat(&["TABLESPACE"]) {
        tokens.identifier().ok()?;
    }
    if !tokens.eat(&["AS"]) {
        return None;
    }
    let (query, tail) = split_tail(tokens.remaining_text());
    let facts = query_facts(query);
    let mut view = View {
        name,
        materialized,
        query: query.to_string(),
        reads: facts.reads,
        columns: explicit_columns.unwrap_or(facts.columns),
        location: ctx.location,
        ..View::default()
    };
    for option in &options {
        let (key, value) = option.split_once('=').map_or((*option, "true"), |(k, v)| (k, v));
        let value = value.trim().trim_matches('\'').to_ascii_lowercase();
        match key.trim().to_ascii_lowercase().as_str() {
            "security_invoker" => view.security_invoker = is_true(&value),
            "security_barrier" => view.security_barrier = is_true(&value),
            "check_option" => view.check_option = Some(value),
            _ => {}
        }
    }
    if let Tail::CheckOption(option) = tail {
        view.check_option = Some(option.to_string());
    }
    match model.views.iter_mut().find(|v| v.name == view.name) {
        Some(placeholder) => {
            view.owner = placeholder.owner.take();
            *placeholder = view;
        }
        None => model.views.push(view),
    }
    Some(Outcome::Modeled)
}

fn is_true(value: &str) -> bool {
    matches!(value, "true" | "on" | "yes" | "1" | "t")
}

/// `a, "B"` → `["a", "B"]`.
fn column_names(inner: &str) -> Option<Vec<String>> {
    non_empty_items(inner).into_iter().map(|c| Cursor::with_semicolon(c).identifier().ok()).collect()
}

enum Tail {
    None,
    Data,
    CheckOption(&'static str),
}

/// The query without a trailing `WITH [NO] DATA` or `WITH [LOCAL|CASCADED] CHECK OPTION`.
fn split_tail(body: &str) -> (&str, Tail) {
    let tokens: Vec<_> = Lexer::new(body).filter(|t| !t.kind.is_trivia()).collect();
    let words: Vec<String> = tokens
        .iter()
        .rev()
        .take(4)
        .map(|t| if t.kind == TokenKind::Word { t.text(body).to_ascii_uppercase() } else { String::new() })
        .collect();
    let last: Vec<&str> = words.iter().rev().map(String::as_str).collect();
    let (length, tail): (usize, Tail) = match last.as_slice() {
        [.., "WITH", "NO", "DATA"] => (3, Tail::Data),
        [.., "WITH", "DATA"] => (2, Tail::Data),
        [.., "WITH", "LOCAL", "CHECK", "OPTION"] => (4, Tail::CheckOption("local")),
        [.., "WITH", "CASCADED", "CHECK", "OPTION"] => (4, Tail::CheckOption("cascaded")),
        [.., "WITH", "CHECK", "OPTION"] => (3, Tail::CheckOption("cascaded")),
        _ => (0, Tail::None),
    };
    match length.checked_sub(1).and_then(|back| tokens.len().checked_sub(back + 1)).and_then(|i| tokens.get(i)) {
        Some(with) => (body[..with.start].trim_end(), tail),
        None => (body, Tail::None),
    }
}
