//! The plan file, version 1 of the plan JSON (docs/json.md): what the app saves and
//! `pgcarve plan -o` writes. [`write_plan`] writes a [`Plan`] in a stable order;
//! [`read_plan`] reads one back against the model of a dump, or a plan written by hand
//! (only `version` and `domains` are required). Also what the domains file
//! (`domains_file.rs`) shares with it: the error type, table names resolved against a
//! model, and the rules for domain names.

use super::config::{Assignment, Domain, Plan};
use super::follow::{attach, FollowerKind};
use super::options::{Fixes, PlanOptions, TenantOptions};
use super::signals::partition_roots;
use crate::model::{Location, Model, QualifiedName};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The plan file version this build writes and reads.
pub const PLAN_VERSION: u64 = 1;

/// Why a plan or domains file cannot be used: every problem found, each a sentence that
/// says what to change.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFileError {
    pub problems: Vec<FileProblem>,
}

/// One problem of a file, located in it when the JSON reader knows where.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblem {
    pub location: Option<Location>,
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some(at) => write!(f, "line {} column {}: {}", at.line, at.column, self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// One problem per line.
impl fmt::Display for PlanFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PlanFileError {}

impl PlanFileError {
    pub(super) fn one(message: String) -> Self {
        PlanFileError { problems: vec![FileProblem { location: None, message }] }
    }

    pub(super) fn all(messages: Vec<String>) -> Result<(), Self> {
        if messages.is_empty() {
            return Ok(());
        }
        Err(PlanFileError { problems: messages.into_iter().map(|message| FileProblem { location: None, message }).collect() })
    }

    /// A JSON syntax or shape error, with serde's line and column.
    pub(super) fn json(error: &serde_json::Error) -> Self {
        let text = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
        let location = (error.line() > 0).then(|| Location {
            line: u32::try_from(error.line()).unwrap_or(u32::MAX),
            column: u32::try_from(error.column()).unwrap_or(u32::MAX),
        });
        PlanFileError { problems: vec![FileProblem { location, message }] }
    }
}

// ---- writing ----

#[derive(Serialize)]
struct PlanOut {
    version: u64,
    domains: Vec<DomainOut>,
    assignments: Vec<AssignmentOut>,
    objects: Vec<ObjectOut>,
    options: OptionsOut,
}

#[derive(Serialize)]
struct DomainOut {
    name: String,
    tables: Vec<String>,
}

#[derive(Serialize)]
struct AssignmentOut {
    table: String,
    domain: String,
    reason: String,
    confidence: f64,
    pinned: bool,
}

#[derive(Serialize)]
struct ObjectOut {
    kind: FollowerKind,
    name: String,
    domain: Option<String>,
    with_table: bool,
    reason: String,
}

#[derive(Serialize)]
struct OptionsOut {
    tenant: TenantOut,
    fixes: Fixes,
}

#[derive(Serialize)]
struct TenantOut {
    root: Option<String>,
    columns: Vec<String>,
}

/// The plan as version 1 plan JSON: pretty, domains by name, assignments by table,
/// objects by kind and name (the plan's own orders), ending in a newline.
pub fn write_plan(plan: &Plan) -> String {
    let out = PlanOut {
        version: PLAN_VERSION,
        domains: plan
            .domains
            .iter()
            .map(|d| DomainOut { name: d.name.clone(), tables: d.tables.iter().map(ToString::to_string).collect() })
            .collect(),
        assignments: plan
            .assignments
            .iter()
            .map(|a| AssignmentOut {
                table: a.table.to_string(),
                domain: a.domain.clone(),
                reason: a.reason.clone(),
                confidence: a.confidence,
                pinned: a.pinned,
            })
            .collect(),
        objects: plan
            .objects
            .iter()
            .map(|o| ObjectOut {
                kind: o.kind,
                name: o.name.to_string(),
                domain: o.domain.clone(),
                with_table: o.with_table,
                reason: o.reason.clone(),
            })
            .collect(),
        options: OptionsOut {
            tenant: TenantOut {
                root: plan.options.tenant.root.as_ref().map(ToString::to_string),
                columns: plan.options.tenant.columns.clone(),
            },
            fixes: plan.options.fixes.clone(),
        },
    };
    // Plain strings, numbers and booleans: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
    text.push('\n');
    text
}

// ---- reading ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a plan object {\"version\": 1, \"domains\": [...]}")]
struct PlanIn {
    #[allow(dead_code)] // checked by `check_version` first
    version: Option<IgnoredAny>,
    domains: Option<Vec<DomainIn>>,
    #[serde(default)]
    assignments: Vec<AssignmentIn>,
    /// Derived from the dump on reading; written for readers.
    #[allow(dead_code)]
    objects: Option<IgnoredAny>,
    #[serde(default)]
    options: OptionsIn,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a domain {\"name\": ..., \"tables\": [...]}")]
struct DomainIn {
    name: String,
    #[serde(default)]
    tables: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "an assignment {\"table\": ..., \"domain\": ..., \"reason\": ...}")]
struct AssignmentIn {
    table: String,
    domain: Option<String>,
    reason: Option<String>,
    confidence: Option<f64>,
    pinned: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct OptionsIn {
    #[serde(default)]
    tenant: TenantIn,
    #[serde(default)]
    fixes: FixesIn,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct TenantIn {
    root: Option<String>,
    #[serde(default)]
    columns: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FixesIn {
    function_search_path: Option<bool>,
    tenant_rls: Option<bool>,
    view_security_invoker: Option<bool>,
}

/// Reads a plan file against the model of the dump it plans. Listed tables get an
/// assignment (pinned when the file says so or gives none for the table; a table listed
/// under another domain than its assignment names was moved by hand: pinned too);
/// unlisted partitions go where their root goes; other unlisted tables stay where they
/// are. The objects that follow the tables are derived again from the model.
pub fn read_plan(text: &str, model: &Model) -> Result<Plan, PlanFileError> {
    check_version(text, true)?;
    let file: PlanIn = serde_json::from_str(text).map_err(|e| PlanFileError::json(&e))?;
    let Some(domains) = file.domains else {
        return Err(PlanFileError::one(
            "missing \"domains\": a plan lists its domains as [{\"name\": \"billing\", \"tables\": [\"public.invoices\"]}]".into(),
        ));
    };
    let names = TableNames::new(model);
    let mut problems = Vec::new();
    let mut listed: BTreeMap<QualifiedName, String> = BTreeMap::new();
    let mut domain_names = BTreeSet::new();
    for domain in &domains {
        if let Err(e) = check_domain_name(&domain.name) {
            problems.push(e);
        } else if !domain_names.insert(domain.name.as_str()) {
            problems.push(format!("domain {} is listed twice: merge its tables into one entry", domain.name));
        }
        let context = format!("listed under {}", domain.name);
        place_tables(&names, &domain.name, &domain.tables, &context, &mut listed, &mut problems);
    }
    let mut given: BTreeMap<QualifiedName, &AssignmentIn> = BTreeMap::new();
    for a in &file.assignments {
        match names.resolve(&a.table, "in the assignments") {
            Err(e) => problems.push(e),
            Ok(table) if !listed.contains_key(&table) => problems.push(format!(
                "the assignment of {table} names a table no domain lists: add it to a domain's tables or remove the assignment"
            )),
            Ok(table) if given.contains_key(&table) => problems.push(format!("{table} has two assignments: keep one")),
            Ok(table) => {
                if let Some(c) = a.confidence.filter(|c| !(0.0..=1.0).contains(c)) {
                    problems.push(format!("the confidence of {table} is {c}: confidences are between 0 and 1"));
                }
                given.insert(table, a);
            }
        }
    }
    let options = read_options(&file.options, &names, &mut problems);
    PlanFileError::all(problems)?;

    let mut assignments: Vec<Assignment> = listed.iter().map(|(table, domain)| assign(table, domain, given.get(table).copied())).collect();
    for (partition, root) in partition_roots(model, &names.known) {
        if let (false, Some(domain)) = (listed.contains_key(&partition), listed.get(&root)) {
            let reason = format!("partition of {}", root.name);
            assignments.push(Assignment { table: partition, domain: domain.clone(), reason, confidence: 1.0, pinned: false });
        }
    }
    let mut plan = Plan::from_assignments(assignments);
    for name in domain_names {
        if let Err(at) = plan.domains.binary_search_by(|d| d.name.as_str().cmp(name)) {
            plan.domains.insert(at, Domain { name: name.to_string(), tables: Vec::new() });
        }
    }
    plan.options = options;
    attach(model, &mut plan);
    Ok(plan)
}

/// The assignment of a listed table, from the file's entry for it if any.
fn assign(table: &QualifiedName, domain: &str, given: Option<&AssignmentIn>) -> Assignment {
    let (reason, confidence, pinned) = match given {
        Some(a) if a.domain.as_deref().is_none_or(|d| d == domain) => (
            a.reason.clone().unwrap_or_else(|| "listed in the plan file".into()),
            a.confidence.unwrap_or(1.0),
            a.pinned.unwrap_or(true),
        ),
        Some(_) => (format!("moved to {domain} in the plan file"), 1.0, true),
        None => ("listed in the plan file".into(), 1.0, true),
    };
    Assignment { table: table.clone(), domain: domain.to_string(), reason, confidence, pinned }
}

fn read_options(options: &OptionsIn, names: &TableNames, problems: &mut Vec<String>) -> PlanOptions {
    let root = options.tenant.root.as_ref().and_then(|root| match names.resolve(root, "named as the tenant root") {
        Ok(table) => Some(table),
        Err(e) => {
            problems.push(e);
            None
        }
    });
    let defaults = Fixes::default();
    let fixes = &options.fixes;
    PlanOptions {
        tenant: TenantOptions { root, columns: options.tenant.columns.clone() },
        fixes: Fixes {
            function_search_path: fixes.function_search_path.unwrap_or(defaults.function_search_path),
            tenant_rls: fixes.tenant_rls.unwrap_or(defaults.tenant_rls),
            view_security_invoker: fixes.view_security_invoker.unwrap_or(defaults.view_security_invoker),
        },
    }
}

/// Resolves `tables` listed under `domain` into `placed` (table → domain); a table placed
/// under two domains is a problem.
pub(super) fn place_tables(
    names: &TableNames,
    domain: &str,
    tables: &[String],
    context: &str,
    placed: &mut BTreeMap<QualifiedName, String>,
    problems: &mut Vec<String>,
) {
    for written in tables {
        match names.resolve(written, context) {
            Err(e) => problems.push(e),
            Ok(table) => match placed.get(&table) {
                Some(other) if other != domain => {
                    problems.push(format!("table {table} is listed under both {other} and {domain}: keep it in one"))
                }
                Some(_) => {}
                None => {
                    placed.insert(table, domain.to_string());
                }
            },
        }
    }
}

/// Checks the `version` of a plan (or of a plan used as a domains file): it must be 1;
/// `required`: a missing one is a problem too. Invalid JSON is left to the full read.
pub(super) fn check_version(text: &str, required: bool) -> Result<(), PlanFileError> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text) else {
        return Ok(());
    };
    match map.get("version") {
        None if required => Err(PlanFileError::one(format!(
            "missing \"version\": a plan file starts with {{\"version\": {PLAN_VERSION}, …}}"
        ))),
        None => Ok(()),
        Some(v) if v.as_u64() == Some(PLAN_VERSION) => Ok(()),
        Some(v) if v.as_u64().is_some_and(|n| n > PLAN_VERSION) => Err(PlanFileError::one(format!(
            "plan version {v}: this pgcarve reads version {PLAN_VERSION}; upgrade pgcarve"
        ))),
        Some(v) => Err(PlanFileError::one(format!("plan version {v}: the version is {PLAN_VERSION} (a number)"))),
    }
}

/// Whether `name` can be a domain, that is a schema: non-empty, at most 63 bytes, no NUL,
/// not starting with `pg_` (reserved by PostgreSQL). The error says why not.
pub fn check_domain_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        Err("a domain name is empty: domain names become schema names".into())
    } else if name.len() > 63 {
        Err(format!("domain name {name:?} is {} bytes: schema names are at most 63 bytes", name.len()))
    } else if name.contains('\0') {
        Err(format!("domain name {name:?} contains a NUL character"))
    } else if name.starts_with("pg_") {
        Err(format!("domain name {name} starts with pg_, which PostgreSQL reserves for its own schemas: choose another name"))
    } else {
        Ok(())
    }
}

/// The tables of a model by the names a file may use: `"schema.name"` exactly as the
/// model's tables print (names may contain dots, so never split), or a bare name that
/// only one table has.
pub(super) struct TableNames {
    pub known: BTreeSet<QualifiedName>,
    qualified: BTreeMap<String, Vec<QualifiedName>>,
    bare: BTreeMap<String, Vec<QualifiedName>>,
}

impl TableNames {
    pub fn new(model: &Model) -> Self {
        let known: BTreeSet<QualifiedName> = model.tables.iter().map(|t| t.name.clone()).collect();
        let mut qualified: BTreeMap<String, Vec<QualifiedName>> = BTreeMap::new();
        let mut bare: BTreeMap<String, Vec<QualifiedName>> = BTreeMap::new();
        for name in &known {
            qualified.entry(name.to_string()).or_default().push(name.clone());
            bare.entry(name.name.clone()).or_default().push(name.clone());
        }
        TableNames { known, qualified, bare }
    }

    /// The table `written` names; `context` ("listed under billing") completes the error.
    pub fn resolve(&self, written: &str, context: &str) -> Result<QualifiedName, String> {
        let matches = self.qualified.get(written).or_else(|| self.bare.get(written));
        match matches.map(Vec::as_slice) {
            Some([one]) => Ok(one.clone()),
            Some(many) if !many.is_empty() => {
                let all: Vec<String> = many.iter().map(|t| format!("\"{t}\"")).collect();
                Err(format!("table \"{written}\" ({context}) is ambiguous: write one of {}", all.join(", ")))
            }
            _ => Err(format!(
                "unknown table \"{written}\" ({context}): the dump has no such table; write it as \"schema.name\" as pgcarve inspect lists it"
            )),
        }
    }
}
