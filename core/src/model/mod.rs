//! The schema model: plain data built by `parse`, read by everything after it.
//! Names are stored as PostgreSQL stores them (unquoted identifiers folded to lower case,
//! quoted ones exactly as written, without quotes). Serde at the edge only.

mod lookup;
mod objects;
mod relation;

pub use objects::*;
pub use relation::*;

use serde::Serialize;

/// A schema-qualified name, e.g. `public.orders`. Both parts are raw identifiers.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: impl Into<String>, name: impl Into<String>) -> Self {
        QualifiedName { schema: schema.into(), name: name.into() }
    }
}

/// `schema.name` with raw identifiers, no quotes (the form the JSON output uses).
impl std::fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Where a statement starts in the dump: 1-based line and column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: u32,
    pub column: u32,
}

/// Everything a dump defines.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Model {
    pub schemas: Vec<Schema>,
    pub extensions: Vec<Extension>,
    pub types: Vec<TypeDef>,
    pub tables: Vec<Table>,
    pub foreign_keys: Vec<ForeignKey>,
    pub indexes: Vec<Index>,
    pub sequences: Vec<Sequence>,
    pub views: Vec<View>,
    pub functions: Vec<Function>,
    pub triggers: Vec<Trigger>,
    pub policies: Vec<Policy>,
    pub grants: Vec<Grant>,
    pub default_privileges: Vec<DefaultPrivilege>,
    pub comments: Vec<Comment>,
    /// Name → position caches for lookups (see [`Model::table_position`]); not data.
    #[serde(skip)]
    pub lookup: lookup::Lookup,
}

impl Model {
    pub fn table(&self, name: &QualifiedName) -> Option<&Table> {
        self.tables.iter().find(|t| &t.name == name)
    }

    pub fn table_mut(&mut self, name: &QualifiedName) -> Option<&mut Table> {
        let position = self.table_position(name)?;
        self.tables.get_mut(position)
    }

    /// Where the table `name` is in `tables`, in constant time (a cached index).
    pub fn table_position(&mut self, name: &QualifiedName) -> Option<usize> {
        self.lookup.tables.find(&self.tables, |t| &t.name, name)
    }

    /// Where the sequence `name` is in `sequences`, in constant time.
    pub fn sequence_position(&mut self, name: &QualifiedName) -> Option<usize> {
        self.lookup.sequences.find(&self.sequences, |s| &s.name, name)
    }

    /// Where the index `name` is in `indexes`, in constant time.
    pub fn index_position(&mut self, name: &QualifiedName) -> Option<usize> {
        self.lookup.indexes.find(&self.indexes, |i| &i.name, name)
    }

    /// Call after removing tables, sequences or indexes (appending needs nothing).
    pub fn forget_positions(&mut self) {
        self.lookup = lookup::Lookup::default();
    }
}
