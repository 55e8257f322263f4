//! [`Context`]: what every check reads, computed once per run.

use crate::model::{Model, QualifiedName, Table};
use crate::plan::Plan;
use std::collections::BTreeMap;

/// The model, the plan, and facts several checks share.
pub struct Context<'a> {
    pub model: &'a Model,
    pub plan: &'a Plan,
    tables: BTreeMap<&'a QualifiedName, &'a Table>,
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Model, plan: &'a Plan) -> Context<'a> {
        let tables = model.tables.iter().map(|t| (&t.name, t)).collect();
        Context { model, plan, tables }
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
}
