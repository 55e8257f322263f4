//! Choices saved with a plan that the checks and the generator read: who the tenant is,
//! and which of the checks' fixes the generator applies.

use crate::model::QualifiedName;
use serde::Serialize;

/// Everything a plan carries besides its assignments. The defaults detect the tenant
/// from the schema and apply every fix.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PlanOptions {
    pub tenant: TenantOptions,
    pub fixes: Fixes,
}

/// How tenant data is recognised: a column that references the tenant root table, or a
/// column with one of the tenant key names.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TenantOptions {
    /// The tenant root table (e.g. `public.organizations`); `None`: detected.
    pub root: Option<QualifiedName>,
    /// Tenant key column names; empty: the built-in list (`organization_id`, `org_id`,
    /// `tenant_id`, `account_id`, `workspace_id`, `company_id`, …).
    pub columns: Vec<String>,
}

/// The fixes the generator applies by default; each can be switched off.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fixes {
    /// Pin `search_path` of functions whose bodies mention moved tables.
    pub function_search_path: bool,
    /// Enable RLS and add a tenant-isolation policy on tenant tables without it.
    pub tenant_rls: bool,
    /// Set `security_invoker = true` on views over RLS tables.
    pub view_security_invoker: bool,
}

impl Default for Fixes {
    fn default() -> Self {
        Fixes { function_search_path: true, tenant_rls: true, view_security_invoker: true }
    }
}
