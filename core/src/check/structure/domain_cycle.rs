//! # What it finds
//!
//! Domains that depend on each other through foreign keys: the strongly connected
//! components of the graph whose nodes are the plan's domains (target schemas) and whose
//! edges are the foreign keys between them. The finding names the domains and the keys
//! that close the cycle.
//!
//! # Why it matters
//!
//! A domain should be something you can create, load, restore, hand to a team or split
//! off into its own database. Two domains that reference each other can only ever do
//! that together: neither can be created (with its keys) before the other, a restore
//! needs both, and the boundary between them is not a real boundary. Often one or two
//! keys are on the wrong side (a table placed in the wrong domain).
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.tickets (id bigint PRIMARY KEY, payment_id bigint);
//! CREATE TABLE public.payments (id bigint PRIMARY KEY, ticket_id bigint);
//! ALTER TABLE ONLY public.tickets ADD CONSTRAINT tickets_payment_fkey
//!     FOREIGN KEY (payment_id) REFERENCES public.payments(id);
//! ALTER TABLE ONLY public.payments ADD CONSTRAINT payments_ticket_fkey
//!     FOREIGN KEY (ticket_id) REFERENCES public.tickets(id);
//! ```
//!
//! With `tickets → ticketing` and `payments → payments`, the two domains form a cycle.
//!
//! # Fix
//!
//! Put the tables of the weaker direction into the other domain, or drop the key that
//! closes the cycle (keep the column, check it in the application). The migration still
//! runs: pgcarve adds foreign keys after all tables exist.

use super::support::{describe_fk, line, list};
use crate::check::{Check, Context, Finding, Severity};
use crate::graph::{domain_order, DomainGraph, DomainLink, EdgeKind};
use crate::model::ForeignKey;
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "domain-cycle",
    severity: Severity::Warning,
    doc: include_str!("domain_cycle.rs"),
    run,
};

/// How many domain pairs a finding lists, and up to how many keys of a pair it names.
const SHOWN: usize = 5;
const NAMED: usize = 2;

fn run(cx: &Context) -> Vec<Finding> {
    let order = domain_order(&fk_domain_graph(cx));
    let mut findings = Vec::new();
    for cycle in &order.cycles {
        let members: BTreeSet<&str> = cycle.iter().map(String::as_str).collect();
        // (from domain, to domain) → the keys between two different domains of the cycle.
        let mut pairs: BTreeMap<(&str, &str), Vec<&ForeignKey>> = BTreeMap::new();
        for fk in cx.model.foreign_keys.iter().filter(|fk| cx.table(&fk.ref_table).is_some()) {
            let (from, to) = (cx.target_schema(&fk.table), cx.target_schema(&fk.ref_table));
            if from != to && members.contains(from) && members.contains(to) {
                pairs.entry((from, to)).or_default().push(fk);
            }
        }
        let keys: Vec<&ForeignKey> = pairs.values().flatten().copied().collect();
        if !keys.iter().any(|fk| cx.moves(&fk.table) || cx.moves(&fk.ref_table)) {
            continue; // schemas that already depend on each other; not the plan's doing
        }
        // The weakest links first: the fewest keys are the cheapest to cut.
        let mut ranked: Vec<((&str, &str), Vec<&ForeignKey>)> = pairs.into_iter().collect();
        for (_, fks) in &mut ranked {
            fks.sort_by(|a, b| (&a.table, &a.name).cmp(&(&b.table, &b.name)));
        }
        ranked.sort_by_key(|((from, to), fks)| (fks.len(), *from, *to));
        let Some(first) = ranked.first().and_then(|(_, fks)| fks.first()) else { continue };
        let shown: Vec<String> = ranked
            .iter()
            .map(|((from, to), fks)| {
                let named: Vec<String> = fks.iter().map(|fk| describe_fk(fk)).collect();
                match fks.len() {
                    1..=NAMED => format!("{from} → {to}: {}", list(&named, NAMED)),
                    n => format!("{from} → {to}: {n} keys"),
                }
            })
            .collect();
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: first.table.clone(),
            message: format!(
                "domains {} depend on each other through {} foreign keys; fewest first: {}",
                list(cycle, cycle.len()),
                keys.len(),
                list(&shown, SHOWN)
            ),
            help: "cut the weakest links: move their referencing tables into the domain they reference, or \
                   drop those keys; until then these domains can only be created, restored and split off \
                   together"
                .to_string(),
            line: line(first.location),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// The domains of every table after the plan and the foreign keys between them (the
/// quotient of the relation graph over foreign keys only).
fn fk_domain_graph(cx: &Context) -> DomainGraph {
    let mut graph = DomainGraph::default();
    for table in &cx.model.tables {
        graph.domains.entry(cx.target_schema(&table.name).to_string()).or_default().push(table.name.clone());
    }
    for fk in &cx.model.foreign_keys {
        if cx.table(&fk.ref_table).is_none() {
            continue;
        }
        let pair = (cx.target_schema(&fk.table).to_string(), cx.target_schema(&fk.ref_table).to_string());
        let link: &mut DomainLink = graph.links.entry(pair).or_default();
        *link.counts.entry(EdgeKind::ForeignKey).or_default() += 1;
    }
    graph
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.events (id bigint PRIMARY KEY);
CREATE TABLE public.tickets (id bigint PRIMARY KEY, event_id bigint, payment_id bigint);
CREATE TABLE public.payments (id bigint PRIMARY KEY, ticket_id bigint);
ALTER TABLE ONLY public.tickets ADD CONSTRAINT tickets_event_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);
ALTER TABLE ONLY public.tickets ADD CONSTRAINT tickets_payment_fkey FOREIGN KEY (payment_id) REFERENCES public.payments(id);
ALTER TABLE ONLY public.payments ADD CONSTRAINT payments_ticket_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id);
";

    #[test]
    fn fires_on_two_domains_that_reference_each_other() {
        let placed = [("events", "events"), ("tickets", "ticketing"), ("payments", "payments")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @r"
            warning domain-cycle public.payments:7 domains payments and ticketing depend on each other through 2 foreign keys; fewest first: payments → ticketing: payments_ticket_fkey (public.payments(ticket_id) → public.tickets) and ticketing → payments: tickets_payment_fkey (public.tickets(payment_id) → public.payments)
              help: cut the weakest links: move their referencing tables into the domain they reference, or drop those keys; until then these domains can only be created, restored and split off together
            ");
    }

    #[test]
    fn quiet_when_the_cycle_stays_inside_one_domain() {
        let placed = [("events", "events"), ("tickets", "ticketing"), ("payments", "ticketing")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @"");
    }
}
