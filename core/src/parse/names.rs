//! Identifiers as PostgreSQL stores them: unquoted folded to lower case, quoted exact.

use crate::model::QualifiedName;

/// The schema unqualified names resolve to (pg_dump qualifies everything; hand-written
/// DDL usually means `public`).
pub const DEFAULT_SCHEMA: &str = "public";

/// Fold an unquoted identifier the way PostgreSQL does (ASCII letters only).
pub fn fold(word: &str) -> String {
    word.to_ascii_lowercase()
}

/// `"a""b"` → `a"b`; `U&"…"` is kept as written (rare in dumps).
pub fn unquote(quoted: &str) -> Option<String> {
    let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.replace("\"\"", "\""))
}

/// `[name]` → `public.name`, `[schema, name]` → `schema.name`, `[db, schema, name]` →
/// `schema.name`.
pub fn qualify(mut parts: Vec<String>) -> Option<QualifiedName> {
    let name = parts.pop()?;
    let schema = parts.pop().unwrap_or_else(|| DEFAULT_SCHEMA.to_string());
    Some(QualifiedName { schema, name })
}

/// A sqlparser identifier as PostgreSQL stores it.
pub fn ident(ident: &sqlparser::ast::Ident) -> String {
    match ident.quote_style {
        Some(_) => ident.value.clone(),
        None => fold(&ident.value),
    }
}

/// A sqlparser object name as a qualified name (unqualified → `public`).
pub fn object_name(name: &sqlparser::ast::ObjectName) -> Option<QualifiedName> {
    let parts = name.0.iter().map(|part| part.as_ident().map(ident)).collect::<Option<Vec<_>>>()?;
    qualify(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_quoting() {
        assert_eq!(fold("Orders"), "orders");
        assert_eq!(unquote("\"Order \"\"Lines\"\"\"").as_deref(), Some("Order \"Lines\""));
        assert_eq!(qualify(vec!["t".into()]), Some(QualifiedName::new("public", "t")));
        assert_eq!(qualify(vec!["s".into(), "t".into()]), Some(QualifiedName::new("s", "t")));
    }
}
