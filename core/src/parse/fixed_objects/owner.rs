//! `ALTER kind name OWNER TO role` for everything that is not a table, sequence or index:
//! functions, procedures, types, domains, schemas, views and materialized views get their
//! `owner`; other kinds (aggregates, text search configurations, event triggers,
//! publications, …) are ignored with a reason. `ALTER TABLE v OWNER TO` of a view reaches
//! here when the tables side does not claim it.

use super::scan::{eat_phrase, group, squash_whitespace};
use crate::parse::cursor::non_empty_items;
use crate::model::Model;
use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

const NOT_MODELED: &str = "ownership of an object pgcarve does not model";

const MULTI_WORD_KINDS: &[&[&str]] = &[
    &["MATERIALIZED", "VIEW"],
    &["TEXT", "SEARCH", "CONFIGURATION"],
    &["TEXT", "SEARCH", "DICTIONARY"],
    &["TEXT", "SEARCH", "PARSER"],
    &["TEXT", "SEARCH", "TEMPLATE"],
    &["EVENT", "TRIGGER"],
    &["FOREIGN", "DATA", "WRAPPER"],
    &["FOREIGN", "TABLE"],
    &["OPERATOR", "CLASS"],
    &["OPERATOR", "FAMILY"],
    &["LARGE", "OBJECT"],
    &["PROCEDURAL", "LANGUAGE"],
];

pub fn alter_owner(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let (object_end, owner) = trailing_owner(ctx.text)?;
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat(&["ALTER"]) {
        return None;
    }
    let kind = kind(&mut tokens)?;
    let object = ctx.text.get(tokens.pos()..object_end)?;
    let mut object_tokens = Cursor::with_semicolon(object);
    match kind.as_str() {
        "FUNCTION" | "PROCEDURE" | "ROUTINE" => {
            let name = object_tokens.qualified_name().ok()?;
            let arguments = group(&mut object_tokens).unwrap_or("");
            let candidates: Vec<usize> =
                (0..model.functions.len()).filter(|&i| model.functions[i].name == name).collect();
            let wanted = argument_types(arguments);
            let chosen = match candidates.as_slice() {
                [only] => Some(*only),
                _ => candidates.into_iter().find(|&i| argument_types(&model.functions[i].arguments) == wanted),
            };
            match chosen.and_then(|i| model.functions.get_mut(i)) {
                Some(function) => function.owner = Some(owner),
                None => return Some(Outcome::Ignored(format!("{NOT_MODELED} (a function not created in this dump)"))),
            }
        }
        "TYPE" | "DOMAIN" => {
            let name = object_tokens.qualified_name().ok()?;
            match model.types.iter_mut().find(|t| t.name == name) {
                Some(type_def) => type_def.owner = Some(owner),
                None => return Some(Outcome::Ignored(format!("{NOT_MODELED} (a type not created in this dump)"))),
            }
        }
        "SCHEMA" => {
            let name = object_tokens.identifier().ok()?;
            match model.schemas.iter_mut().find(|s| s.name == name) {
                Some(schema) => schema.owner = Some(owner),
                None => {
                    return Some(Outcome::Ignored(format!(
                        "ownership of schema `{name}`, which the dump does not create (pg_dump never creates `public`)"
                    )))
                }
            }
        }
        "VIEW" | "MATERIALIZED VIEW" | "TABLE" => {
            let name = object_tokens.qualified_name().ok()?;
            match model.views.iter_mut().find(|v| v.name == name) {
                Some(view) => view.owner = Some(owner),
                None if kind == "TABLE" => return None,
                None => return Some(Outcome::Ignored(format!("{NOT_MODELED} (a view not created in this dump)"))),
            }
        }
        // Tables, sequences and indexes belong to the tables side.
        "SEQUENCE" | "INDEX" | "FOREIGN TABLE" => return None,
        _ => return Some(Outcome::Ignored(NOT_MODELED.into())),
    }
    Some(Outcome::Modeled)
}

fn kind(tokens: &mut Cursor) -> Option<String> {
    if let Some(phrase) = eat_phrase(tokens, MULTI_WORD_KINDS) {
        return Some(phrase);
    }
    let kind = tokens.next_upper()?;
    tokens.eat_prefix(&["IF", "EXISTS"]);
    tokens.eat(&["ONLY"]);
    Some(kind)
}

/// When the statement ends `OWNER TO role`: where `OWNER` starts, and the role.
fn trailing_owner(text: &str) -> Option<(usize, String)> {
    let tokens: Vec<_> = Lexer::new(text).filter(|t| !t.kind.is_trivia()).collect();
    let mut end = tokens.len();
    if tokens.last().is_some_and(|t| t.text(text) == ";") {
        end -= 1;
    }
    let [owner, to, role] = tokens.get(end.checked_sub(3)?..end)? else { return None };
    let is_word = |t: &crate::parse::lexer::Token, w: &str| t.kind == TokenKind::Word && t.text(text).eq_ignore_ascii_case(w);
    if !(is_word(owner, "OWNER") && is_word(to, "TO")) {
        return None;
    }
    let role = Cursor::with_semicolon(role.text(text)).identifier().ok()?;
    Some((owner.start, role))
}

/// An argument list reduced to what identifies a function: each argument without its
/// `DEFAULT`, whitespace squashed, lower case (CREATE writes defaults, ALTER does not).
fn argument_types(arguments: &str) -> Vec<String> {
    non_empty_items(arguments)
        .into_iter()
        .map(|argument| {
            let lower = squash_whitespace(argument).to_ascii_lowercase();
            let cut = [" default ", " = "].iter().filter_map(|d| lower.find(d)).min().unwrap_or(lower.len());
            lower[..cut].to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_types_drop_defaults() {
        assert_eq!(
            argument_types("p_org uuid, p_limit integer DEFAULT 10, q text = 'x'"),
            ["p_org uuid", "p_limit integer", "q text"]
        );
    }
}
