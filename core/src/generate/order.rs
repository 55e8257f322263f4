//! The order of the bundle: domains in the topological order of the domain graph
//! (referenced domains first, `ref` before the domains using it; cycles placed together,
//! see [`crate::graph::domain_order`]), and inside a domain, tables after the tables they
//! reference and partitions after their parents (name order breaks ties and cycles).

use crate::graph::{domain_order, quotient, DomainGraph, RelationGraph, ORDER_KINDS};
use crate::model::{Model, QualifiedName};
use crate::plan::Plan;
use std::collections::{BTreeMap, BTreeSet};

/// The domains of `plan` in creation order, and the cycles among them. Inside a cycle
/// (placed together by the domain graph), the domain with the fewest references to the
/// cycle's domains still to place goes first (ties: the most referenced, then by name):
/// reference data such as `ref` leads even when something it holds points back.
pub fn domains(model: &Model, plan: &Plan) -> (Vec<String>, Vec<Vec<String>>) {
    let graph = RelationGraph::from_model(model);
    let assignment: BTreeMap<QualifiedName, String> =
        plan.assignments.iter().map(|a| (a.table.clone(), a.domain.clone())).collect();
    let domain_graph = quotient(&graph, &assignment);
    let order = domain_order(&domain_graph);
    let mut names = order.order;
    for cycle in &order.cycles {
        let Some(start) = names.iter().position(|n| cycle.contains(n)) else { continue };
        let end = (start + cycle.len()).min(names.len());
        let placed = inside_cycle(&domain_graph, &names[start..end]);
        names.splice(start..end, placed);
    }
    // Domains of the plan the graph does not know (no table of theirs is in the model).
    for a in &plan.assignments {
        if !names.contains(&a.domain) {
            names.push(a.domain.clone());
        }
    }
    (names, order.cycles)
}

/// Greedy order of the members of one cycle: repeatedly the member with the fewest
/// references (over [`ORDER_KINDS`]) to members not yet placed.
fn inside_cycle(domains: &DomainGraph, members: &[String]) -> Vec<String> {
    let weight = |from: &str, to: &str| -> usize {
        domains.links.get(&(from.to_string(), to.to_string())).map(|l| l.count(ORDER_KINDS)).unwrap_or(0)
    };
    let mut left: Vec<&String> = members.iter().collect();
    let mut out = Vec::with_capacity(members.len());
    while !left.is_empty() {
        let key = |d: &String| {
            let outgoing: usize = left.iter().filter(|o| *o != &d).map(|o| weight(d, o)).sum();
            let incoming: usize = left.iter().filter(|o| *o != &d).map(|o| weight(o, d)).sum();
            (outgoing, std::cmp::Reverse(incoming), d.clone())
        };
        let Some(best) = left.iter().enumerate().min_by_key(|(_, d)| key(d)).map(|(i, _)| i) else { break };
        out.push(left.remove(best).clone());
    }
    out
}

/// `tables` ordered so that a table comes after the tables of the list it references
/// (foreign keys), its partition parent and the tables it inherits from.
pub fn tables(model: &Model, tables: &[QualifiedName]) -> Vec<QualifiedName> {
    let members: BTreeSet<&QualifiedName> = tables.iter().collect();
    let mut needs: BTreeMap<&QualifiedName, BTreeSet<&QualifiedName>> =
        members.iter().map(|t| (*t, BTreeSet::new())).collect();
    let mut add = |from: &QualifiedName, to: &QualifiedName| {
        if from != to {
            if let (Some(&f), Some(&t)) = (members.get(from), members.get(to)) {
                needs.entry(f).or_default().insert(t);
            }
        }
    };
    for fk in &model.foreign_keys {
        add(&fk.table, &fk.ref_table);
    }
    for table in &model.tables {
        if let Some(parent) = &table.partition_of {
            add(&table.name, parent);
        }
        for parent in &table.inherits {
            add(&table.name, parent);
        }
    }
    let mut placed: BTreeSet<&QualifiedName> = BTreeSet::new();
    let mut order = Vec::with_capacity(members.len());
    while placed.len() < members.len() {
        let ready: Vec<&QualifiedName> = needs
            .iter()
            .filter(|(t, n)| !placed.contains(*t) && n.iter().all(|d| placed.contains(d)))
            .map(|(t, _)| *t)
            .collect();
        // A cycle: take the first table left, by name.
        let next = if ready.is_empty() {
            needs.keys().find(|t| !placed.contains(*t)).copied().into_iter().collect()
        } else {
            ready
        };
        for t in next {
            placed.insert(t);
            order.push(t.clone());
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referenced_tables_and_parents_first() {
        let model = crate::parse(
            "CREATE TABLE public.a (id int PRIMARY KEY, b_id int REFERENCES public.b);
             CREATE TABLE public.b (id int PRIMARY KEY);
             CREATE TABLE public.log (at date) PARTITION BY RANGE (at);
             CREATE TABLE public.log_1 PARTITION OF public.log FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
        )
        .model;
        let q = |n: &str| QualifiedName::new("public", n);
        let order = tables(&model, &[q("a"), q("b"), q("log_1"), q("log")]);
        let names: Vec<&str> = order.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["b", "log", "a", "log_1"]);
    }
}
