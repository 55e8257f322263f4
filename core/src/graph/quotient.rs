//! The graph over domains: relations grouped by an assignment (relation → domain name),
//! edges counted per ordered domain pair with the foreign keys behind them, and the
//! order in which domains can be created (referenced domains first, cycles reported).

use super::{EdgeKind, EdgeKinds, Link, RelationGraph};
use crate::model::QualifiedName;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet};

/// A foreign key behind a domain link, for messages ("orders.customer_id → customers").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKeyRef {
    pub from: QualifiedName,
    pub to: QualifiedName,
    pub name: Option<String>,
    pub columns: Vec<String>,
}

/// The edges from the relations of one domain to the relations of another (or the same).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DomainLink {
    /// Edges per kind (only kinds that occur).
    pub counts: BTreeMap<EdgeKind, usize>,
    /// The foreign keys among them, sorted.
    pub foreign_keys: Vec<ForeignKeyRef>,
}

impl DomainLink {
    /// How many edges of `kinds` this link holds.
    pub fn count(&self, kinds: EdgeKinds) -> usize {
        self.counts.iter().filter(|(k, _)| kinds.contains(**k)).map(|(_, n)| n).sum()
    }
}

/// The quotient of a [`RelationGraph`] by an assignment of relations to domains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DomainGraph {
    /// Every domain that holds a relation, with its relations (sorted).
    pub domains: BTreeMap<String, Vec<QualifiedName>>,
    /// `(from domain, to domain)` → the edges from relations of the first to relations
    /// of the second. `from == to` holds the edges inside a domain.
    pub links: BTreeMap<(String, String), DomainLink>,
    /// Relations the assignment names that are not in the graph (ignored), sorted.
    pub unknown_relations: Vec<QualifiedName>,
}

impl DomainGraph {
    /// The domain of `relation`, when it is in the graph.
    pub fn domain_of(&self, relation: &QualifiedName) -> Option<&str> {
        self.domains.iter().find(|(_, members)| members.binary_search(relation).is_ok()).map(|(d, _)| d.as_str())
    }
}

/// Groups the relations by `assignment`; a relation the assignment does not list stays
/// in a domain named after its own schema (as a plan leaves unlisted tables where they
/// are). Every edge of the graph is counted once, under the pair of its ends' domains.
pub fn quotient(graph: &RelationGraph, assignment: &BTreeMap<QualifiedName, String>) -> DomainGraph {
    let domain_of = |name: &QualifiedName| assignment.get(name).cloned().unwrap_or_else(|| name.schema.clone());
    let mut result = DomainGraph::default();
    for relation in graph.relations() {
        result.domains.entry(domain_of(&relation.name)).or_default().push(relation.name.clone());
    }
    for edge in graph.edges() {
        let link = result.links.entry((domain_of(edge.from), domain_of(edge.to))).or_default();
        *link.counts.entry(edge.kind()).or_default() += 1;
        if let Link::ForeignKey { name, columns, .. } = edge.link {
            let reference = ForeignKeyRef {
                from: edge.from.clone(),
                to: edge.to.clone(),
                name: name.clone(),
                columns: columns.clone(),
            };
            link.foreign_keys.push(reference);
        }
    }
    for link in result.links.values_mut() {
        link.foreign_keys.sort();
    }
    result.unknown_relations = assignment.keys().filter(|name| !graph.contains(name)).cloned().collect();
    result
}

/// The edge kinds that order domains: what must exist before a relation can be created
/// (the table a foreign key references, what a view reads, a partition's or inheriting
/// table's parent, the owner of a sequence a default draws from). A trigger function's mentions are only
/// resolved when it runs, so they do not order domains.
pub const ORDER_KINDS: EdgeKinds = EdgeKinds::ALL.without(EdgeKind::TriggerMentions);

/// The order in which domains can be created, and the cycles that prevent a strict one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DomainOrder {
    /// Every domain once; a domain comes after every domain it references, except
    /// inside a cycle.
    pub order: Vec<String>,
    /// Groups of two or more domains that reference each other (strongly connected over
    /// [`ORDER_KINDS`]), each sorted, ordered by first name. A domain referencing itself
    /// is not a cycle.
    pub cycles: Vec<Vec<String>>,
}

/// A topological order of the domains of `domains` over [`ORDER_KINDS`], referenced
/// domains first (so a lookup domain such as `ref` comes before the domains using it).
/// Cycles are condensed: the domains of a cycle are placed together, by name, where the
/// cycle as a whole fits. Ties are broken by name (of a cycle: its first name), so the
/// order is the same on every run.
pub fn domain_order(domains: &DomainGraph) -> DomainOrder {
    let names: Vec<&String> = domains.domains.keys().collect();
    let position: BTreeMap<&String, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    // Edges referencing → referenced, between different domains, over ORDER_KINDS.
    let mut references: DiGraph<(), ()> = DiGraph::new();
    for _ in &names {
        references.add_node(());
    }
    for ((from, to), link) in &domains.links {
        if let (Some(&a), Some(&b)) = (position.get(from), position.get(to)) {
            if a != b && link.count(ORDER_KINDS) > 0 {
                references.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
            }
        }
    }
    // Condense: each strongly connected component, its members in name order.
    let mut components: Vec<Vec<usize>> = petgraph::algo::tarjan_scc(&references)
        .into_iter()
        .map(|c| {
            let mut members: Vec<usize> = c.into_iter().map(NodeIndex::index).collect();
            members.sort();
            members
        })
        .collect();
    components.sort();
    let mut component_of = vec![0; names.len()];
    for (c, members) in components.iter().enumerate() {
        for &m in members {
            component_of[m] = c;
        }
    }
    // Kahn's algorithm on the condensation: a component is ready once every component
    // it references is placed; the ready one with the smallest name goes next.
    let mut depends_on: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); components.len()];
    let mut dependents: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); components.len()];
    for edge in references.edge_references() {
        let (a, b) = (component_of[edge.source().index()], component_of[edge.target().index()]);
        if a != b {
            depends_on[a].insert(b);
            dependents[b].insert(a);
        }
    }
    let mut waiting: Vec<usize> = depends_on.iter().map(BTreeSet::len).collect();
    // Components are sorted by first member, so a component's index is its name rank.
    let mut ready: BTreeSet<usize> = (0..components.len()).filter(|&c| waiting[c] == 0).collect();
    let mut order = Vec::with_capacity(names.len());
    while let Some(c) = ready.pop_first() {
        order.extend(components[c].iter().filter_map(|&m| names.get(m).map(|n| n.to_string())));
        for &d in &dependents[c] {
            waiting[d] = waiting[d].saturating_sub(1);
            if waiting[d] == 0 {
                ready.insert(d);
            }
        }
    }
    let cycles = components
        .iter()
        .filter(|c| c.len() > 1)
        .map(|c| c.iter().filter_map(|&m| names.get(m).map(|n| n.to_string())).collect())
        .collect();
    DomainOrder { order, cycles }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{graph, q};
    use super::*;

    /// ref ← events ← ticketing, ticketing ↔ payments, events → events (inside).
    const BOOKING: &str = "
        CREATE TABLE countries (code text); CREATE TABLE currencies (code text);
        CREATE TABLE events (id int, country text, series_id int);
        CREATE TABLE tickets (id int, event_id int, payment_id int, currency text);
        CREATE TABLE payments (id int, ticket_id int);
        CREATE TABLE zebra (id int);
        ALTER TABLE events ADD CONSTRAINT events_country FOREIGN KEY (country) REFERENCES countries(code);
        ALTER TABLE events ADD CONSTRAINT events_series FOREIGN KEY (series_id) REFERENCES events(id);
        ALTER TABLE tickets ADD CONSTRAINT tickets_event FOREIGN KEY (event_id) REFERENCES events(id);
        ALTER TABLE tickets ADD CONSTRAINT tickets_currency FOREIGN KEY (currency) REFERENCES currencies(code);
        ALTER TABLE tickets ADD CONSTRAINT tickets_payment FOREIGN KEY (payment_id) REFERENCES payments(id);
        ALTER TABLE payments ADD CONSTRAINT payments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets(id);
    ";

    fn assignment() -> BTreeMap<QualifiedName, String> {
        [
            ("countries", "ref"),
            ("currencies", "ref"),
            ("events", "events"),
            ("tickets", "ticketing"),
            ("payments", "payments"),
            ("not_there", "ghosts"),
        ]
        .into_iter()
        .map(|(t, d)| (q(t), d.to_string()))
        .collect()
    }

    #[test]
    fn the_quotient_counts_edges_per_domain_pair_and_keeps_the_foreign_keys() {
        let domains = quotient(&graph(BOOKING), &assignment());
        let names: Vec<&str> = domains.domains.keys().map(String::as_str).collect();
        assert_eq!(names, ["events", "payments", "public", "ref", "ticketing"], "zebra stays in its schema");
        let link = &domains.links[&("ticketing".to_string(), "ref".to_string())];
        assert_eq!(link.count(EdgeKinds::ALL), 1);
        assert_eq!(link.foreign_keys[0].name.as_deref(), Some("tickets_currency"));
        assert_eq!(domains.links[&("events".to_string(), "events".to_string())].count(EdgeKinds::ALL), 1);
        assert_eq!(domains.unknown_relations, [q("not_there")]);
        assert_eq!(domains.domain_of(&q("tickets")), Some("ticketing"));
    }

    #[test]
    fn referenced_domains_come_first_and_cycles_are_reported() {
        let order = domain_order(&quotient(&graph(BOOKING), &assignment()));
        assert_eq!(order.order, ["public", "ref", "events", "payments", "ticketing"]);
        assert_eq!(order.cycles, [vec!["payments".to_string(), "ticketing".to_string()]]);
    }

    #[test]
    fn the_order_is_by_name_among_independent_domains_and_ignores_trigger_mentions() {
        let sql = "
            CREATE TABLE b (id int); CREATE TABLE a (id int, b_id int);
            ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b(id);
            CREATE TABLE c (id int);
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM a; RETURN NULL; END $$;
            CREATE TRIGGER t AFTER DELETE ON b FOR EACH ROW EXECUTE FUNCTION f();
        ";
        let assignment: BTreeMap<QualifiedName, String> =
            ["a", "b", "c"].into_iter().map(|t| (q(t), format!("d_{t}"))).collect();
        let domains = quotient(&graph(sql), &assignment);
        assert_eq!(domains.links[&("d_b".to_string(), "d_a".to_string())].count(EdgeKind::TriggerMentions.into()), 1);
        let order = domain_order(&domains);
        assert_eq!(order.order, ["d_b", "d_a", "d_c"]);
        assert!(order.cycles.is_empty());
    }
}
