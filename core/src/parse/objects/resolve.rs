//! Cross-statement facts for types, views and functions, once every statement is read.

use crate::model::{Model, QualifiedName};
use crate::parse::names::DEFAULT_SCHEMA;
use crate::parse::cursor::Cursor;
use std::collections::{BTreeMap, BTreeSet};

/// `TypeDef.used_by`: the table columns whose type (arrays included) is the type.
pub fn type_users(model: &mut Model) {
    let mut users: BTreeMap<QualifiedName, Vec<(QualifiedName, String)>> = BTreeMap::new();
    for table in &model.tables {
        for column in &table.columns {
            if let Some(type_name) = type_name(&column.data_type) {
                users.entry(type_name).or_default().push((table.name.clone(), column.name.clone()));
            }
        }
    }
    for type_def in &mut model.types {
        type_def.used_by = users.remove(&type_def.name).unwrap_or_default();
    }
}

/// The name in a column type as written: `public.mood[]` → `public.mood`, `"Flag"` →
/// `public.Flag`, `character varying(30)` → `public.character` (matches no user type).
fn type_name(data_type: &str) -> Option<QualifiedName> {
    Cursor::with_semicolon(data_type).qualified_name().ok()
}

/// Unqualified view reads (empty schema) take the schema of a relation of that name,
/// `public` first, else `public`.
pub fn view_read_schemas(model: &mut Model) {
    let schemas_by_name = relation_schemas(model);
    for view in &mut model.views {
        for read in view.reads.iter_mut().filter(|r| r.schema.is_empty()) {
            read.schema = schemas_by_name
                .get(&read.name)
                .and_then(|schemas| {
                    if schemas.contains(DEFAULT_SCHEMA) {
                        Some(DEFAULT_SCHEMA.to_string())
                    } else {
                        schemas.iter().next().cloned()
                    }
                })
                .unwrap_or_else(|| DEFAULT_SCHEMA.to_string());
        }
    }
}

/// Keep only body mentions that name a relation of the dump: a qualified mention must
/// match schema and name, an unqualified one any relation of that name (which one runs
/// depends on `search_path`, so the schema stays unknown).
pub fn function_mentions(model: &mut Model) {
    let schemas_by_name = relation_schemas(model);
    for function in &mut model.functions {
        function.mentions.retain(|mention| match (&mention.schema, schemas_by_name.get(&mention.name)) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(schema), Some(schemas)) => schemas.contains(schema),
        });
    }
}

/// Relation name → the schemas that have a table, view or sequence of that name.
fn relation_schemas(model: &Model) -> BTreeMap<String, BTreeSet<String>> {
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let names = model
        .tables
        .iter()
        .map(|t| &t.name)
        .chain(model.views.iter().map(|v| &v.name))
        .chain(model.sequences.iter().map(|s| &s.name));
    for name in names {
        map.entry(name.name.clone()).or_default().insert(name.schema.clone());
    }
    map
}
