//! The security checks, in the order `crate::check::all` lists them: row-level security
//! (tenant tables, policies, views that bypass them), `SECURITY DEFINER` functions and
//! the grants of the new schemas. `tenant.rs` says who the tenant is (shared with the
//! generator through [`super::Context::tenant`]); `access.rs` reads the dump's grants.

mod access;
mod missing_schema_grants;
mod permissive_policy_always_true;
mod policy_on_rls_disabled_table;
mod rls_enabled_without_policy;
mod security_definer_search_path;
mod sql;
pub(crate) mod tenant;
mod tenant_table_without_rls;
mod view_bypasses_rls;

use super::Check;

pub(super) static CHECKS: &[&Check] = &[
    &tenant_table_without_rls::CHECK,
    &rls_enabled_without_policy::CHECK,
    &view_bypasses_rls::CHECK,
    &policy_on_rls_disabled_table::CHECK,
    &permissive_policy_always_true::CHECK,
    &security_definer_search_path::CHECK,
    &missing_schema_grants::CHECK,
];
