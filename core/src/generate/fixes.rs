//! The checks' fixes the bundle applies: each finding's fix is taken when the plan's
//! options leave it on and it names what the model has (the table and its column, the
//! function, the view); every other finding is left to the user (the README lists it).
//! Also the tenant function the isolation policies call, and their policy names.

use super::migration::{Pin, TenantFunction};
use crate::check::{Finding, Fix};
use crate::model::{Function, Model, QualifiedName, Table};
use crate::plan::Plan;
use std::collections::{BTreeMap, BTreeSet};

/// A tenant table to isolate: the table, its tenant key column, the dump's tenant
/// function call if the check found one.
pub struct Isolate<'a> {
    pub table: &'a Table,
    pub column: String,
    pub call: Option<String>,
}

/// The fixes taken, by kind, and the findings sorted into applied and remaining.
pub struct Intake<'a> {
    pub applied: Vec<&'a Finding>,
    pub remaining: Vec<&'a Finding>,
    pub isolations: BTreeMap<QualifiedName, Isolate<'a>>,
    pub pins: Vec<Pin<'a>>,
    pub invokers: BTreeSet<QualifiedName>,
}

pub fn take<'a>(model: &'a Model, plan: &Plan, findings: &'a [Finding]) -> Intake<'a> {
    let on = &plan.options.fixes;
    let tables: BTreeMap<&QualifiedName, &Table> = model.tables.iter().map(|t| (&t.name, t)).collect();
    let mut intake = Intake {
        applied: Vec::new(),
        remaining: Vec::new(),
        isolations: BTreeMap::new(),
        pins: Vec::new(),
        invokers: BTreeSet::new(),
    };
    let mut pinned: BTreeSet<(&QualifiedName, &str)> = BTreeSet::new();
    for finding in findings {
        let taken = match &finding.fix {
            Some(Fix::TenantIsolation { table, column, tenant_function }) if on.tenant_rls => {
                match tables.get(table) {
                    Some(t) if t.columns.iter().any(|c| &c.name == column) => {
                        intake.isolations.entry(table.clone()).or_insert(Isolate {
                            table: t,
                            column: column.clone(),
                            call: tenant_function.clone(),
                        });
                        true
                    }
                    _ => false,
                }
            }
            Some(Fix::PinSearchPath { function, arguments, search_path }) if on.function_search_path => {
                match find_function(model, function, arguments) {
                    Some(f) => {
                        if pinned.insert((&f.name, f.arguments.as_str())) {
                            let signature = super::signature::argument_types(&f.arguments);
                            intake.pins.push(Pin { function: f, signature, search_path: search_path.clone() });
                        }
                        true
                    }
                    None => false,
                }
            }
            Some(Fix::SecurityInvoker { view }) if on.view_security_invoker => {
                let known = model.views.iter().any(|v| &v.name == view && !v.materialized);
                if known {
                    intake.invokers.insert(view.clone());
                }
                known
            }
            _ => false,
        };
        if taken { intake.applied.push(finding) } else { intake.remaining.push(finding) }
    }
    intake.pins.sort_by(|a, b| (&a.function.name, &a.signature).cmp(&(&b.function.name, &b.signature)));
    intake
}

/// The function `name(arguments)`: arguments compared without defaults, and a name
/// with one function only matches whatever the arguments say.
pub fn find_function<'m>(model: &'m Model, name: &QualifiedName, arguments: &str) -> Option<&'m Function> {
    let wanted = super::signature::argument_types(arguments);
    // A signature the bundle can write back (names and types only).
    if !wanted.is_empty() && super::setting::type_name(&wanted).is_none() {
        return None;
    }
    let named: Vec<&Function> = model.functions.iter().filter(|f| &f.name == name).collect();
    named
        .iter()
        .find(|f| f.arguments == arguments || super::signature::argument_types(&f.arguments) == wanted)
        .or(if named.len() == 1 { named.first() } else { None })
        .copied()
}

/// `tenant_isolation`, or `tenant_isolation_2`, … when the table already has one so named.
pub fn policy_name(model: &Model, table: &QualifiedName) -> String {
    let taken: BTreeSet<&str> =
        model.policies.iter().filter(|p| &p.table == table).map(|p| p.name.as_str()).collect();
    let mut n = 1;
    loop {
        let name = if n == 1 { "tenant_isolation".to_string() } else { format!("tenant_isolation_{n}") };
        if !taken.contains(name.as_str()) {
            return name;
        }
        n += 1;
    }
}

/// The function the isolation policies call: the dump's own (as its policies write it),
/// an existing `public.current_org_id()`, else one the bundle creates, returning the
/// type of the first tenant key column.
pub fn tenant_function(model: &Model, isolations: &BTreeMap<QualifiedName, Isolate>) -> Option<TenantFunction> {
    let first = isolations.values().next()?;
    let dumps_own = isolations.values().find_map(|i| i.call.as_deref().and_then(super::setting::function_call));
    if let Some(call) = dumps_own {
        return Some(TenantFunction { call, create: None });
    }
    let call = "public.current_org_id()".to_string();
    let exists = model
        .functions
        .iter()
        .any(|f| f.name == QualifiedName::new("public", "current_org_id") && f.arguments.trim().is_empty());
    if exists {
        return Some(TenantFunction { call, create: None });
    }
    let data_type =
        first.table.columns.iter().find(|c| c.name == first.column).and_then(|c| super::setting::type_name(&c.data_type));
    Some(TenantFunction { call, create: Some(data_type.unwrap_or_else(|| "uuid".to_string())) })
}
