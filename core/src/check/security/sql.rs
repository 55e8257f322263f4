//! SQL text for the help of security findings: identifiers quoted when PostgreSQL needs it,
//! and a table's name after the plan.

use crate::check::Context;
use crate::model::{Location, QualifiedName};

/// Words PostgreSQL reserves (a plain identifier spelled so must be quoted).
const RESERVED: &[&str] = &[
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
    "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
    "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
    "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
    "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
    "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
    "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
    "using", "variadic", "when", "where", "window", "with",
];

/// `orders`, `"Order Lines"`, `"user"`.
pub fn ident(name: &str) -> String {
    let plain = name.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$')
        && !RESERVED.contains(&name);
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `schema.name`, each part quoted when needed.
pub fn qualified(name: &QualifiedName) -> String {
    format!("{}.{}", ident(&name.schema), ident(&name.name))
}

/// The table's name after the plan, quoted for SQL.
pub fn after(cx: &Context, table: &QualifiedName) -> String {
    format!("{}.{}", ident(cx.target_schema(table)), ident(&table.name))
}

/// ` (moving to sales)` when the plan moves `table`, else nothing.
pub fn moving(cx: &Context, table: &QualifiedName) -> String {
    if cx.moves(table) {
        format!(" (moving to {})", cx.target_schema(table))
    } else {
        String::new()
    }
}

/// The dump line of a location (`None` for objects the model made up, line 0).
pub fn line(location: Location) -> Option<u32> {
    (location.line > 0).then_some(location.line)
}

/// `a, b and c`, or the first `cap` and `and N more`.
pub fn list<S: AsRef<str>>(items: &[S], cap: usize) -> String {
    let shown: Vec<&str> = items.iter().take(cap).map(AsRef::as_ref).collect();
    let more = items.len().saturating_sub(cap);
    match (shown.as_slice(), more) {
        ([], _) => String::new(),
        ([one], 0) => one.to_string(),
        ([init @ .., last], 0) => format!("{} and {last}", init.join(", ")),
        (all, n) => format!("{} and {n} more", all.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(ident("orders"), "orders");
        assert_eq!(ident("user"), "\"user\"");
        assert_eq!(ident("Order \"X\""), "\"Order \"\"X\"\"\"");
        assert_eq!(qualified(&QualifiedName::new("Sales", "a1")), "\"Sales\".a1");
        assert_eq!(list(&["a", "b", "c"], 2), "a, b and 1 more");
        assert_eq!(list(&["a", "b"], 3), "a and b");
    }
}
