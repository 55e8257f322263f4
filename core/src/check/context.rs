//! [`Context`]: what every check reads, computed once per run.

use super::security::tenant::{self, Tenant};
use crate::model::{Model, QualifiedName, Table};
use crate::plan::Plan;
use std::cell::OnceCell;
use std::collections::BTreeMap;

/// The model, the plan, and facts several checks share.
pub struct Context<'a> {
    pub model: &'a Model,
    pub plan: &'a Plan,
    tables: BTreeMap<&'a QualifiedName, &'a Table>,
    /// The tenant (root, tenant data, tenant function), detected on first use.
    tenant: OnceCell<Tenant>,
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Model, plan: &'a Plan) -> Context<'a> {
        let tables = model.tables.iter().map(|t| (&t.name, t)).collect();
        Context { model, plan, tables, tenant: OnceCell::new() }
    }

    /// The schema `table` is in after the plan.
    pub fn target_schema<'t>(&'t self, table: &'t QualifiedName) -> &'t str {
        self.plan.target_schema(table)
    }

    /// Whether the plan moves `table` out of its schema.
    pub fn moves(&self, table: &QualifiedName) -> bool {
        self.plan.domain_of(table).is_some_and(|d| d != table.schema)
    }

    /// The table named `name`.
    pub fn table(&self, name: &QualifiedName) -> Option<&'a Table> {
        self.tables.get(name).copied()
    }

    /// Whether the plan places `table` (moves it, or keeps it where it is). Tables a plan
    /// leaves out (a plan file listing some tables only) are outside its scope.
    pub fn places(&self, table: &QualifiedName) -> bool {
        self.plan.domain_of(table).is_some()
    }

    /// The tenant root, the tables that hold tenant data and the tenant function
    /// (`check/security/tenant.rs`), as `plan.options.tenant` configures them.
    pub fn tenant(&self) -> &Tenant {
        self.tenant.get_or_init(|| tenant::detect(self.model, &self.plan.options.tenant))
    }
}
