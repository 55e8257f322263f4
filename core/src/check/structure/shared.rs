//! What `type-shared-across-domains` and `sequence-shared-across-domains` share: the
//! followers the plan leaves where they are because their tables land in several domains.

use super::support::list;
use crate::check::{Check, Context, Finding};
use crate::model::{Location, QualifiedName};
use crate::plan::FollowerKind;
use std::collections::{BTreeMap, BTreeSet};

/// One shared object: its name, where it is defined, and the columns that use it.
pub struct Shared<'a> {
    pub name: &'a QualifiedName,
    pub location: Location,
    pub used_by: &'a [(QualifiedName, String)],
}

/// A finding for every object of `kind` whose follower stays (`domain: None`).
pub fn findings<'a>(
    cx: &Context<'a>,
    check: &Check,
    kind: FollowerKind,
    objects: impl Iterator<Item = Shared<'a>>,
    what: &str,
    help: impl Fn(&QualifiedName) -> String,
) -> Vec<Finding> {
    let stays: BTreeSet<&QualifiedName> =
        cx.plan.objects.iter().filter(|f| f.kind == kind && f.domain.is_none()).map(|f| &f.name).collect();
    let mut findings = Vec::new();
    for object in objects.filter(|o| stays.contains(o.name)) {
        // domain → its tables (original names) that use the object.
        let mut by_domain: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for (table, _) in object.used_by {
            if cx.plan.domain_of(table).is_some() {
                by_domain.entry(cx.target_schema(table)).or_default().insert(table.to_string());
            }
        }
        if by_domain.len() < 2 {
            continue;
        }
        let parts: Vec<String> = by_domain
            .iter()
            .map(|(domain, tables)| format!("{domain} ({})", list(&tables.iter().collect::<Vec<_>>(), 2)))
            .collect();
        findings.push(Finding {
            check: check.name,
            severity: check.severity,
            subject: object.name.clone(),
            message: format!(
                "{what} {} is used by tables of {} domains: {}; it stays in {}",
                object.name,
                by_domain.len(),
                list(&parts, 4),
                object.name.schema
            ),
            help: help(object.name),
            line: (object.location.line > 0).then_some(object.location.line),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}
