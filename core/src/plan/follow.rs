//! The objects that follow the tables of a plan: sequences, indexes and types go to the
//! domain of the tables that use them; an object the plan's domains share stays where it
//! is (`domain: None`), and the checks say so.
//!
//! PostgreSQL moves a table's indexes, and the sequences it owns (`OWNED BY`, identity
//! columns), with `ALTER TABLE … SET SCHEMA`; other sequences and types need their own
//! `ALTER … SET SCHEMA`, which the generator writes for followers that move.

use super::config::Plan;
use crate::model::{Model, QualifiedName, TypeKind};
use serde::Serialize;
use std::collections::BTreeSet;

/// What kind of object follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowerKind {
    Sequence,
    Index,
    Type,
}

/// One object that goes where its tables go.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Follower {
    pub kind: FollowerKind,
    pub name: QualifiedName,
    /// Its target schema, or `None` when its tables land in different domains (it stays).
    pub domain: Option<String>,
    /// Moves implicitly with its table (owned sequences, indexes): no statement of its own.
    pub with_table: bool,
    pub reason: String,
}

/// Sets `plan.objects` from the model: every sequence, index and type used by a planned
/// table, sorted by kind and name.
pub fn attach(model: &Model, plan: &mut Plan) {
    let mut objects = Vec::new();
    for sequence in &model.sequences {
        let owner = sequence.owned_by.as_ref().or(sequence.identity_of.as_ref());
        if let Some((table, column)) = owner {
            if let Some(domain) = plan.domain_of(table) {
                let reason = format!("owned by {}.{}", table.name, column);
                objects.push(follower(FollowerKind::Sequence, &sequence.name, Some(domain), true, reason));
            }
            continue;
        }
        let users: Vec<&QualifiedName> = sequence.used_by.iter().map(|(t, _)| t).collect();
        if let Some(f) = shared(plan, FollowerKind::Sequence, &sequence.name, &users, "default of") {
            objects.push(f);
        }
    }
    for index in &model.indexes {
        if let Some(domain) = plan.domain_of(&index.table) {
            let reason = format!("index of {}", index.table.name);
            objects.push(follower(FollowerKind::Index, &index.name, Some(domain), true, reason));
        }
    }
    for ty in &model.types {
        let users: Vec<&QualifiedName> = ty.used_by.iter().map(|(t, _)| t).collect();
        let what = match ty.kind {
            TypeKind::Domain { .. } => "domain type of",
            _ => "column type of",
        };
        if let Some(f) = shared(plan, FollowerKind::Type, &ty.name, &users, what) {
            objects.push(f);
        }
    }
    objects.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    plan.objects = objects;
}

/// A follower of the planned tables among `users`: their one domain, or none if they
/// land in several. `None` when no user is planned.
fn shared(plan: &Plan, kind: FollowerKind, name: &QualifiedName, users: &[&QualifiedName], what: &str) -> Option<Follower> {
    let planned: BTreeSet<(&str, &str)> =
        users.iter().filter_map(|t| Some((plan.domain_of(t)?, t.name.as_str()))).collect();
    let domains: BTreeSet<&str> = planned.iter().map(|(d, _)| *d).collect();
    let tables: Vec<&str> = planned.iter().map(|(_, t)| *t).collect::<BTreeSet<_>>().into_iter().collect();
    match domains.len() {
        0 => None,
        1 => {
            let domain = domains.into_iter().next();
            let reason = format!("{what} {}", list(&tables));
            Some(follower(kind, name, domain, false, reason))
        }
        _ => {
            let all: Vec<&str> = domains.into_iter().collect();
            let reason = format!("shared by domains {}: stays in {}", all.join(", "), name.schema);
            Some(follower(kind, name, None, false, reason))
        }
    }
}

fn list(tables: &[&str]) -> String {
    match tables {
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
        [] => String::new(),
    }
}

fn follower(kind: FollowerKind, name: &QualifiedName, domain: Option<&str>, with_table: bool, reason: String) -> Follower {
    Follower { kind, name: name.clone(), domain: domain.map(str::to_string), with_table, reason }
}

#[cfg(test)]
mod tests {
    use super::super::{propose, PlanConfig};
    use super::*;

    const SQL: &str = "
CREATE TYPE public.mood AS ENUM ('a', 'b');
CREATE TYPE public.status AS ENUM ('x');
CREATE SEQUENCE public.invoice_no;
CREATE TABLE public.users (id serial PRIMARY KEY, m public.mood, s public.status);
CREATE TABLE public.invoices (id int PRIMARY KEY, no int DEFAULT nextval('public.invoice_no'), s public.status);
CREATE SEQUENCE public.users_id_seq OWNED BY public.users.id;
CREATE INDEX invoices_no ON public.invoices (no);
";

    fn objects() -> Vec<Follower> {
        let mut pins = std::collections::BTreeMap::new();
        pins.insert(QualifiedName::new("public", "users"), "users".to_string());
        pins.insert(QualifiedName::new("public", "invoices"), "billing".to_string());
        propose(&crate::parse(SQL).model, &PlanConfig { pins, ..PlanConfig::default() }).objects
    }

    fn of(objects: &[Follower], name: &str) -> (Option<String>, bool) {
        let f = objects.iter().find(|f| f.name.name == name).unwrap_or_else(|| panic!("{name} follows"));
        (f.domain.clone(), f.with_table)
    }

    #[test]
    fn objects_follow_their_tables() {
        let o = objects();
        assert_eq!(of(&o, "users_id_seq"), (Some("users".into()), true));
        assert_eq!(of(&o, "invoice_no"), (Some("billing".into()), false));
        assert_eq!(of(&o, "invoices_no"), (Some("billing".into()), true));
        assert_eq!(of(&o, "mood"), (Some("users".into()), false));
    }

    #[test]
    fn shared_objects_stay() {
        let o = objects();
        let status = o.iter().find(|f| f.name.name == "status").expect("status follows");
        assert_eq!(status.domain, None);
        assert_eq!(status.reason, "shared by domains billing, users: stays in public");
    }
}
