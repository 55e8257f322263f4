//! `CREATE TYPE` (enum, composite, range, base and shell types) and `CREATE DOMAIN`.
//! Which columns use a type is filled in later (`objects::resolve`).

use super::scan::{at_end, next_literal, split_top_level, take_until};
use crate::model::{Model, TypeDef, TypeKind};
use crate::parse::tokens::Tokens;
use crate::parse::{Ctx, Outcome};

pub fn create_type(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Tokens::new(ctx.text);
    if !tokens.eat_all(&["CREATE", "TYPE"]) {
        return None;
    }
    let name = tokens.qualified_name()?;
    let kind = if at_end(&mut tokens) {
        TypeKind::Other // a shell type
    } else if tokens.eat("AS") {
        if tokens.eat("ENUM") {
            TypeKind::Enum { labels: enum_labels(tokens.parenthesized()?)? }
        } else if tokens.eat("RANGE") {
            TypeKind::Range { subtype: range_subtype(tokens.parenthesized()?)? }
        } else {
            TypeKind::Composite { attributes: attributes(tokens.parenthesized()?)? }
        }
    } else if tokens.peek_punct("(") {
        tokens.parenthesized()?;
        TypeKind::Other // a base type: `CREATE TYPE t (INPUT = …, OUTPUT = …)`
    } else {
        return None;
    };
    if !at_end(&mut tokens) {
        return None;
    }
    model.types.push(TypeDef { name, kind, used_by: Vec::new(), owner: None, location: ctx.location });
    Some(Outcome::Modeled)
}

/// `'a', 'b''c'` → `["a", "b'c"]`.
fn enum_labels(inner: &str) -> Option<Vec<String>> {
    let mut tokens = Tokens::new(inner);
    let mut labels = Vec::new();
    while tokens.peek().is_some() {
        labels.push(next_literal(&mut tokens)?);
        if !tokens.peek_punct(",") {
            break;
        }
        tokens.next();
    }
    tokens.peek().is_none().then_some(labels)
}

/// `subtype = numeric, subtype_diff = …` → `numeric`.
fn range_subtype(inner: &str) -> Option<String> {
    split_top_level(inner).into_iter().find_map(|option| {
        let (key, value) = option.split_once('=')?;
        key.trim().eq_ignore_ascii_case("subtype").then(|| value.trim().to_string())
    })
}

/// `a integer, "B" text COLLATE pg_catalog."C"` → `[(a, integer), (B, text COLLATE …)]`.
fn attributes(inner: &str) -> Option<Vec<(String, String)>> {
    split_top_level(inner)
        .into_iter()
        .map(|attribute| {
            let mut tokens = Tokens::new(attribute);
            let name = tokens.identifier()?;
            Some((name, tokens.rest().to_string()))
        })
        .collect()
}

/// `CREATE DOMAIN name [AS] base [COLLATE c] [DEFAULT e] [[CONSTRAINT n] NOT NULL | NULL | CHECK (e)]…`
pub fn create_domain(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Tokens::new(ctx.text);
    if !tokens.eat_all(&["CREATE", "DOMAIN"]) {
        return None;
    }
    let name = tokens.qualified_name()?;
    tokens.eat("AS");
    const CLAUSES: &[&str] = &["COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK"];
    let base = take_until(&mut tokens, CLAUSES).to_string();
    if base.is_empty() {
        return None;
    }
    let (mut not_null, mut checks) = (false, Vec::new());
    while !at_end(&mut tokens) {
        if tokens.eat("COLLATE") {
            tokens.name_parts()?;
        } else if tokens.eat("DEFAULT") {
            take_until(&mut tokens, CLAUSES);
        } else if tokens.eat("CONSTRAINT") {
            tokens.identifier()?;
        } else if tokens.eat_all(&["NOT", "NULL"]) {
            not_null = true;
        } else if tokens.eat("NULL") {
            not_null = false;
        } else if tokens.eat("CHECK") {
            checks.push(tokens.parenthesized()?.to_string());
            tokens.eat_all(&["NOT", "VALID"]);
        } else {
            return None;
        }
    }
    let kind = TypeKind::Domain { base, not_null, checks };
    model.types.push(TypeDef { name, kind, used_by: Vec::new(), owner: None, location: ctx.location });
    Some(Outcome::Modeled)
}

