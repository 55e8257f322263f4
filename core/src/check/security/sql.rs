//! SQL text for the help of security findings: a table's name after the plan, quoted as
//! the generator quotes it (`generate::quote`).

use crate::check::Context;
pub use crate::check::text::{line, list};
pub use crate::generate::quote::{ident, qualified};
use crate::model::QualifiedName;

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
