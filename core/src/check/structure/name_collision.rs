//! # What it finds
//!
//! Two objects that would have the same name in the same schema after the plan: two
//! tables from different schemas moved into one domain (`public.users` and `auth.users`
//! both into `users`), a table moved into a schema that already has a relation of that
//! name, the indexes, constraint indexes (`users_pkey`), sequences and types that travel
//! with the tables, and the compatibility view (for a moved table) or domain (for a moved
//! type) the migration leaves under the old name when something else arrives there. Relations
//! (tables, views, sequences, indexes, composite types) share one namespace per schema;
//! types share another with the row types of tables and views. A moved table's own old
//! name is free once it leaves, so its compatibility view does not collide with it.
//!
//! # Why it matters
//!
//! `ALTER TABLE … SET SCHEMA` fails with `relation "users_pkey" already exists` (or
//! `type … already exists`), halfway through the migration.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.users (id bigint CONSTRAINT users_pkey PRIMARY KEY);
//! CREATE TABLE auth.users (id uuid CONSTRAINT users_pkey PRIMARY KEY);
//! ```
//!
//! The plan moves both into `users`: the tables collide, and so do their primary keys.
//!
//! # Fix
//!
//! Rename one of them before the move (`ALTER TABLE auth.users RENAME TO auth_users`,
//! `ALTER INDEX … RENAME`), or place them in different domains.

use super::support::{follower_schema, line, list};
use crate::check::{Check, Context, Finding, Severity};
use crate::model::{Location, QualifiedName, TypeKind};
use crate::plan::FollowerKind;
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "name-collision",
    severity: Severity::Error,
    doc: include_str!("name_collision.rs"),
    run,
};

/// A name before the move, borrowed from the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Name<'a> {
    schema: &'a str,
    name: &'a str,
}

impl<'a> Name<'a> {
    fn of(name: &'a QualifiedName) -> Self {
        Name { schema: &name.schema, name: &name.name }
    }

    fn owned(self) -> QualifiedName {
        QualifiedName::new(self.schema, self.name)
    }
}

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// One object under a name after the plan.
#[derive(Debug, Clone)]
struct Occupant<'a> {
    kind: &'static str,
    original: Name<'a>,
    moved: bool,
    /// In the relation namespace (`pg_class`).
    relation: bool,
    /// In the type namespace (`pg_type`).
    ty: bool,
    /// The table a compatibility view stands for.
    compat_for: Option<&'a QualifiedName>,
    /// The table an index or constraint index belongs to.
    table: Option<&'a QualifiedName>,
    location: Location,
}

impl Occupant<'_> {
    fn clashes(&self, other: &Occupant) -> bool {
        (self.kind, self.original) != (other.kind, other.original)
            && ((self.relation && other.relation) || (self.ty && other.ty))
    }

    fn describe(&self, cx: &Context) -> String {
        match self.compat_for {
            Some(ty) if self.kind == "domain" => {
                format!("the compatibility type for {ty} (moving to {})", follower_schema(cx, FollowerKind::Type, ty))
            }
            Some(table) => format!("the compatibility view for {table} (moving to {})", cx.target_schema(table)),
            None if self.moved => format!("{} {} (moving)", self.kind, self.original),
            None => format!("{} {}", self.kind, self.original),
        }
    }
}

fn run(cx: &Context) -> Vec<Finding> {
    let mut slots: BTreeMap<(&str, &str), Vec<Occupant>> = BTreeMap::new();
    for (schema, occupant) in occupants(cx) {
        slots.entry((schema, occupant.original.name)).or_default().push(occupant);
    }
    let mut findings = Vec::new();
    for ((schema, name), occupants) in &slots {
        let clashing: Vec<&Occupant> =
            occupants.iter().filter(|o| occupants.iter().any(|other| o.clashes(other))).collect();
        let Some(subject) = clashing.iter().filter(|o| o.moved).min_by_key(|o| (o.compat_for.map_or(o.original, Name::of), o.kind)) else {
            continue;
        };
        let described: Vec<String> = clashing.iter().map(|o| o.describe(cx)).collect();
        let table = subject.compat_for.map_or(subject.original, Name::of);
        let help = match subject.compat_for {
            Some(_) => format!("rename one of them before the move, or do without the compatibility object for {table}"),
            None => format!(
                "rename one of them before the move (ALTER … RENAME), or place {} in another domain",
                subject.table.map_or(table, Name::of)
            ),
        };
        let all = if described.len() == 2 { "both" } else { "all" };
        let relations = clashing.iter().filter(|o| o.relation).count() >= 2;
        let what = if relations { "relation" } else { "type" };
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: table.owned(),
            message: format!(
                "{} would {all} be named {schema}.{name}: the move fails with {what} \"{name}\" already exists",
                list(&described, described.len())
            ),
            help,
            line: line(subject.location),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line, &a.message).cmp(&(&b.subject, b.line, &b.message)));
    findings
}

/// Every object with a name in a schema after the plan: `(schema after, occupant)`.
fn occupants<'a>(cx: &'a Context<'a>) -> Vec<(&'a str, Occupant<'a>)> {
    let mut all = Vec::new();
    let mut push = |schema: &'a str, occupant: Occupant<'a>| all.push((schema, occupant));
    let base = |kind, original: Name<'a>, moved, location| Occupant {
        kind,
        original,
        moved,
        relation: true,
        ty: true,
        compat_for: None,
        table: None,
        location,
    };
    let indexes: BTreeSet<Name> = cx.model.indexes.iter().map(|i| Name::of(&i.name)).collect();
    for table in &cx.model.tables {
        let (target, moved) = (cx.target_schema(&table.name), cx.moves(&table.name));
        push(target, base("table", Name::of(&table.name), moved, table.location));
        if moved {
            let compat = Occupant { compat_for: Some(&table.name), ..base("view", Name::of(&table.name), true, table.location) };
            push(&table.name.schema, compat);
        }
        // Primary key and unique constraints are indexes of the same name.
        for key in table.primary_key.iter().chain(&table.unique_constraints) {
            let Some(name) = &key.name else { continue };
            let original = Name { schema: &table.name.schema, name };
            if !indexes.contains(&original) {
                let index = Occupant { ty: false, table: Some(&table.name), ..base("index", original, moved, table.location) };
                push(target, index);
            }
        }
    }
    for index in &cx.model.indexes {
        let (target, moved) = (cx.target_schema(&index.table), cx.moves(&index.table));
        let occupant = Occupant { ty: false, table: Some(&index.table), ..base("index", Name::of(&index.name), moved, index.location) };
        push(target, occupant);
    }
    for sequence in &cx.model.sequences {
        let target = follower_schema(cx, FollowerKind::Sequence, &sequence.name);
        let moved = target != sequence.name.schema;
        push(target, Occupant { ty: false, ..base("sequence", Name::of(&sequence.name), moved, sequence.location) });
    }
    for view in &cx.model.views {
        let kind = if view.materialized { "materialized view" } else { "view" };
        push(&view.name.schema, base(kind, Name::of(&view.name), false, view.location));
    }
    for ty in &cx.model.types {
        let target = follower_schema(cx, FollowerKind::Type, &ty.name);
        let moved = target != ty.name.schema;
        let composite = matches!(ty.kind, TypeKind::Composite { .. });
        push(target, Occupant { relation: composite, ..base("type", Name::of(&ty.name), moved, ty.location) });
        if moved {
            // The migration leaves a domain over the moved type under its old name.
            let compat = Occupant { relation: false, compat_for: Some(&ty.name), ..base("domain", Name::of(&ty.name), true, ty.location) };
            push(&ty.name.schema, compat);
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.users (id bigint CONSTRAINT users_pkey PRIMARY KEY);
CREATE TABLE auth.users (id uuid CONSTRAINT users_pkey PRIMARY KEY);
CREATE TYPE public.mood AS ENUM ('a');
CREATE TYPE app.mood AS ENUM ('b');
CREATE TABLE public.profiles (id bigint, m public.mood);
CREATE INDEX profiles_id ON public.profiles (id);
CREATE TABLE app.accounts (id bigint);
CREATE INDEX profiles_id ON app.accounts (id);
CREATE TABLE app.profiles (id bigint, m app.mood);
";

    #[test]
    fn fires_on_tables_indexes_and_compatibility_views_under_one_name() {
        // public.users and auth.users (and their primary keys) meet in users; the index
        // profiles_id meets its namesake in app; app.profiles arrives in public where the
        // compatibility view of public.profiles goes; their types swap places too.
        let placed = [("public.users", "users"), ("auth.users", "users"), ("public.profiles", "app"), ("app.profiles", "public")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @r#"
            error name-collision app.mood:5 the compatibility type for public.mood (moving to app) and type app.mood (moving) would both be named public.mood: the move fails with type "mood" already exists
              help: rename one of them before the move (ALTER … RENAME), or place app.mood in another domain
            error name-collision app.mood:5 type public.mood (moving) and the compatibility type for app.mood (moving to public) would both be named app.mood: the move fails with type "mood" already exists
              help: rename one of them before the move, or do without the compatibility object for app.mood
            error name-collision app.profiles:10 table public.profiles (moving) and the compatibility view for app.profiles (moving to public) would both be named app.profiles: the move fails with relation "profiles" already exists
              help: rename one of them before the move, or do without the compatibility object for app.profiles
            error name-collision app.profiles:10 the compatibility view for public.profiles (moving to app) and table app.profiles (moving) would both be named public.profiles: the move fails with relation "profiles" already exists
              help: rename one of them before the move (ALTER … RENAME), or place app.profiles in another domain
            error name-collision auth.users:3 table public.users (moving) and table auth.users (moving) would both be named users.users: the move fails with relation "users" already exists
              help: rename one of them before the move (ALTER … RENAME), or place auth.users in another domain
            error name-collision auth.users_pkey:3 index public.users_pkey (moving) and index auth.users_pkey (moving) would both be named users.users_pkey: the move fails with relation "users_pkey" already exists
              help: rename one of them before the move (ALTER … RENAME), or place auth.users in another domain
            error name-collision public.profiles_id:7 index public.profiles_id (moving) and index app.profiles_id would both be named app.profiles_id: the move fails with relation "profiles_id" already exists
              help: rename one of them before the move (ALTER … RENAME), or place public.profiles in another domain
            "#);
    }

    #[test]
    fn quiet_when_names_stay_distinct() {
        // A moved table's compatibility view takes the name it leaves: no clash.
        let placed = [("public.users", "users"), ("auth.users", "auth"), ("public.profiles", "people")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @"");
    }
}
