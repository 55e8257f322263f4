//! # What it finds
//!
//! A table the plan places that has policies (`CREATE POLICY`) while row-level security
//! is not enabled on it. One finding per table, naming its policies.
//!
//! # Why it matters
//!
//! Policies only act when RLS is enabled (`ALTER TABLE … ENABLE ROW LEVEL SECURITY`);
//! until then every role with privileges on the table sees and changes every row, while
//! the policies make the schema look protected. It is typically an `ENABLE` that was
//! forgotten, or dropped when the table was recreated.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.orders (id int, user_id uuid);
//! CREATE POLICY own_orders ON public.orders USING ((user_id = auth.uid()));
//! ```
//!
//! The plan moves `orders` to `ticketing`.
//!
//! # Fix
//!
//! Check that the policies cover every command the granted roles use, then enable RLS
//! (`ALTER TABLE ticketing.orders ENABLE ROW LEVEL SECURITY`); or drop the policies if
//! the table is meant to be open. Not applied automatically: enabling RLS denies whatever
//! the policies do not allow.

use super::sql::{after, line, list, moving};
use crate::check::{Check, Context, Finding, Severity};
use crate::model::{Policy, QualifiedName};
use std::collections::BTreeMap;

pub(super) static CHECK: Check = Check {
    name: "policy-on-rls-disabled-table",
    severity: Severity::Warning,
    doc: include_str!("policy_on_rls_disabled_table.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let mut by_table: BTreeMap<&QualifiedName, Vec<&Policy>> = BTreeMap::new();
    for policy in &cx.model.policies {
        by_table.entry(&policy.table).or_default().push(policy);
    }
    let mut findings = Vec::new();
    for (name, policies) in by_table {
        let Some(table) = cx.table(name) else { continue };
        if table.rls_enabled || !cx.places(name) {
            continue;
        }
        let names: Vec<String> = policies.iter().map(|p| format!("{} (line {})", p.name, p.location.line)).collect();
        let count = if policies.len() == 1 { "a policy".to_string() } else { format!("{} policies", policies.len()) };
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: name.clone(),
            message: format!(
                "{name}{} has {count} ({}) but row-level security is not enabled: the policies do nothing, \
                 every role with privileges on it sees and changes every row",
                moving(cx, name),
                list(&names, 4)
            ),
            help: format!(
                "check that the policies cover every command the roles use, then ALTER TABLE {} ENABLE ROW LEVEL \
                 SECURITY; or drop the policies if the table is meant to be open",
                after(cx, name)
            ),
            line: line(table.location),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.orders (id int, user_id uuid);
CREATE TABLE public.tickets (id int, user_id uuid);
CREATE TABLE public.plain (id int);
CREATE POLICY own_orders ON public.orders FOR SELECT USING ((user_id = auth.uid()));
CREATE POLICY staff ON public.orders TO staff USING (true);
CREATE POLICY own_tickets ON public.tickets USING ((user_id = auth.uid()));
ALTER TABLE public.tickets ENABLE ROW LEVEL SECURITY;
";

    #[test]
    fn fires_when_policies_exist_without_rls() {
        insta::assert_snapshot!(run(&CHECK, SQL, &[("orders", "ticketing")]));
    }

    #[test]
    fn quiet_with_rls_enabled_or_without_policies() {
        let sql = SQL.replace("CREATE POLICY own_orders", "-- ").replace("CREATE POLICY staff", "-- ");
        insta::assert_snapshot!(run(&CHECK, &sql, &[("orders", "ticketing")]), @"");
    }
}
