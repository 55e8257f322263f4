//! [`Planner`]: a proposal kept for re-planning. The app re-plans on every drag, so a
//! move must not re-run the clustering: the proposal is computed once, and each set of
//! pins is laid over it in time linear in the tables and their followers.
//!
//! A re-plan moves exactly what the user moved (and the partitions of a moved partitioned
//! table): satellites stay where the proposal put them, so a drag never moves tables the
//! user did not touch. To let the proposal follow the pins (satellites join their pinned
//! parent), run [`super::propose`] with the pins in its config ("re-run the proposal").

use super::config::{Assignment, Plan, PlanConfig};
use super::propose::{finish, pinned, propose};
use super::signals::partition_roots;
use crate::model::{Model, QualifiedName};
use std::collections::{BTreeMap, BTreeSet};

/// A proposal and what a re-plan needs to lay pins over it.
#[derive(Debug, Clone)]
pub struct Planner {
    /// The proposal's assignments (with the config's own pins), sorted by table.
    base: Vec<Assignment>,
    /// Partitioned table → its partitions (at any depth).
    partitions: BTreeMap<QualifiedName, Vec<QualifiedName>>,
}

impl Planner {
    /// Proposes once with `config`.
    pub fn new(model: &Model, config: &PlanConfig) -> Planner {
        let plan = propose(model, config);
        let known: BTreeSet<QualifiedName> = model.tables.iter().map(|t| t.name.clone()).collect();
        let mut partitions: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
        for (partition, root) in partition_roots(model, &known) {
            partitions.entry(root).or_default().push(partition);
        }
        Planner { base: plan.assignments, partitions }
    }

    /// The proposal without further pins.
    pub fn proposal(&self, model: &Model) -> Plan {
        self.replan(model, &BTreeMap::new(), &BTreeMap::new())
    }

    /// The proposal with `pins` (table → domain) laid over it, then `renames`; a pinned
    /// partitioned table takes its partitions along unless they are pinned themselves.
    /// Pins of tables the model does not define are ignored.
    pub fn replan(&self, model: &Model, pins: &BTreeMap<QualifiedName, String>, renames: &BTreeMap<String, String>) -> Plan {
        let mut assignments = self.base.clone();
        let position = |table: &QualifiedName| assignments.binary_search_by(|a| a.table.cmp(table)).ok();
        let mut updates: Vec<(usize, Assignment)> = Vec::new();
        for (table, domain) in pins {
            let Some(at) = position(table) else { continue };
            updates.push((at, pinned(table, domain)));
            for partition in self.partitions.get(table).into_iter().flatten() {
                if pins.contains_key(partition) {
                    continue;
                }
                if let Some(p) = position(partition) {
                    let reason = format!("partition of {}", table.name);
                    let follows = Assignment { domain: domain.clone(), reason, confidence: 1.0, ..assignments[p].clone() };
                    updates.push((p, follows));
                }
            }
        }
        for (at, a) in updates {
            assignments[at] = a;
        }
        finish(model, assignments, renames)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQL: &str = "
CREATE TABLE public.users (id int PRIMARY KEY);
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int REFERENCES public.users(id));
CREATE TABLE public.order_items (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
CREATE TABLE public.page_views (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.page_views_2025 PARTITION OF public.page_views FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
";

    fn pins(list: &[(&str, &str)]) -> BTreeMap<QualifiedName, String> {
        list.iter().map(|(t, d)| (QualifiedName::new("public", *t), d.to_string())).collect()
    }

    #[test]
    fn without_pins_it_is_the_proposal() {
        let model = crate::parse(SQL).model;
        let planner = Planner::new(&model, &PlanConfig::default());
        assert_eq!(planner.proposal(&model), propose(&model, &PlanConfig::default()));
    }

    #[test]
    fn a_pin_moves_the_table_its_partitions_and_followers_only() {
        let model = crate::parse(SQL).model;
        let planner = Planner::new(&model, &PlanConfig::default());
        let before = planner.proposal(&model);
        let after = planner.replan(&model, &pins(&[("orders", "sales"), ("page_views", "analytics")]), &BTreeMap::new());
        let orders = QualifiedName::new("public", "orders");
        assert_eq!(after.domain_of(&orders), Some("sales"));
        assert!(after.assignments.iter().find(|a| a.table == orders).is_some_and(|a| a.pinned));
        let items = QualifiedName::new("public", "order_items");
        assert_eq!(after.domain_of(&items), before.domain_of(&items), "satellites stay");
        assert_eq!(after.domain_of(&QualifiedName::new("public", "page_views_2025")), Some("analytics"));
        let seq = after.objects.iter().find(|o| o.name.name == "orders_id_seq").expect("sequence follows");
        assert_eq!(seq.domain.as_deref(), Some("sales"));
    }

    #[test]
    fn renames_merge_domains_and_unknown_pins_are_ignored() {
        let model = crate::parse(SQL).model;
        let planner = Planner::new(&model, &PlanConfig::default());
        let renames: BTreeMap<String, String> = [("sales", "shop"), ("analytics", "shop")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let plan = planner.replan(&model, &pins(&[("orders", "sales"), ("page_views", "analytics"), ("nope", "x")]), &renames);
        let shop = plan.domains.iter().find(|d| d.name == "shop").expect("merged domain");
        let names: Vec<&str> = shop.tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["orders", "page_views", "page_views_2025"]);
        assert!(plan.assignments.iter().all(|a| a.table.name != "nope"));
    }
}
