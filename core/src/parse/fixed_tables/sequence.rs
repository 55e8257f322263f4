//! `CREATE SEQUENCE` (sqlparser 0.63 rejects pg_dump's option order), `ALTER SEQUENCE …
//! OWNED BY table.column | OWNER TO role`, and `SELECT pg_catalog.setval(…)` (data, ignored).

use crate::parse::cursor::{Cursor, Extract};
use crate::model::{Location, Model, QualifiedName};
use crate::model::Sequence;
use crate::parse::{names, Outcome};

pub fn recognise_create(text: &str, location: Location, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["CREATE"]) {
        return None;
    }
    let temporary = c.eat(&["TEMP"]) || c.eat(&["TEMPORARY"]);
    c.eat(&["UNLOGGED"]);
    if !c.eat(&["SEQUENCE"]) {
        return None;
    }
    if temporary {
        return Some(Outcome::Ignored("temporary sequence: not part of the schema".into()));
    }
    let if_not_exists = c.eat(&["IF", "NOT", "EXISTS"]);
    Some(match create(&mut c, location) {
        Ok(sequence) if model.sequence_position(&sequence.name).is_some() => match if_not_exists {
            true => Outcome::Ignored(format!("the sequence {} already exists (IF NOT EXISTS)", sequence.name)),
            false => Outcome::Unsupported(format!("the sequence {} is created twice", sequence.name)),
        },
        Ok(sequence) => {
            model.sequences.push(sequence);
            Outcome::Modeled
        }
        Err(message) => Outcome::Unsupported(message),
    })
}

/// Name, `AS type` and `OWNED BY`; the numeric parameters (start, increment, bounds,
/// cache, cycle) describe values, not the schema's shape, and are not modeled.
fn create(c: &mut Cursor, location: Location) -> Extract<Sequence> {
    let name = c.qualified_name()?;
    let mut sequence = Sequence { name, location, ..Sequence::default() };
    while !c.at_end() {
        if c.eat(&["AS"]) {
            sequence.data_type = Some(c.take_until(is_parameter)?.to_string());
        } else if c.eat(&["OWNED", "BY"]) {
            sequence.owned_by = owned_by(c)?;
        } else {
            c.advance();
        }
    }
    Ok(sequence)
}

fn is_parameter(c: &Cursor) -> bool {
    ["INCREMENT", "MINVALUE", "MAXVALUE", "NO", "START", "CACHE", "CYCLE", "OWNED", "RESTART"].iter().any(|k| c.is_word(0, k))
}

/// `OWNED BY` already consumed: `NONE` or `[schema.]table.column`.
fn owned_by(c: &mut Cursor) -> Extract<Option<(QualifiedName, String)>> {
    if c.eat(&["NONE"]) {
        return Ok(None);
    }
    let mut parts = vec![c.identifier()?];
    while c.eat_punct(".") {
        parts.push(c.identifier()?);
    }
    let column = parts.pop().filter(|_| !parts.is_empty()).ok_or("OWNED BY needs table.column")?;
    let table = names::qualify(parts).ok_or("OWNED BY needs table.column")?;
    Ok(Some((table, column)))
}

pub fn recognise_alter(text: &str, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["ALTER", "SEQUENCE"]) {
        return None;
    }
    let if_exists = c.eat(&["IF", "EXISTS"]);
    Some(alter(&mut c, if_exists, model).unwrap_or_else(Outcome::Unsupported))
}

fn alter(c: &mut Cursor, if_exists: bool, model: &mut Model) -> Extract<Outcome> {
    let name = c.qualified_name()?;
    let Some(sequence) = model.sequence_position(&name).and_then(|i| model.sequences.get_mut(i)) else {
        if if_exists {
            return Ok(Outcome::Ignored(format!("ALTER SEQUENCE IF EXISTS on {name}, which the dump does not create")));
        }
        return Err(format!("the sequence {name} is not created before this statement"));
    };
    if c.eat(&["OWNER", "TO"]) {
        sequence.owner = Some(c.identifier()?);
    } else if c.is_seq(&["OWNED", "BY"]) {
        // Other parameters in the same statement are values, not shape.
        while !c.at_end() {
            if c.eat(&["OWNED", "BY"]) {
                sequence.owned_by = owned_by(c)?;
            } else {
                c.advance();
            }
        }
    } else if c.is_word(0, "RENAME") || c.is_word(0, "SET") && c.is_word(1, "SCHEMA") {
        return Err(format!("ALTER SEQUENCE … {} is not modeled", c.rest()));
    } else {
        c.rest();
        return Ok(Outcome::Ignored("sequence parameters: values, not the schema's shape".into()));
    }
    if !c.at_end() {
        return Err(format!("unexpected `{}`", c.rest()));
    }
    Ok(Outcome::Modeled)
}

/// `SELECT pg_catalog.setval('s', 42, true);` — a sequence's current value.
pub fn recognise_setval(text: &str) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["SELECT"]) {
        return None;
    }
    if c.is_word(0, "pg_catalog") && c.is_punct(1, ".") {
        c.advance();
        c.advance();
    }
    (c.is_word(0, "setval") && c.is_punct(1, "(")).then(|| Outcome::Ignored("sequence value (data, not schema)".into()))
}
