//! What the diagram draws, derived from the schema and the plan by pure functions: each
//! table's domain (the plan's, or the user's pin while the worker re-plans), the regions
//! in the domain dependency order (plus the user's empty domains), card sizes and the
//! layout, and the foreign keys marked as crossing domains or not.

use super::geometry::Rect;
use super::layout::{layout, Layout, LayoutInput};
use crate::protocol::{PlanView, SchemaView, TableKey, TableView};
use std::collections::{BTreeMap, BTreeSet};

/// Card width.
pub const CARD_W: f64 = 210.0;
/// Height of a card's title band.
pub const HEADER: f64 = 26.0;
/// Height of one column line.
pub const ROW: f64 = 16.0;
/// Column lines shown on an expanded card; the rest are counted.
pub const MAX_ROWS: usize = 18;
/// Schemas with more tables than this start with collapsed cards.
pub const COLLAPSE_ABOVE: usize = 60;
/// Characters of a name that fit on a card's title line.
pub const TITLE_CHARS: usize = 23;

/// A foreign key as drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SceneEdge {
    /// The referencing table.
    pub from: usize,
    /// The referenced table.
    pub to: usize,
    /// The two tables are in different domains.
    pub cross: bool,
}

/// Everything positioned.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// Region names, in layout order.
    pub domains: Vec<String>,
    /// Per table: index into `domains`.
    pub domain_of: Vec<usize>,
    /// Per region: how many tables.
    pub counts: Vec<usize>,
    pub layout: Layout,
    pub edges: Vec<SceneEdge>,
}

impl Scene {
    pub fn domain_name(&self, table: usize) -> &str {
        self.domain_of.get(table).and_then(|&d| self.domains.get(d)).map_or("", String::as_str)
    }

    pub fn card(&self, table: usize) -> Rect {
        self.layout.cards.get(table).copied().unwrap_or_default()
    }

    pub fn region(&self, domain: usize) -> Rect {
        self.layout.regions.get(domain).copied().unwrap_or_default()
    }
}

/// Each table's domain: the user's pin if any (the worker's answer may still be on its
/// way), else the plan's; without a plan for this schema, the table's own schema.
pub fn table_domains(schema: &SchemaView, plan: Option<&PlanView>, pins: &BTreeMap<TableKey, String>) -> Vec<String> {
    let plan = plan.filter(|p| p.assignments.len() == schema.tables.len());
    schema
        .tables
        .iter()
        .enumerate()
        .map(|(i, t)| match (pins.get(&t.key), plan) {
            (Some(pin), _) => pin.clone(),
            (None, Some(p)) => p.assignments[i].domain.clone(),
            (None, None) => t.schema.clone(),
        })
        .collect()
}

/// Region order: the plan's dependency order, then domains it does not list (by name),
/// then the user's empty domains.
pub fn region_order(order: &[String], table_domains: &[String], empty: &[String]) -> Vec<String> {
    let used: BTreeSet<&str> = table_domains.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    let mut regions = Vec::new();
    for d in order.iter().map(String::as_str).filter(|d| used.contains(d)).chain(used.iter().copied()).chain(empty.iter().map(String::as_str)) {
        if seen.insert(d) {
            regions.push(d.to_string());
        }
    }
    regions
}

/// A card's size: title band and, expanded, one line per column (up to `MAX_ROWS` and a
/// "more" line); collapsed, one line with the column count.
pub fn card_size(table: &TableView, expanded: bool) -> (f64, f64) {
    let lines = if expanded {
        let n = table.columns.len();
        if n > MAX_ROWS { MAX_ROWS + 1 } else { n.max(1) }
    } else {
        1
    };
    (CARD_W, HEADER + 6.0 + lines as f64 * ROW + 4.0)
}

/// Positions everything. `expanded(i)` says whether table `i`'s card shows its columns.
pub fn build(
    schema: &SchemaView,
    domains: &[String],
    order: &[String],
    empty: &[String],
    expanded: &dyn Fn(usize) -> bool,
) -> Scene {
    let regions = region_order(order, domains, empty);
    let index: BTreeMap<&str, usize> = regions.iter().enumerate().map(|(i, d)| (d.as_str(), i)).collect();
    let domain_of: Vec<usize> = domains.iter().map(|d| index.get(d.as_str()).copied().unwrap_or(0)).collect();
    let mut counts = vec![0; regions.len()];
    for &d in &domain_of {
        counts[d] += 1;
    }
    let sizes: Vec<(f64, f64)> = schema.tables.iter().enumerate().map(|(i, t)| card_size(t, expanded(i))).collect();
    let pairs: Vec<(usize, usize)> = schema.edges.iter().map(|e| (e.from, e.to)).collect();
    let layout = layout(&LayoutInput { regions: regions.len(), region_of: &domain_of, sizes: &sizes, edges: &pairs });
    let edges = schema
        .edges
        .iter()
        .filter(|e| e.from < domain_of.len() && e.to < domain_of.len())
        .map(|e| SceneEdge { from: e.from, to: e.to, cross: domain_of[e.from] != domain_of[e.to] })
        .collect();
    Scene { domains: regions, domain_of, counts, layout, edges }
}

/// Per table: the tables it references or is referenced by.
pub fn neighbours(schema: &SchemaView) -> Vec<Vec<usize>> {
    let mut n = vec![Vec::new(); schema.tables.len()];
    for e in &schema.edges {
        if e.from < n.len() && e.to < n.len() {
            n[e.from].push(e.to);
            n[e.to].push(e.from);
        }
    }
    for list in &mut n {
        list.sort_unstable();
        list.dedup();
    }
    n
}

/// `text` cut to `max` characters, with an ellipsis when cut.
pub fn fit_text(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{AssignmentView, ColumnView, EdgeView};

    fn table(schema: &str, name: &str, columns: usize) -> TableView {
        TableView {
            key: format!("{schema}.{name}"),
            schema: schema.into(),
            name: name.into(),
            columns: (0..columns).map(|i| ColumnView { name: format!("c{i}"), ..Default::default() }).collect(),
            ..Default::default()
        }
    }

    fn schema() -> SchemaView {
        SchemaView {
            tables: vec![table("public", "users", 3), table("public", "orders", 40), table("public", "items", 2)],
            edges: vec![EdgeView { from: 1, to: 0 }, EdgeView { from: 2, to: 1 }],
            ..Default::default()
        }
    }

    fn plan(domains: &[&str], order: &[&str]) -> PlanView {
        PlanView {
            assignments: domains.iter().map(|d| AssignmentView { domain: d.to_string(), ..Default::default() }).collect(),
            domain_order: order.iter().map(|d| d.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn pins_win_over_the_plan_and_the_schema_stands_in_for_a_missing_plan() {
        let s = schema();
        let p = plan(&["identity", "sales", "sales"], &["identity", "sales"]);
        let pins: BTreeMap<TableKey, String> = [("public.items".to_string(), "catalog".to_string())].into();
        assert_eq!(table_domains(&s, Some(&p), &pins), ["identity", "sales", "catalog"]);
        assert_eq!(table_domains(&s, None, &BTreeMap::new()), ["public", "public", "public"]);
        // A plan of another schema (still on its way) is not used.
        assert_eq!(table_domains(&s, Some(&plan(&["x"], &[])), &BTreeMap::new()), ["public", "public", "public"]);
    }

    #[test]
    fn regions_follow_the_order_then_unlisted_then_empty_domains() {
        let domains: Vec<String> = ["b", "a", "c", "a"].iter().map(|s| s.to_string()).collect();
        let order = ["c".to_string(), "gone".to_string(), "b".to_string()];
        let empty = ["new".to_string(), "a".to_string()];
        assert_eq!(region_order(&order, &domains, &empty), ["c", "b", "a", "new"]);
    }

    #[test]
    fn the_scene_marks_cross_domain_edges_and_counts_tables() {
        let s = schema();
        let domains = table_domains(&s, Some(&plan(&["identity", "sales", "sales"], &["identity", "sales"])), &BTreeMap::new());
        let scene = build(&s, &domains, &["identity".into(), "sales".into()], &["empty".into()], &|_| false);
        assert_eq!(scene.domains, ["identity", "sales", "empty"]);
        assert_eq!(scene.counts, [1, 2, 0]);
        assert_eq!(scene.edges, [SceneEdge { from: 1, to: 0, cross: true }, SceneEdge { from: 2, to: 1, cross: false }]);
        assert_eq!(scene.domain_name(2), "sales");
        assert!(scene.region(1).encloses(&scene.card(2)));
    }

    #[test]
    fn expanded_cards_grow_with_their_columns_up_to_a_limit() {
        let s = schema();
        let (_, collapsed) = card_size(&s.tables[0], false);
        let (_, three) = card_size(&s.tables[0], true);
        let (_, forty) = card_size(&s.tables[1], true);
        assert_eq!(three - collapsed, 2.0 * ROW);
        assert_eq!(forty, HEADER + 10.0 + (MAX_ROWS + 1) as f64 * ROW);
    }

    #[test]
    fn neighbours_go_both_ways_and_text_is_cut_with_an_ellipsis() {
        assert_eq!(neighbours(&schema()), vec![vec![1], vec![0, 2], vec![1]]);
        assert_eq!(fit_text("abcdef", 4), "abc…");
        assert_eq!(fit_text("abc", 4), "abc");
    }
}
