//! The neighbour highlight as SVG markup, a pure function: the cards of the lit tables,
//! their neighbours and the dragged tables drawn again over the lit tables' foreign keys
//! (the keys never cross a card's text). The page
//! draws it in a layer of its own above a veil over the canvas, so lighting up a table
//! restyles and repaints nothing in the canvas (a class on the canvas that dimmed every
//! other card cost a style pass over all of them: ~9 ms a hover on MusicBrainz).

use super::geometry::edge_path;
use super::markup::{card_inner, escape};
use super::scene::Scene;
use crate::protocol::TableView;
use std::collections::BTreeSet;
use std::fmt::Write;

/// Cards drawn again at most (a hub's neighbours beyond it stay under the veil).
pub const MAX_CARDS: usize = 300;
/// Foreign keys drawn lit at most.
pub const MAX_EDGES: usize = 400;

/// How one highlighted card looks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Look {
    pub expanded: bool,
    pub selected: bool,
    pub dragged: bool,
    /// Its domain's colour (a CSS colour).
    pub colour: String,
}

/// The foreign keys touching `lit`, then the cards of `shown` over them (each as `look`
/// says; the lit ones first, so a hub's own card is never left out).
pub fn highlight_markup(
    tables: &[TableView],
    scene: &Scene,
    lit: &BTreeSet<usize>,
    shown: &BTreeSet<usize>,
    look: &dyn Fn(usize) -> Look,
) -> String {
    let mut m = String::new();
    let touching = scene.edges.iter().filter(|e| lit.contains(&e.from) || lit.contains(&e.to));
    for e in touching.take(MAX_EDGES) {
        let (class, marker) = if e.cross { ("edge cross", "dg-arrow-cross") } else { ("edge", "dg-arrow") };
        let d = edge_path(&scene.card(e.from), &scene.card(e.to));
        let _ = write!(m, r#"<path class="{class}" d="{d}" marker-end="url(#{marker})"/>"#);
    }
    let others = shown.iter().filter(|i| !lit.contains(i));
    for &i in lit.iter().chain(others).take(MAX_CARDS) {
        let (Some(t), Some(r)) = (tables.get(i), scene.layout.cards.get(i)) else { continue };
        let l = look(i);
        let flags = [(lit.contains(&i), " lit"), (l.selected, " selected"), (l.dragged, " dragged")];
        let class: String = std::iter::once("card near").chain(flags.iter().filter(|f| f.0).map(|f| f.1)).collect();
        let _ = write!(
            m,
            r#"<g class="{class}" data-key="{}" transform="translate({:.1} {:.1})" style="--domain:{}">{}</g>"#,
            escape(&t.key),
            r.x,
            r.y,
            escape(&l.colour),
            card_inner(t, l.expanded)
        );
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::geometry::Rect;
    use crate::diagram::scene::SceneEdge;

    fn table(name: &str) -> TableView {
        TableView { key: format!("public.{name}"), schema: "public".into(), name: name.into(), ..Default::default() }
    }

    /// Three tables in a chain 0 → 1 → 2, and 3 alone.
    fn chain() -> (Vec<TableView>, Scene) {
        let tables = vec![table("a"), table("b"), table("c\"<d"), table("e")];
        let mut scene = Scene::default();
        scene.layout.cards = (0..4).map(|i| Rect::new(f64::from(i) * 300.0, 10.0, 210.0, 52.0)).collect();
        scene.edges = vec![SceneEdge { from: 0, to: 1, cross: false }, SceneEdge { from: 1, to: 2, cross: true }];
        (tables, scene)
    }

    #[test]
    fn draws_the_near_cards_where_they_stand_and_the_lit_tables_keys() {
        let (tables, scene) = chain();
        let lit = BTreeSet::from([1]);
        let near = BTreeSet::from([0, 1, 2]);
        let m = highlight_markup(&tables, &scene, &lit, &near, &|i| Look {
            selected: i == 1,
            dragged: i == 1,
            colour: "#123456".into(),
            ..Look::default()
        });
        assert_eq!(m.matches("<g class=\"card near").count(), 3);
        assert!(m.contains(r#"<g class="card near" data-key="public.a" transform="translate(0.0 10.0)" style="--domain:#123456">"#), "{m}");
        assert!(m.contains(r#"<g class="card near lit selected dragged" data-key="public.b" transform="translate(300.0 10.0)""#), "{m}");
        assert!(m.contains(r#"data-key="public.c&quot;&lt;d""#), "{m}");
        assert!(!m.contains("public.e"));
        // Both keys touch table 1; the cross-domain one keeps its dashes and arrow.
        assert_eq!(m.matches("<path ").count(), 2);
        assert!(m.contains(&format!(r#"<path class="edge cross" d="{}" marker-end="url(#dg-arrow-cross)"/>"#, edge_path(&scene.card(1), &scene.card(2)))));
        // The cards are drawn over the keys.
        assert!(m.rfind("<path ").unwrap() < m.find("<g ").unwrap());
    }

    #[test]
    fn only_the_keys_of_lit_tables_light_up() {
        let (tables, scene) = chain();
        let m = highlight_markup(&tables, &scene, &BTreeSet::from([0]), &BTreeSet::from([0, 1]), &|_| Look::default());
        assert_eq!(m.matches("<path ").count(), 1);
        assert_eq!(highlight_markup(&tables, &scene, &BTreeSet::new(), &BTreeSet::new(), &|_| Look::default()), "");
    }

    #[test]
    fn a_hub_draws_at_most_the_limits() {
        let tables: Vec<TableView> = (0..MAX_CARDS + 50).map(|i| table(&format!("t{i}"))).collect();
        let mut scene = Scene::default();
        scene.layout.cards = vec![Rect::default(); tables.len()];
        let hub = tables.len() - 1;
        scene.edges = (0..hub).flat_map(|i| [SceneEdge { from: i, to: hub, cross: false }; 2]).collect();
        let near: BTreeSet<usize> = (0..tables.len()).collect();
        let m = highlight_markup(&tables, &scene, &BTreeSet::from([hub]), &near, &|_| Look::default());
        assert_eq!(m.matches("<g class=\"card near").count(), MAX_CARDS);
        let first_card = &m[m.find("<g class=\"card near").unwrap()..];
        assert!(first_card.starts_with(&format!(r#"<g class="card near lit" data-key="public.t{hub}""#)), "the hub first");
        assert_eq!(m.matches("<path ").count(), MAX_EDGES);
    }
}
