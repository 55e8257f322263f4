//! [`Migration`]: everything the bundle's files say, worked out once from the model, the
//! plan and the checks' findings: which tables, sequences and types move where and in
//! which order, which fixes apply (and in which domain's file), and the tenant function.
//! The file writers (`preflight.rs`, `domain.rs`, …) only render it.

use super::{fixes, order};
use crate::check::Finding;
use crate::model::{Function, Model, QualifiedName, Table, TypeKind};
use crate::plan::{FollowerKind, Plan};
use std::collections::BTreeMap;

/// The roles the bundle grants to, created when missing.
pub const READ_ROLE: &str = "app_read";
pub const WRITE_ROLE: &str = "app_write";
/// The schema that holds the bundle's own state (recorded counts, hashes, ACLs).
pub const STATE_SCHEMA: &str = "pgcarve";
/// The tenant setting the created `public.current_org_id()` reads.
pub const TENANT_SETTING: &str = "app.current_org_id";

/// A table of the plan: where it is, where it goes.
#[derive(Debug, Clone)]
pub struct Planned<'a> {
    pub table: &'a Table,
    pub target: String,
    /// Gets a tenant-isolation policy from this bundle.
    pub tenant: bool,
}

impl Planned<'_> {
    pub fn moves(&self) -> bool {
        self.target != self.table.name.schema
    }
}

/// A tenant-isolation policy to add.
#[derive(Debug, Clone)]
pub struct Isolation<'a> {
    pub table: &'a Table,
    /// The table's name after the move.
    pub after: QualifiedName,
    pub column: String,
    pub policy: String,
}

/// A function whose `search_path` is pinned.
#[derive(Debug, Clone)]
pub struct Pin<'a> {
    pub function: &'a Function,
    /// The argument types for `ALTER FUNCTION name(…)`.
    pub signature: String,
    pub search_path: Vec<String>,
}

/// A type or domain moved with its own statement.
#[derive(Debug, Clone)]
pub struct TypeMove {
    pub name: QualifiedName,
    pub domain: bool,
}

/// A function body to rewrite: old qualified names → new ones.
#[derive(Debug, Clone)]
pub struct Rewrite<'a> {
    pub function: &'a Function,
    /// Identity arguments (`p_id bigint`), to find it among overloads.
    pub signature: String,
    pub names: Vec<(QualifiedName, QualifiedName)>,
}

/// One forward file: a domain's moves and the fixes that belong after them.
#[derive(Debug, Clone)]
pub struct Step<'a> {
    pub schema: String,
    pub file: String,
    /// Tables that move, referenced ones and parents first.
    pub tables: Vec<&'a Table>,
    pub sequences: Vec<QualifiedName>,
    pub types: Vec<TypeMove>,
    /// Sequences that arrive with this domain's tables or on their own (for grants).
    pub arriving_sequences: Vec<QualifiedName>,
    pub isolations: Vec<Isolation<'a>>,
    /// Function bodies that name this domain's moved objects with their old schema.
    pub rewrites: Vec<Rewrite<'a>>,
    pub invoker_views: Vec<QualifiedName>,
}

/// The tenant function the isolation policies call.
#[derive(Debug, Clone)]
pub struct TenantFunction {
    /// The call as policies write it (`public.current_org_id()`).
    pub call: String,
    /// `Some(type)`: the bundle creates `public.current_org_id()` returning it.
    pub create: Option<String>,
}

/// The whole migration.
pub struct Migration<'a> {
    indexes: &'a [crate::model::Index],
    pub planned: Vec<Planned<'a>>,
    /// New schemas in domain order (those that receive tables).
    pub schemas: Vec<String>,
    pub steps: Vec<Step<'a>>,
    /// Pinned in `010_roles_and_schemas.sql`, before any type moves (the signatures name
    /// types as the dump does), and right from then on correct: the new schemas come
    /// first in the pinned path and hold each table from the moment it moves.
    pub pins: Vec<Pin<'a>>,
    pub tenant_function: Option<TenantFunction>,
    pub cycles: Vec<Vec<String>>,
    /// Findings whose fix the bundle applies.
    pub applied: Vec<&'a Finding>,
    /// Findings the bundle leaves to the user.
    pub remaining: Vec<&'a Finding>,
}

impl<'a> Migration<'a> {
    pub fn new(model: &'a Model, plan: &'a Plan, findings: &'a [Finding]) -> Migration<'a> {
        let tables: BTreeMap<&QualifiedName, &Table> = model.tables.iter().map(|t| (&t.name, t)).collect();
        let (order, cycles) = order::domains(model, plan);
        let fixes::Intake { mut applied, remaining, isolations, pins, invokers } = fixes::take(model, plan, findings);
        let planned: Vec<Planned> = plan
            .assignments
            .iter()
            .filter_map(|a| {
                let table = tables.get(&a.table)?;
                Some(Planned { table, target: a.domain.clone(), tenant: isolations.contains_key(&a.table) })
            })
            .collect();
        let tenant_function = fixes::tenant_function(model, &isolations);
        let width = if order.len() > 97 { 4 } else { 3 };
        let mut steps: Vec<Step> = Vec::new();
        for domain in &order {
            let moving: Vec<QualifiedName> = planned
                .iter()
                .filter(|p| p.moves() && &p.target == domain)
                .map(|p| p.table.name.clone())
                .collect();
            let ordered: Vec<&Table> =
                order::tables(model, &moving).iter().filter_map(|n| tables.get(n).copied()).collect();
            let own = |kind: FollowerKind| -> Vec<QualifiedName> {
                plan.objects
                    .iter()
                    .filter(|o| o.kind == kind && !o.with_table && o.domain.as_deref() == Some(domain.as_str()))
                    .filter(|o| o.name.schema != *domain)
                    .map(|o| o.name.clone())
                    .collect()
            };
            let sequences = own(FollowerKind::Sequence);
            let types: Vec<TypeMove> = own(FollowerKind::Type)
                .into_iter()
                .map(|name| {
                    let domain = model.types.iter().any(|t| t.name == name && matches!(t.kind, TypeKind::Domain { .. }));
                    TypeMove { name, domain }
                })
                .collect();
            let mut arriving: Vec<QualifiedName> = model
                .sequences
                .iter()
                .filter(|s| {
                    let owner = s.owned_by.as_ref().or(s.identity_of.as_ref()).map(|(t, _)| t);
                    owner.is_some_and(|t| moving.contains(t))
                })
                .map(|s| QualifiedName::new(domain.clone(), s.name.name.clone()))
                .collect();
            arriving.extend(sequences.iter().map(|s| QualifiedName::new(domain.clone(), s.name.clone())));
            let step_isolations: Vec<Isolation> = isolations
                .iter()
                .filter(|(name, _)| plan.target_schema(name) == domain)
                .map(|(name, intake)| Isolation {
                    table: intake.table,
                    after: QualifiedName::new(domain.clone(), name.name.clone()),
                    column: intake.column.clone(),
                    policy: fixes::policy_name(model, name),
                })
                .collect();
            if ordered.is_empty() && sequences.is_empty() && types.is_empty() && step_isolations.is_empty() {
                continue;
            }
            let file = format!("{:0width$}_{}.sql", (steps.len() + 2) * 10, super::bundle::file_stem(domain));
            let rewrites = rewrites(model, plan, domain, &moving, &sequences, &types);
            steps.push(Step {
                rewrites,
                schema: domain.clone(),
                file,
                tables: ordered,
                sequences,
                types,
                arriving_sequences: arriving,
                isolations: step_isolations,
                invoker_views: Vec::new(),
            });
        }
        if steps.is_empty() && !invokers.is_empty() {
            if let Some(domain) = order.first() {
                let file = format!("{:0width$}_{}.sql", 20, super::bundle::file_stem(domain));
                steps.push(Step {
                    schema: domain.clone(),
                    file,
                    tables: Vec::new(),
                    sequences: Vec::new(),
                    types: Vec::new(),
                    arriving_sequences: Vec::new(),
                    isolations: Vec::new(),
                    rewrites: Vec::new(),
                    invoker_views: Vec::new(),
                });
            }
        }
        let schemas_in_order: Vec<String> = steps.iter().map(|s| s.schema.clone()).collect();
        let position = |schema: &str| schemas_in_order.iter().position(|s| s == schema);
        let last = steps.len().saturating_sub(1);
        for view in invokers {
            let reads = model.views.iter().find(|v| v.name == view).map(|v| v.reads.clone()).unwrap_or_default();
            let at = reads.iter().filter_map(|r| position(plan.target_schema(r))).max().unwrap_or(last);
            if let Some(step) = steps.get_mut(at) {
                step.invoker_views.push(view);
            }
        }
        // Findings about bodies the bundle rewrites are resolved by it.
        let rewritten: std::collections::BTreeSet<&QualifiedName> =
            steps.iter().flat_map(|s| s.rewrites.iter().map(|r| &r.function.name)).collect();
        let (resolved, remaining): (Vec<&Finding>, Vec<&Finding>) = remaining
            .into_iter()
            .partition(|f| f.check == "function-references-moved-table" && rewritten.contains(&f.subject));
        applied.extend(resolved);
        let mut schemas: Vec<String> = Vec::new();
        for step in &steps {
            let receives = !step.tables.is_empty() || !step.sequences.is_empty() || !step.types.is_empty();
            if receives && !schemas.contains(&step.schema) {
                schemas.push(step.schema.clone());
            }
        }
        Migration { indexes: &model.indexes, planned, schemas, steps, pins, tenant_function, cycles, applied, remaining }
    }

    /// The planned tables that move.
    pub fn moved(&self) -> impl Iterator<Item = &Planned<'a>> + '_ {
        self.planned.iter().filter(|p| p.moves())
    }

    /// The relation names the moves create: tables, their indexes (and the indexes of
    /// their primary keys and unique constraints), sequences that arrive.
    pub fn arrivals(&self) -> Vec<QualifiedName> {
        let mut names: Vec<QualifiedName> = Vec::new();
        for step in &self.steps {
            let at = |name: &str| QualifiedName::new(step.schema.clone(), name.to_string());
            for table in &step.tables {
                names.push(at(&table.name.name));
                let keys = table.primary_key.iter().chain(&table.unique_constraints);
                names.extend(keys.filter_map(|k| k.name.as_deref()).map(at));
                names.extend(self.indexes.iter().filter(|i| i.table == table.name).map(|i| at(&i.name.name)));
            }
            names.extend(step.arriving_sequences.iter().cloned());
        }
        names.sort();
        names.dedup();
        names
    }

    /// The type names the moves create: tables' row types and moved types.
    pub fn arriving_types(&self) -> Vec<QualifiedName> {
        let mut names: Vec<QualifiedName> = Vec::new();
        for step in &self.steps {
            let at = |name: &str| QualifiedName::new(step.schema.clone(), name.to_string());
            names.extend(step.tables.iter().map(|t| at(&t.name.name)));
            names.extend(step.types.iter().map(|t| at(&t.name.name)));
        }
        names.sort();
        names.dedup();
        names
    }

    /// All forward file names in order.
    pub fn forward_files(&self) -> Vec<String> {
        let mut files = vec![PREFLIGHT.to_string(), ROLES_AND_SCHEMAS.to_string()];
        files.extend(self.steps.iter().map(|s| s.file.clone()));
        files
    }
}

pub const PREFLIGHT: &str = "000_preflight.sql";
pub const ROLES_AND_SCHEMAS: &str = "010_roles_and_schemas.sql";

/// The rewrites of one domain's step: bodies naming its moved tables, their owned
/// sequences, and the sequences and types it moves, with the old schema. Only when the
/// plan leaves the function fixes on.
fn rewrites<'a>(
    model: &'a Model,
    plan: &Plan,
    domain: &str,
    tables: &[QualifiedName],
    sequences: &[QualifiedName],
    types: &[TypeMove],
) -> Vec<Rewrite<'a>> {
    if !plan.options.fixes.function_search_path {
        return Vec::new();
    }
    let to = |old: &QualifiedName| (old.clone(), QualifiedName::new(domain.to_string(), old.name.clone()));
    let mut moved: Vec<(QualifiedName, QualifiedName)> = tables.iter().map(to).collect();
    for sequence in &model.sequences {
        let owner = sequence.owned_by.as_ref().or(sequence.identity_of.as_ref()).map(|(t, _)| t);
        if owner.is_some_and(|t| tables.contains(t)) {
            moved.push(to(&sequence.name));
        }
    }
    moved.extend(sequences.iter().map(to));
    moved.extend(types.iter().map(|t| to(&t.name)));
    super::rewrite::candidates(model, &moved)
        .into_iter()
        .filter_map(|(function, names)| {
            let signature = super::signature::argument_types(&function.arguments);
            if !signature.is_empty() && super::setting::type_name(&signature).is_none() {
                return None;
            }
            Some(Rewrite { function, signature, names })
        })
        .collect()
}
