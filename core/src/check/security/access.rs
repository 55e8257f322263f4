//! Who can use a relation or a schema besides its owner, from the dump's `GRANT`s.
//!
//! pg_dump writes a `GRANT` for every privilege that differs from the default, so in a dump
//! that holds any `GRANT` at all, a table without one is used by its owner (and members of
//! the owner role, who also bypass row-level security) only. A dump without any `GRANT`
//! (made with `--no-privileges`, or of a database only its owner uses) says nothing: then
//! every relation counts as possibly readable by others.

use crate::model::{Model, ObjectKind, QualifiedName};
use crate::parse::lexer::{Lexer, TokenKind};
use std::collections::{BTreeMap, BTreeSet};

/// Grantees per relation and per schema.
pub struct Access<'a> {
    /// The dump holds at least one `GRANT`.
    pub known: bool,
    relations: BTreeMap<QualifiedName, BTreeSet<&'a str>>,
    schemas: BTreeMap<String, BTreeSet<&'a str>>,
}

/// Who besides the owner can use a relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readers<'a> {
    /// The dump has no privileges at all: unknown.
    Unknown,
    /// Nobody but the owner.
    OwnerOnly,
    /// These roles (`PUBLIC` included) hold a privilege on it.
    Roles(Vec<&'a str>),
}

impl Readers<'_> {
    /// Someone besides the owner can (or, unknown, may) use it.
    pub fn others(&self) -> bool {
        !matches!(self, Readers::OwnerOnly)
    }

    /// ` (granted to anon, authenticated)`, ` (today only its owner can read it)`, or
    /// nothing when the dump has no privileges.
    pub fn granted_to(&self) -> String {
        match self {
            Readers::Roles(roles) => format!(" (granted to {})", roles.join(", ")),
            Readers::OwnerOnly => " (today only its owner can read it: the first GRANT, such as GRANT SELECT ON ALL \
                                   TABLES IN SCHEMA, opens it)"
                .to_string(),
            Readers::Unknown => String::new(),
        }
    }
}

impl<'a> Access<'a> {
    pub fn of(model: &'a Model) -> Access<'a> {
        let mut access = Access { known: false, relations: BTreeMap::new(), schemas: BTreeMap::new() };
        for grant in model.grants.iter().filter(|g| g.grant) {
            access.known = true;
            // PUBLIC is a keyword (no role has that name): shown as written in SQL.
            let grantees = grant.grantees.iter().map(|g| if g == "public" { "PUBLIC" } else { g.as_str() });
            match grant.object_kind {
                ObjectKind::Table => {
                    if let Some(name) = qualified(&grant.object) {
                        access.relations.entry(name).or_default().extend(grantees);
                    }
                }
                ObjectKind::Schema => {
                    if let Some(name) = qualified(&grant.object) {
                        access.schemas.entry(name.name).or_default().extend(grantees);
                    }
                }
                _ => {}
            }
        }
        access
    }

    /// The roles besides `owner` that hold a privilege on the relation `name`.
    pub fn readers(&self, name: &QualifiedName, owner: Option<&str>) -> Readers<'a> {
        if !self.known {
            return Readers::Unknown;
        }
        let roles: Vec<&str> =
            self.relations.get(name).into_iter().flatten().copied().filter(|r| Some(*r) != owner).collect();
        if roles.is_empty() {
            Readers::OwnerOnly
        } else {
            Readers::Roles(roles)
        }
    }

    /// Some table, view or sequence is granted to someone: roles besides the owners use
    /// the database's relations.
    pub fn relations_granted(&self) -> bool {
        self.relations.values().any(|roles| !roles.is_empty())
    }

    /// The roles granted a privilege (`USAGE`, `ALL`) on `schema`.
    pub fn schema_users(&self, schema: &str) -> Vec<&'a str> {
        self.schemas.get(schema).into_iter().flatten().copied().collect()
    }
}

/// `public.orders`, `"Sales"."Order"`, `orders` (→ `public`) as written in a `GRANT`.
pub fn qualified(text: &str) -> Option<QualifiedName> {
    let mut parts = Vec::new();
    for token in Lexer::new(text).filter(|t| !t.kind.is_trivia()) {
        let raw = token.text(text);
        match token.kind {
            TokenKind::Word => parts.push(raw.to_ascii_lowercase()),
            TokenKind::QuotedIdent => parts.push(raw.get(1..raw.len().saturating_sub(1))?.replace("\"\"", "\"")),
            TokenKind::Punct if raw == "." => {}
            _ => return None,
        }
    }
    match parts.as_slice() {
        [name] => Some(QualifiedName::new("public", name.clone())),
        [schema, name] => Some(QualifiedName::new(schema.clone(), name.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_by_relation_and_schema() {
        let sql = "
CREATE TABLE public.a (id int);
CREATE TABLE public.\"B\" (id int);
ALTER TABLE public.a OWNER TO app;
GRANT USAGE ON SCHEMA public TO anon;
GRANT SELECT ON TABLE public.a TO anon;
GRANT ALL ON TABLE public.a TO app;
GRANT SELECT ON TABLE public.\"B\" TO PUBLIC;
";
        let model = crate::parse(sql).model;
        let access = Access::of(&model);
        assert_eq!(access.readers(&QualifiedName::new("public", "a"), Some("app")), Readers::Roles(vec!["anon"]));
        assert_eq!(access.readers(&QualifiedName::new("public", "B"), None), Readers::Roles(vec!["PUBLIC"]));
        assert_eq!(access.readers(&QualifiedName::new("public", "c"), None), Readers::OwnerOnly);
        assert_eq!(access.schema_users("public"), ["anon"]);
        assert!(access.relations_granted());
        let none = crate::parse("CREATE TABLE public.a (id int);").model;
        assert_eq!(Access::of(&none).readers(&QualifiedName::new("public", "a"), None), Readers::Unknown);
        assert_eq!(qualified("\"S\".\"x\"\"y\""), Some(QualifiedName::new("S", "x\"y")));
        assert_eq!(qualified("f(int)"), None);
    }
}
