//! `CREATE [UNLOGGED] TABLE`: plain, partitioned (`PARTITION BY`), partitions
//! (`PARTITION OF parent FOR VALUES … | DEFAULT`), typed (`OF type`) and inheriting
//! (`INHERITS (…)`) tables, with columns and inline or table-level constraints.
//!
//! Token-level rather than sqlparser: the model keeps types and expressions exactly as
//! written (sqlparser re-prints `integer` as `INTEGER`), sqlparser 0.63 rejects `OF type`
//! and some expressions (`TRIM(BOTH FROM x)`), and one extractor models every table the
//! same way.

use super::column;
use super::constraint::{self, Constraint};
use crate::parse::cursor::{top_level_items, Cursor, Extract};
use crate::model::{Location, Model, Sequence, Table};
use crate::parse::Outcome;

/// `Some` for `CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE`, except
/// `CREATE TABLE … AS` / `EXECUTE` (a different statement, left to the full parse).
pub fn recognise(text: &str, location: Location, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["CREATE"]) {
        return None;
    }
    c.eat(&["GLOBAL"]);
    c.eat(&["LOCAL"]);
    let temporary = c.eat(&["TEMP"]) || c.eat(&["TEMPORARY"]);
    let unlogged = c.eat(&["UNLOGGED"]);
    if !c.eat(&["TABLE"]) {
        return None;
    }
    let if_not_exists = c.eat(&["IF", "NOT", "EXISTS"]);
    let name = match c.qualified_name() {
        Ok(name) => name,
        Err(message) => return Some(Outcome::Unsupported(message)),
    };
    if c.is_word(0, "AS") || c.is_word(0, "EXECUTE") {
        return None;
    }
    if temporary {
        return Some(Outcome::Ignored("temporary table: not part of the schema".into()));
    }
    if model.table_position(&name).is_some() {
        return Some(if if_not_exists {
            Outcome::Ignored(format!("the table {name} already exists (IF NOT EXISTS)"))
        } else {
            Outcome::Unsupported(format!("the table {name} is created twice"))
        });
    }
    let mut table = Table { name, location, unlogged, ..Table::default() };
    Some(match body(&mut c, &mut table).and_then(|extras| add(model, table, extras)) {
        Ok(()) => Outcome::Modeled,
        Err(message) => Outcome::Unsupported(message),
    })
}

/// What a `CREATE TABLE` adds besides the table itself.
#[derive(Default)]
struct Extras {
    constraints: Vec<Constraint>,
    /// The sequences behind identity columns.
    sequences: Vec<Sequence>,
}

/// Everything after the table's name. Returns what to add once the table is in the model.
fn body(c: &mut Cursor, table: &mut Table) -> Extract<Extras> {
    if c.eat(&["PARTITION", "OF"]) {
        table.partition_of = Some(c.qualified_name()?);
    } else if c.eat(&["OF"]) {
        table.of_type = Some(c.qualified_name()?);
    }
    let (mut constraints, mut sequences) = (Vec::new(), Vec::new());
    if c.is_punct(0, "(") {
        for element in top_level_items(c.parenthesized()?) {
            let mut e = Cursor::new(element);
            if constraint::starts_here(&e) {
                constraints.push(constraint::table_constraint(&mut e)?);
            } else if e.is_word(0, "LIKE") {
                return Err("CREATE TABLE … (LIKE …) is not modeled".into());
            } else {
                let definition = column::column(&mut e)?;
                if table.columns.iter().any(|existing| existing.name == definition.column.name) {
                    return Err(format!("the column {} is defined twice", definition.column.name));
                }
                sequences.extend(definition.identity_sequence(&table.name, table.location)?);
                table.columns.push(definition.column);
                constraints.extend(definition.constraints);
            }
        }
    } else if table.partition_of.is_none() && table.of_type.is_none() {
        return Err(format!("expected the column list {}", c.found()));
    }
    if table.partition_of.is_some() {
        table.partition_bound = Some(partition_bound(c)?);
    }
    clauses(c, table)?;
    Ok(Extras { constraints, sequences })
}

/// `FOR VALUES …` or `DEFAULT`, as written.
pub fn partition_bound(c: &mut Cursor) -> Extract<String> {
    let start = c.pos();
    if !c.eat(&["DEFAULT"]) {
        c.expect(&["FOR", "VALUES"])?;
        c.take_until(at_clause)?;
    }
    Ok(c.text_from(start).to_string())
}

/// The clauses that may follow the column list.
fn at_clause(c: &Cursor) -> bool {
    c.is_word(0, "INHERITS")
        || c.is_seq(&["PARTITION", "BY"])
        || c.is_word(0, "USING")
        || c.is_word(0, "WITH")
        || c.is_word(0, "WITHOUT")
        || c.is_word(0, "TABLESPACE")
        || c.is_seq(&["ON", "COMMIT"])
}

/// `INHERITS (…)`, `PARTITION BY …`, and the storage clauses (`USING method`,
/// `WITH (…)`, `TABLESPACE t`: physical details, not modeled).
fn clauses(c: &mut Cursor, table: &mut Table) -> Extract<()> {
    while !c.at_end() {
        if c.eat(&["INHERITS"]) {
            c.expect_punct("(")?;
            loop {
                table.inherits.push(c.qualified_name()?);
                if !c.eat_punct(",") {
                    break;
                }
            }
            c.expect_punct(")")?;
        } else if c.eat(&["PARTITION", "BY"]) {
            table.partition_by = Some(c.take_until(at_clause)?.to_string());
        } else if c.eat(&["USING"]) || c.eat(&["TABLESPACE"]) {
            c.identifier()?;
        } else if c.eat(&["WITH"]) {
            c.parenthesized()?;
        } else if c.eat(&["WITHOUT", "OIDS"]) {
        } else if c.eat(&["ON", "COMMIT"]) {
            c.take_until(at_clause)?;
        } else {
            return Err(format!("unexpected `{}` after the column list", c.rest()));
        }
    }
    Ok(())
}

fn add(model: &mut Model, table: Table, extras: Extras) -> Extract<()> {
    let (name, location) = (table.name.clone(), table.location);
    for sequence in &extras.sequences {
        if model.sequence_position(&sequence.name).is_some() {
            return Err(format!("the identity sequence {} already exists", sequence.name));
        }
    }
    model.tables.push(table);
    model.sequences.extend(extras.sequences);
    for constraint in extras.constraints {
        if let Err(message) = constraint::add(model, &name, constraint, location) {
            model.tables.retain(|t| t.name != name);
            model.sequences.retain(|s| s.identity_of.as_ref().is_none_or(|(table, _)| table != &name));
            model.foreign_keys.retain(|fk| fk.table != name || fk.location != location);
            model.forget_positions();
            return Err(message);
        }
    }
    Ok(())
}
