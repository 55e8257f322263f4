//! `CREATE TYPE` (enum, composite, range, base and shell types) and `CREATE DOMAIN`.
//! Which columns use a type is filled in later (`objects::resolve`).

use super::scan::{at_end, group, next_literal, take_until};
use crate::parse::cursor::non_empty_items;
use crate::model::{Model, TypeDef, TypeKind};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

pub fn create_type(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["CREATE", "TYPE"]) {
        return None;
    }
    let name = tokens.qualified_name().ok()?;
    let kind = if at_end(&tokens) {
        TypeKind::Other // a shell type
    } else if tokens.eat(&["AS"]) {
        if tokens.eat(&["ENUM"]) {
            TypeKind::Enum { labels: enum_labels(group(&mut tokens)?)? }
        } else if tokens.eat(&["RANGE"]) {
            TypeKind::Range { subtype: range_subtype(group(&mut tokens)?)? }
        } else {
            TypeKind::Composite { attributes: attributes(group(&mut tokens)?)? }
        }
    } else if tokens.is_punct(0, "(") {
        group(&mut tokens)?;
        TypeKind::Other // a base type: `CREATE TYPE t (INPUT = …, OUTPUT = …)`
    } else {
        return None;
    };
    if !at_end(&tokens) {
        return None;
    }
    model.types.push(TypeDef { name, kind, used_by: Vec::new(), owner: None, location: ctx.location });
    Some(Outcome::Modeled)
}

/// `'a', 'b''c'` → `["a", "b'c"]`.
fn enum_labels(inner: &str) -> Option<Vec<String>> {
    let mut tokens = Cursor::with_semicolon(inner);
    let mut labels = Vec::new();
    while tokens.peek().is_some() {
        labels.push(next_literal(&mut tokens)?);
        if !tokens.is_punct(0, ",") {
            break;
        }
        tokens.next_token();
    }
    tokens.peek().is_none().then_some(labels)
}

/// `subtype = numeric, subtype_diff = …` → `numeric`.
fn range_subtype(inner: &str) -> Option<String> {
    non_empty_items(inner).into_iter().find_map(|option| {
        let (key, value) = option.split_once('=')?;
        key.trim().eq_ignore_ascii_case("subtype").then(|| value.trim().to_string())
    })
}

/// `a integer, "B" text COLLATE pg_catalog."C"` → `[(a, integer), (B, text COLLATE …)]`.
fn attributes(inner: &str) -> Option<Vec<(String, String)>> {
    non_empty_items(inner)
        .into_iter()
        .map(|attribute| {
            let mut tokens = Cursor::with_semicolon(attribute);
            let name = tokens.identifier().ok()?;
            Some((name, tokens.remaining_text().to_string()))
        })
        .collect()
}

/// `CREATE DOMAIN name [AS] base [COLLATE c] [DEFAULT e] [[CONSTRAINT n] NOT NULL | NULL | CHECK (e)]…`
pub fn create_domain(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["CREATE", "DOMAIN"]) {
        return None;
    }
    let name = tokens.qualified_name().ok()?;
    tokens.eat(&["AS"]);
    const CLAUSES: &[&str] = &["COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK"];
    let base = take_until(&mut tokens, CLAUSES).to_string();
    if base.is_empty() {
        return None;
    }
    let (mut not_null, mut checks) = (false, Vec::new());
    while !at_end(&tokens) {
        if tokens.eat(&["COLLATE"]) {
            tokens.name_parts().ok()?;
        } else if tokens.eat(&["DEFAULT"]) {
            take_until(&mut tokens, CLAUSES);
        } else if tokens.eat(&["CONSTRAINT"]) {
            tokens.identifier().ok()?;
        } else if tokens.eat_prefix(&["NOT", "NULL"]) {
            not_null = true;
        } else if tokens.eat(&["NULL"]) {
            not_null = false;
        } else if tokens.eat(&["CHECK"]) {
            checks.push(group(&mut tokens)?.to_string());
            tokens.eat_prefix(&["NOT", "VALID"]);
        } else {
            return None;
        }
    }
    let kind = TypeKind::Domain { base, not_null, checks };
    model.types.push(TypeDef { name, kind, used_by: Vec::new(), owner: None, location: ctx.location });
    Some(Outcome::Modeled)
}


/// `ALTER TYPE e ADD VALUE [IF NOT EXISTS] 'label' [BEFORE|AFTER 'other']` (pg_dump
/// `--binary-upgrade`, and hand-written migrations): the label joins the enum.
pub fn alter_type_add_value(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["ALTER", "TYPE"]) {
        return None;
    }
    let name = tokens.qualified_name().ok()?;
    if !tokens.eat_prefix(&["ADD", "VALUE"]) {
        return None;
    }
    tokens.eat_prefix(&["IF", "NOT", "EXISTS"]);
    let label = next_literal(&mut tokens)?;
    let placement = match tokens.next_upper() {
        None => None,
        Some(word) if word == "BEFORE" || word == "AFTER" => Some((word == "BEFORE", next_literal(&mut tokens)?)),
        Some(_) => return None,
    };
    at_end(&tokens).then_some(())?;
    let Some(TypeKind::Enum { labels }) = model.types.iter_mut().find(|t| t.name == name).map(|t| &mut t.kind) else {
        return Some(Outcome::Ignored("adds a label to an enum this dump does not create".into()));
    };
    if !labels.contains(&label) {
        let at = placement
            .and_then(|(before, other)| labels.iter().position(|l| *l == other).map(|i| if before { i } else { i + 1 }))
            .unwrap_or(labels.len());
        labels.insert(at, label);
    }
    Some(Outcome::Modeled)
}

/// `ALTER DOMAIN d ADD [CONSTRAINT c] CHECK (expr) [NOT VALID]`: pg_dump writes a domain's
/// NOT VALID checks this way, after the domain.
pub fn alter_domain_add_check(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["ALTER", "DOMAIN"]) {
        return None;
    }
    let name = tokens.qualified_name().ok()?;
    if !tokens.eat(&["ADD"]) {
        return None;
    }
    if tokens.eat(&["CONSTRAINT"]) {
        tokens.identifier().ok()?;
    }
    if !tokens.eat(&["CHECK"]) {
        return None;
    }
    let check = group(&mut tokens)?.to_string();
    tokens.eat_prefix(&["NOT", "VALID"]);
    at_end(&tokens).then_some(())?;
    let Some(TypeKind::Domain { checks, .. }) = model.types.iter_mut().find(|t| t.name == name).map(|t| &mut t.kind) else {
        return Some(Outcome::Ignored("adds a check to a domain this dump does not create".into()));
    };
    checks.push(check);
    Some(Outcome::Modeled)
}
