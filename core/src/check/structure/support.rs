//! Helpers the structure checks share: where objects land after the plan, foreign key
//! text for messages, short lists. Test helpers build a model and a plan from inline SQL.

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

/// The dump line of a location (`None` for objects the model made up, line 0).
pub fn line(location: crate::model::Location) -> Option<u32> {
    (location.line > 0).then_some(location.line)
}

#[cfg(test)]
pub mod test_support {
    use crate::check::{Check, Context, Finding};
    use crate::model::{Model, QualifiedName};
    use crate::plan::{follow, Assignment, Plan};

    /// `schema.name`, or `public.name`.
    pub fn q(text: &str) -> QualifiedName {
        match text.split_once('.') {
            Some((schema, name)) => QualifiedName::new(schema, name),
            None => QualifiedName::new("public", text),
        }
    }

    /// The model of `sql` and a plan that places exactly `placed` (table → domain), with
    /// its followers; other tables are unplanned.
    pub fn plan(sql: &str, placed: &[(&str, &str)]) -> (Model, Plan) {
        let model = crate::parse(sql).model;
        let assignments = placed
            .iter()
            .map(|(table, domain)| Assignment {
                table: q(table),
                domain: domain.to_string(),
                reason: "test".into(),
                confidence: 1.0,
                pinned: true,
            })
            .collect();
        let mut plan = Plan::from_assignments(assignments);
        follow::attach(&model, &mut plan);
        (model, plan)
    }

    /// One line per finding (`severity check subject:line message`, then help and fix).
    pub fn render(findings: &[Finding]) -> String {
        let mut out = String::new();
        for f in findings {
            let line = f.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
            let severity = format!("{:?}", f.severity).to_lowercase();
            out.push_str(&format!("{severity} {} {}:{line} {}\n  help: {}\n", f.check, f.subject, f.message, f.help));
            if let Some(fix) = &f.fix {
                let json = serde_json::to_string(fix).unwrap_or_default();
                out.push_str(&format!("  fix: {json}\n"));
            }
        }
        out
    }

    /// `check` run on `sql` with `placed`, rendered.
    pub fn run(check: &Check, sql: &str, placed: &[(&str, &str)]) -> String {
        let (model, plan) = plan(sql, placed);
        let findings = (check.run)(&Context::new(&model, &plan));
        for f in &findings {
            assert_eq!(f.check, check.name, "a check reports under its own name");
            assert_eq!(f.severity, check.severity, "a check reports at its own severity");
        }
        render(&findings)
    }
}
