//! The relation graph on real dumps: musicbrainz (counts checked against the model,
//! a deterministic order of its schemas) and the YardPass demo (its intended domains
//! ordered with `ref` first, cycles reported).

mod support;

use pgcarve_core::graph::{
    domain_order, louvain, modularity, quotient, strongly_connected_components, DomainGraph, DomainOrder, EdgeKind,
    EdgeKinds, RelationGraph, ORDER_KINDS,
};
use pgcarve_core::model::{Model, QualifiedName};
use pgcarve_core::parse;
use std::collections::{BTreeMap, BTreeSet};

fn musicbrainz() -> Model {
    parse(&support::read(&support::corpus_dir().join("musicbrainz.sql"))).model
}

fn yardpass() -> (Model, BTreeMap<QualifiedName, String>) {
    let demo = support::project_root().join("public/demo");
    let model = parse(&support::read(&demo.join("yardpass.sql"))).model;
    let domains: BTreeMap<String, String> =
        serde_json::from_str(&support::read(&demo.join("yardpass.domains.json"))).expect("domains JSON");
    let assignment = domains.into_iter().map(|(table, domain)| (QualifiedName::new("public", table), domain)).collect();
    (model, assignment)
}

fn print_summary(label: &str, graph: &RelationGraph, order: &DomainOrder) {
    println!("{label}: {} relations, {} edges {:?}", graph.relation_count(), graph.edge_count(), graph.edge_counts());
    let mut unresolved: BTreeMap<EdgeKind, usize> = BTreeMap::new();
    for u in graph.unresolved() {
        *unresolved.entry(u.kind).or_default() += 1;
    }
    println!("{label}: unresolved {unresolved:?}");
    println!("{label}: domain order {:?}", order.order);
    println!("{label}: cycles {:?}", order.cycles);
}

/// The order's promise, checked against the quotient itself: every domain once, and a
/// domain after every other domain it references unless both are in one cycle.
fn assert_is_a_domain_order(domains: &DomainGraph, order: &DomainOrder) {
    let listed: BTreeSet<&String> = order.order.iter().collect();
    assert_eq!(listed.len(), order.order.len(), "each domain once: {:?}", order.order);
    assert_eq!(listed, domains.domains.keys().collect(), "every domain");
    let position: BTreeMap<&String, usize> = order.order.iter().enumerate().map(|(i, d)| (d, i)).collect();
    let cycle_of = |d: &String| order.cycles.iter().position(|c| c.contains(d));
    for ((from, to), link) in &domains.links {
        if from == to || link.count(ORDER_KINDS) == 0 {
            continue;
        }
        let same_cycle = cycle_of(from).is_some() && cycle_of(from) == cycle_of(to);
        assert!(
            same_cycle || position[to] < position[from],
            "{from} references {to} but comes first: {:?}",
            order.order
        );
    }
    for cycle in &order.cycles {
        assert!(cycle.len() > 1, "{cycle:?}");
        let mut sorted = cycle.clone();
        sorted.sort();
        assert_eq!(&sorted, cycle, "a cycle is listed by name");
        let first = position[&cycle[0]];
        let places: Vec<usize> = cycle.iter().map(|d| position[d]).collect();
        assert_eq!(places, (first..first + cycle.len()).collect::<Vec<_>>(), "a cycle's domains are placed together");
    }
}

#[test]
fn musicbrainz_graph_matches_the_model() {
    let model = musicbrainz();
    let graph = RelationGraph::from_model(&model);
    assert!(graph.duplicates().is_empty(), "{:?}", graph.duplicates());
    assert_eq!(graph.relation_count(), model.tables.len() + model.views.len());
    assert_eq!(model.tables.len(), 519, "the corpus file changed");

    let relations: BTreeSet<&QualifiedName> =
        model.tables.iter().map(|t| &t.name).chain(model.views.iter().map(|v| &v.name)).collect();
    let resolvable = model
        .foreign_keys
        .iter()
        .filter(|fk| relations.contains(&fk.table) && relations.contains(&fk.ref_table))
        .count();
    let counts = graph.edge_counts();
    assert_eq!(counts[&EdgeKind::ForeignKey], resolvable);
    let unresolved_fks = graph.unresolved().iter().filter(|u| u.kind == EdgeKind::ForeignKey).count();
    assert_eq!(unresolved_fks, model.foreign_keys.len() - resolvable);
    let partitions =
        model.tables.iter().filter(|t| t.partition_of.as_ref().is_some_and(|p| relations.contains(p))).count();
    assert_eq!(counts[&EdgeKind::PartitionOf], partitions);
    assert!(counts[&EdgeKind::ViewReads] > 0, "musicbrainz has views");

    let assignment: BTreeMap<QualifiedName, String> =
        model.tables.iter().map(|t| (t.name.clone(), t.name.schema.clone())).collect();
    let domains = quotient(&graph, &assignment);
    let order = domain_order(&domains);
    let again = domain_order(&quotient(&RelationGraph::from_model(&musicbrainz()), &assignment));
    assert_eq!(order, again, "the same dump gives the same order");
    let schemas: BTreeSet<String> = relations.iter().map(|r| r.schema.clone()).collect();
    assert_eq!(order.order.iter().cloned().collect::<BTreeSet<_>>(), schemas);
    assert_is_a_domain_order(&domains, &order);
    print_summary("musicbrainz", &graph, &order);

    let cycles = strongly_connected_components(&graph, EdgeKinds::only(EdgeKind::ForeignKey));
    println!(
        "musicbrainz: {} foreign-key cycles of relations, largest {}",
        cycles.len(),
        cycles.iter().map(Vec::len).max().unwrap_or(0)
    );
    let communities = louvain(&graph);
    let count = communities.values().collect::<BTreeSet<_>>().len();
    println!("musicbrainz: louvain {count} communities, modularity {:.3}", modularity(&graph, &communities));
    assert_eq!(communities.len(), graph.relation_count());
    assert_eq!(communities, louvain(&graph), "louvain is deterministic");
}

#[test]
fn yardpass_domains_put_ref_first_and_report_their_cycles() {
    let (model, assignment) = yardpass();
    let graph = RelationGraph::from_model(&model);
    assert_eq!(graph.relation_count(), model.tables.len() + model.views.len());
    let domains = quotient(&graph, &assignment);
    assert!(domains.unknown_relations.is_empty(), "{:?}", domains.unknown_relations);
    let order = domain_order(&domains);
    print_summary("yardpass", &graph, &order);
    for ((from, to), link) in &domains.links {
        if from != to && order.cycles.iter().any(|c| c.contains(from) && c.contains(to)) {
            let fks: Vec<String> = link.foreign_keys.iter().map(|fk| format!("{} → {}", fk.from, fk.to)).collect();
            println!("yardpass: cycle edge {from} → {to}: {:?} {fks:?}", link.counts);
        }
    }
    assert_is_a_domain_order(&domains, &order);
    // Read from yardpass.ddl.sql: events → users (events.created_by and 12 more FKs to
    // user_profiles), events → organizations (events.organization_id, …), organizations →
    // users (organizations → user_profiles, …) and users → events (user_badges.event_id,
    // user_saved_events.event_id): one cycle of three domains, and no other.
    assert_eq!(order.cycles, [vec!["events".to_string(), "organizations".to_string(), "users".to_string()]]);
    let users_to_events = &domains.links[&("users".to_string(), "events".to_string())];
    let names: Vec<Option<&str>> = users_to_events.foreign_keys.iter().map(|fk| fk.name.as_deref()).collect();
    assert_eq!(names, [Some("user_badges_event_id_fkey"), Some("user_saved_events_event_id_fkey")]);
    let position = |d: &str| order.order.iter().position(|x| x == d);
    assert!(position("ref").is_some() && position("ref") < position("events"), "{:?}", order.order);
    assert!(position("ref") < position("ticketing"), "{:?}", order.order);
    let ref_link_out =
        domains.links.iter().filter(|((from, to), l)| from == "ref" && to != "ref" && l.count(ORDER_KINDS) > 0).count();
    assert_eq!(ref_link_out, 0, "ref references no other domain");
    assert_eq!(order, domain_order(&quotient(&RelationGraph::from_model(&yardpass().0), &assignment)));
}
