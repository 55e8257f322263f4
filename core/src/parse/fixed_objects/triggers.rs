//! `CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name {BEFORE|AFTER|INSTEAD OF} event [OR …]
//! ON table [FROM t] [[NOT] DEFERRABLE] [INITIALLY …] [REFERENCING …] [FOR [EACH]
//! {ROW|STATEMENT}] [WHEN (cond)] EXECUTE {FUNCTION|PROCEDURE} f(args)`, from tokens:
//! sqlparser rejects trigger arguments, which musicbrainz uses hundreds of times.

use super::scan::{at_end, group, literal_value, take_until};
use crate::parse::cursor::non_empty_items;
use crate::model::{Model, Trigger};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

pub fn create_trigger(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat(&["CREATE"]) {
        return None;
    }
    tokens.eat_prefix(&["OR", "REPLACE"]);
    let constraint = tokens.eat(&["CONSTRAINT"]);
    if !tokens.eat(&["TRIGGER"]) {
        return None;
    }
    let name = tokens.identifier().ok()?;
    let timing = match tokens.next_upper()?.as_str() {
        "BEFORE" => "BEFORE",
        "AFTER" => "AFTER",
        "INSTEAD" if tokens.eat(&["OF"]) => "INSTEAD OF",
        _ => return None,
    };
    let mut events = Vec::new();
    loop {
        let event = tokens.next_upper()?;
        if !matches!(event.as_str(), "INSERT" | "UPDATE" | "DELETE" | "TRUNCATE") {
            return None;
        }
        if tokens.eat(&["OF"]) {
            let columns = take_until(&mut tokens, &["OR", "ON"]);
            events.push(format!("{event} OF {columns}"));
        } else {
            events.push(event);
        }
        if !tokens.eat(&["OR"]) {
            break;
        }
    }
    if !tokens.eat(&["ON"]) {
        return None;
    }
    let table = tokens.qualified_name().ok()?;
    let mut trigger = Trigger { name, table, timing: timing.into(), events, constraint, location: ctx.location, ..Trigger::default() };
    while !tokens.is_word(0, "EXECUTE") {
        clause(&mut tokens, &mut trigger)?;
    }
    tokens.next_token(); // EXECUTE
    if !(tokens.eat(&["FUNCTION"]) || tokens.eat(&["PROCEDURE"])) {
        return None;
    }
    trigger.function = tokens.qualified_name().ok()?;
    trigger.arguments = non_empty_items(group(&mut tokens)?).into_iter().map(argument).collect();
    at_end(&tokens).then_some(())?;
    model.triggers.push(trigger);
    Some(Outcome::Modeled)
}

/// One clause between `ON table` and `EXECUTE`.
fn clause(tokens: &mut Cursor, trigger: &mut Trigger) -> Option<()> {
    match tokens.next_upper()?.as_str() {
        "FROM" => {
            tokens.name_parts().ok()?;
        }
        "NOT" => tokens.eat(&["DEFERRABLE"]).then_some(())?,
        "DEFERRABLE" => {}
        "INITIALLY" => {
            tokens.next_token()?;
        }
        "REFERENCING" => {
            take_until(tokens, &["FOR", "WHEN", "EXECUTE"]);
        }
        "FOR" => {
            tokens.eat(&["EACH"]);
            trigger.for_each_row = match tokens.next_upper()?.as_str() {
                "ROW" => true,
                "STATEMENT" => false,
                _ => return None,
            };
        }
        "WHEN" => trigger.when = Some(group(tokens)?.to_string()),
        _ => return None,
    }
    Some(())
}

/// Trigger arguments are strings to PostgreSQL: `'a''b'` → `a'b`; numbers and bare
/// words are kept as written.
fn argument(text: &str) -> String {
    let mut tokens = Cursor::with_semicolon(text);
    match tokens.next_token() {
        Some((kind, literal)) if tokens.peek().is_none() => literal_value(kind, literal).unwrap_or_else(|| literal.to_string()),
        _ => text.to_string(),
    }
}
