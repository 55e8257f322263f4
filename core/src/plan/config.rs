//! What the caller tells [`super::propose::propose`]: which domains to use and which
//! tables are pinned, and the plan it gets back (plain data, serde at the edge).

use super::follow::Follower;
use super::options::PlanOptions;
use crate::model::QualifiedName;
use serde::Serialize;
use std::collections::BTreeMap;

/// A domain the user names, with the keywords that pull tables into it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainSpec {
    pub name: String,
    /// Name tokens (singular, lower case) that point at this domain.
    pub keywords: Vec<String>,
}

/// Where the domains come from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum DomainChoice {
    /// The built-in vocabulary ([`super::vocabulary::builtin`]).
    #[default]
    Builtin,
    /// Exactly these domains; tables that match none follow their FK neighbours.
    Fixed(Vec<DomainSpec>),
    /// Discover clusters from name families and foreign keys and choose their number.
    Auto,
}

/// Options of a proposal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanConfig {
    pub domains: DomainChoice,
    /// Tables the user has placed: they stay where they are pinned.
    pub pins: BTreeMap<QualifiedName, String>,
    /// The domain of tables nothing points anywhere (default `public`).
    pub fallback: Option<String>,
    /// Domain renames applied to the result, old name → new name. Two old names renamed
    /// to the same new name merge; a split is a set of pins to a new name.
    pub renames: BTreeMap<String, String>,
}

/// One domain of a plan and its tables (by name).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Domain {
    pub name: String,
    pub tables: Vec<QualifiedName>,
}

/// Why one table goes where it goes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assignment {
    pub table: QualifiedName,
    pub domain: String,
    pub reason: String,
    /// 0..=1: how sure the proposal is.
    pub confidence: f64,
    /// The user placed it (a pin or a plan file), the proposal did not.
    pub pinned: bool,
}

/// A proposal: domains sorted by name, assignments sorted by table, and the objects that
/// follow the tables (sequences, indexes, types; see [`super::follow`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub domains: Vec<Domain>,
    pub assignments: Vec<Assignment>,
    pub objects: Vec<Follower>,
    /// Tenant and fix choices saved with the plan (defaults from [`super::propose`]).
    pub options: PlanOptions,
}

impl Plan {
    /// The domain (target schema) of `table`, if the plan places it.
    pub fn domain_of(&self, table: &QualifiedName) -> Option<&str> {
        let at = self.assignments.binary_search_by(|a| a.table.cmp(table)).ok()?;
        Some(self.assignments[at].domain.as_str())
    }

    /// The schema `table` lives in after the plan: its domain, else where it is now.
    pub fn target_schema<'a>(&'a self, table: &'a QualifiedName) -> &'a str {
        self.domain_of(table).unwrap_or(&table.schema)
    }

    /// `table name → domain` (bare table names, the form the quality harness scores).
    pub fn by_table_name(&self) -> BTreeMap<String, String> {
        self.assignments.iter().map(|a| (a.table.name.clone(), a.domain.clone())).collect()
    }

    /// The plan of these assignments (one per table), without followers: see
    /// [`super::follow::attach`].
    pub fn from_assignments(mut assignments: Vec<Assignment>) -> Plan {
        assignments.sort_by(|a, b| a.table.cmp(&b.table));
        assignments.dedup_by(|later, first| later.table == first.table);
        let mut groups: BTreeMap<String, Vec<QualifiedName>> = BTreeMap::new();
        for a in &assignments {
            groups.entry(a.domain.clone()).or_default().push(a.table.clone());
        }
        let domains = groups.into_iter().map(|(name, tables)| Domain { name, tables }).collect();
        Plan { domains, assignments, objects: Vec::new(), options: PlanOptions::default() }
    }
}
