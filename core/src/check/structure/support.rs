//! Helpers the structure checks share: where objects land after the plan, foreign key
//! text for messages, short lists. Test helpers build a model and a plan from inline SQL.

pub use crate::check::text::{line, list};
use crate::check::Context;
use crate::model::{ForeignKey, QualifiedName};
use crate::plan::FollowerKind;
use std::collections::BTreeSet;

/// The schema a sequence, index or type lands in: its follower's domain, else where it is.
pub fn follower_schema<'a>(cx: &'a Context, kind: FollowerKind, name: &'a QualifiedName) -> &'a str {
    let found = cx.plan.objects.binary_search_by(|f| (f.kind, &f.name).cmp(&(kind, name)));
    match found.ok().and_then(|at| cx.plan.objects.get(at)) {
        Some(follower) => follower.domain.as_deref().unwrap_or(&name.schema),
        None => &name.schema,
    }
}

/// Schemas the plan moves at least one table out of.
pub fn carved_schemas<'a>(cx: &Context<'a>) -> BTreeSet<&'a str> {
    cx.plan
        .assignments
        .iter()
        .filter(|a| a.domain != a.table.schema)
        .map(|a| a.table.schema.as_str())
        .collect()
}

/// `orders_user_fkey (public.orders(user_id) → public.users)`.
pub fn describe_fk(fk: &ForeignKey) -> String {
    let name = fk.name.as_deref().map(|n| format!("{n} ")).unwrap_or_default();
    format!("{name}({}({}) → {})", fk.table, fk.columns.join(", "), fk.ref_table)
}
