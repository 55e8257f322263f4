//! # What it finds
//!
//! A permissive policy on a table of tenant data (see `tenant-table-without-rls`) the plan
//! places, whose `USING` expression is always true (`USING (true)`, `USING (1 = 1)`), or,
//! for an `INSERT` policy, whose `WITH CHECK` is. Restrictive policies are left alone:
//! an always-true restrictive policy restricts nothing, but grants nothing either; so are
//! policies only for roles that bypass RLS anyway (`postgres`, and Supabase's
//! `service_role` and `supabase_admin`): they change nothing.
//!
//! # Why it matters
//!
//! Permissive policies are OR-ed: one that is always true makes every other policy of the
//! table irrelevant for its roles and command, so they read (or write) every tenant's rows
//! — tenant isolation exists on paper only. It is often a "temporary" policy from
//! development, or one meant for an admin role but written `TO public`.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.sponsors (id uuid, organization_id uuid REFERENCES public.organizations(id));
//! ALTER TABLE public.sponsors ENABLE ROW LEVEL SECURITY;
//! CREATE POLICY sponsors_all_authenticated ON public.sponsors TO authenticated USING (true);
//! ```
//!
//! The plan moves `sponsors` to `sponsorship`.
//!
//! # Fix
//!
//! Replace the expression with the tenant condition (`USING (organization_id =
//! public.current_org_id())`), or restrict the policy to the role that really needs every
//! row (`TO service_role`) — or make it `AS RESTRICTIVE` if it was meant to narrow others.

use super::sql::{after, line, moving};
use super::tenant_table_without_rls::DEFAULT_TENANT_FUNCTION;
use crate::check::{Check, Context, Finding, Severity};
use crate::model::{Policy, PolicyCommand};
use crate::parse::lexer::{Lexer, TokenKind};

/// Roles that bypass row-level security where they exist (PostgreSQL's default superuser,
/// Supabase's service and admin roles): a policy only for them changes nothing.
const BYPASSING_ROLES: &[&str] = &["postgres", "service_role", "supabase_admin"];

pub(super) static CHECK: Check = Check {
    name: "permissive-policy-always-true",
    severity: Severity::Warning,
    doc: include_str!("permissive_policy_always_true.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let mut findings: Vec<Finding> = cx
        .model
        .policies
        .iter()
        .filter(|p| p.permissive && cx.places(&p.table))
        .filter(|p| !p.roles.iter().all(|r| BYPASSING_ROLES.contains(&r.as_str())))
        .filter_map(|p| {
            let clause = always_true_clause(p)?;
            let key = cx.tenant().key_of(&p.table)?;
            Some(finding(cx, p, clause, &key.column))
        })
        .collect();
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// `USING` or `WITH CHECK`, whichever makes the policy let every row through.
fn always_true_clause(policy: &Policy) -> Option<&'static str> {
    if policy.using.as_deref().is_some_and(always_true) {
        return Some("USING");
    }
    let insert = policy.command == PolicyCommand::Insert || policy.using.is_none();
    (insert && policy.with_check.as_deref().is_some_and(always_true)).then_some("WITH CHECK")
}

/// `true`, `(true)`, `'t'::boolean`, `1 = 1`: an expression that holds for every row.
pub fn always_true(expression: &str) -> bool {
    let tokens: Vec<&str> = Lexer::new(expression)
        .filter(|t| !t.kind.is_trivia())
        .filter(|t| !(t.kind == TokenKind::Punct && matches!(t.text(expression), "(" | ")")))
        .map(|t| t.text(expression))
        .collect();
    match tokens.as_slice() {
        [word] => word.eq_ignore_ascii_case("true"),
        [literal, ":", ":", ty] => {
            matches!(literal.to_ascii_lowercase().as_str(), "'t'" | "'true'" | "'on'" | "'yes'" | "'1'")
                && matches!(ty.to_ascii_lowercase().as_str(), "boolean" | "bool")
        }
        [left, "=", right] => left == right && left.chars().all(|c| c.is_ascii_digit() || c == '\''),
        _ => false,
    }
}

fn finding(cx: &Context, policy: &Policy, clause: &str, column: &str) -> Finding {
    let roles = if policy.roles.iter().all(|r| r == "public") { "every role".to_string() } else { policy.roles.join(", ") };
    let what = if clause == "USING" { "read and change" } else { "insert" };
    let function = cx.tenant().function.as_deref().unwrap_or(DEFAULT_TENANT_FUNCTION);
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: policy.table.clone(),
        message: format!(
            "policy {} on {}{} is permissive with {clause} (true): {roles} {what} every tenant's rows, \
             whatever the table's other policies say",
            policy.name,
            policy.table,
            moving(cx, &policy.table)
        ),
        help: format!(
            "replace the condition with the tenant one ({clause} ({column} = {function})), or limit the policy \
             to the role that needs every row; ALTER POLICY {} ON {} …",
            super::sql::ident(&policy.name),
            after(cx, &policy.table)
        ),
        line: line(policy.location),
        fix: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;
    use super::{always_true, CHECK};

    const SQL: &str = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY);
CREATE TABLE public.sponsors (id uuid, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.config (key text, value text);
ALTER TABLE public.sponsors ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.config ENABLE ROW LEVEL SECURITY;
CREATE POLICY sponsors_all_authenticated ON public.sponsors TO authenticated USING (true);
CREATE POLICY anyone_inserts ON public.sponsors FOR INSERT TO anon WITH CHECK (true);
CREATE POLICY tenant ON public.sponsors USING ((organization_id = public.current_org_id()));
CREATE POLICY narrow ON public.sponsors AS RESTRICTIVE USING (true);
CREATE POLICY config_read ON public.config FOR SELECT USING (true);
CREATE POLICY orgs_read ON public.organizations FOR SELECT USING (true);
CREATE POLICY service ON public.sponsors TO service_role USING (true);
";

    #[test]
    fn fires_on_always_true_permissive_policies_of_tenant_data() {
        insta::assert_snapshot!(run(&CHECK, SQL, &[("sponsors", "sponsorship")]));
    }

    #[test]
    fn quiet_for_restrictive_non_tenant_root_bypassing_roles_and_real_conditions() {
        let sql = SQL.replace("CREATE POLICY sponsors_all_authenticated", "-- ").replace("CREATE POLICY anyone_inserts", "-- ");
        insta::assert_snapshot!(run(&CHECK, &sql, &[("sponsors", "sponsorship")]), @"");
    }

    #[test]
    fn always_true_expressions() {
        assert!(always_true("true") && always_true("(true)") && always_true("('t'::boolean)") && always_true("(1 = 1)"));
        assert!(!always_true("(deleted_at IS NULL)") && !always_true("false") && !always_true("(a = a)"));
    }
}
