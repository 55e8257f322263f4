//! [`Context`]: what every check reads, computed once per run.

use crate::model::{Model, QualifiedName, Table};
use crate::plan::Plan;

/// The model, the plan, and facts several checks share.
pub struct Context<'a> {
    pub model: &'a Model,
    pub plan: &'a Plan,
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Model, plan: &'a Plan) -> Context<'a> {
        Context { model, plan }
    }

    /// The schema `table` is in after the plan.
    pub fn target_schema<'t>(&'t self, table: &'t QualifiedName) -> &'t str {
        self.plan.target_schema(table)
    }

    /// Whether the plan moves `table` out of its schema.
    pub fn moves(&self, table: &QualifiedName) -> bool {
        self.plan.domain_of(table).is_some_and(|d| d != table.schema)
    }

    /// The table named `name`, in constant time.
    pub fn table(&self, name: &QualifiedName) -> Option<&'a Table> {
        self.model.tables.get(self.model.table_position(name)?)
    }
}
