//! `CREATE [OR REPLACE] FUNCTION|PROCEDURE name(args) [RETURNS …] attributes… AS body`,
//! read from tokens: pg_dump writes the argument list, `RETURNS`, then one attribute per
//! line (`LANGUAGE`, volatility, `SECURITY DEFINER`, `SET search_path …`, `AS $$…$$`).
//! SQL-standard bodies (`BEGIN ATOMIC … END`, `RETURN expr`) are kept as written.
//! The relations a body mentions are collected here and filtered in `objects::resolve`.

use super::scan::{at_end, group, literal_value, next_literal, squash_whitespace, take_until};
use crate::model::{Function, Model, Volatility};
use crate::parse::objects::mentions::relation_mentions;
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

/// Words that start a function attribute (they end `RETURNS …` and `SET … = value`).
const ATTRIBUTES: &[&str] = &[
    "LANGUAGE", "TRANSFORM", "WINDOW", "IMMUTABLE", "STABLE", "VOLATILE", "NOT", "LEAKPROOF", "CALLED",
    "RETURNS", "STRICT", "EXTERNAL", "SECURITY", "PARALLEL", "COST", "ROWS", "SUPPORT", "SET", "AS", "BEGIN",
    "RETURN",
];

pub fn create_function(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat(&["CREATE"]) {
        return None;
    }
    tokens.eat_prefix(&["OR", "REPLACE"]);
    let procedure = match tokens.next_upper()?.as_str() {
        "FUNCTION" => false,
        "PROCEDURE" => true,
        _ => return None,
    };
    let name = tokens.qualified_name().ok()?;
    let arguments = squash_whitespace(group(&mut tokens)?);
    let mut function = Function { name, arguments, procedure, location: ctx.location, ..Function::default() };
    if tokens.eat(&["RETURNS"]) {
        function.returns = Some(squash_whitespace(take_until(&mut tokens, ATTRIBUTES)));
    }
    while !at_end(&tokens) {
        attribute(&mut tokens, &mut function)?;
    }
    function.mentions = relation_mentions(&function.body);
    model.functions.push(function);
    Some(Outcome::Modeled)
}

/// Read one attribute into `function`; `None` when it is not one.
fn attribute(tokens: &mut Cursor, function: &mut Function) -> Option<()> {
    let word = tokens.next_upper()?;
    match word.as_str() {
        "LANGUAGE" => {
            function.language = match tokens.peek()? {
                (kind, text) if literal_value(kind, text).is_some() => next_literal(tokens)?,
                _ => tokens.identifier().ok()?,
            };
        }
        "IMMUTABLE" => function.volatility = Volatility::Immutable,
        "STABLE" => function.volatility = Volatility::Stable,
        "VOLATILE" => function.volatility = Volatility::Volatile,
        "EXTERNAL" | "SECURITY" => {
            if word == "EXTERNAL" && !tokens.eat(&["SECURITY"]) {
                return None;
            }
            function.security_definer = tokens.next_upper()? == "DEFINER";
        }
        "SET" => {
            let parameter = tokens.identifier().ok()?;
            let value = if tokens.eat_prefix(&["FROM", "CURRENT"]) {
                "FROM CURRENT".to_string()
            } else {
                tokens.next_token()?; // TO or =
                squash_whitespace(take_until(tokens, ATTRIBUTES))
            };
            if parameter == "search_path" {
                function.search_path = Some(value);
            }
        }
        "AS" => {
            let (kind, text) = tokens.next_token()?;
            function.body = literal_value(kind, text)?;
            if tokens.is_punct(0, ",") {
                // `AS 'obj_file', 'link_symbol'` of a C function.
                tokens.next_token();
                tokens.next_token()?;
            }
        }
        "BEGIN" | "RETURN" => {
            // A SQL-standard body runs to the end of the statement.
            let start_word = word;
            let rest = tokens.remaining_text();
            function.body = format!("{start_word} {rest}");
            while tokens.next_token().is_some() {}
        }
        "TRANSFORM" | "SUPPORT" | "COST" | "ROWS" | "PARALLEL" => {
            take_until(tokens, ATTRIBUTES);
        }
        "WINDOW" | "LEAKPROOF" | "STRICT" => {}
        "NOT" => {
            tokens.eat(&["LEAKPROOF"]).then_some(())?;
        }
        "CALLED" | "RETURNS" => {
            // CALLED ON NULL INPUT, RETURNS NULL ON NULL INPUT
            take_until(tokens, &["INPUT"]);
            tokens.eat(&["INPUT"]).then_some(())?;
        }
        _ => return None,
    }
    Some(())
}
