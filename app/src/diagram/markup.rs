//! A card's inside (box, domain stripe, title, RLS badge, toggle, column lines or the
//! column count) as SVG markup, a pure function of the table and whether it is expanded.
//! The canvas sets it as the card's `innerHTML`: the browser's parser builds those
//! elements far faster than one call from wasm per element and attribute, which is what
//! drawing hundreds of cards costs. Every name from the dump is escaped. The foreign keys
//! are markup too: all of them, redrawn at once when the scene changes.

use super::geometry::edge_path;
use super::scene::{card_size, fit_text, Scene, CARD_W, HEADER, MAX_ROWS, ROW, TITLE_CHARS};
use crate::protocol::TableView;
use std::fmt::Write;

/// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The inside of table `t`'s card.
pub fn card_inner(t: &TableView, expanded: bool) -> String {
    let h = card_size(t, expanded).1;
    let title = fit_text(&t.name, if t.rls { TITLE_CHARS - 5 } else { TITLE_CHARS });
    let mut m = String::with_capacity(600);
    let _ = write!(
        m,
        r#"<rect class="card-box" width="{CARD_W}" height="{h:.0}" rx="6"/><rect class="card-stripe" width="6" height="{h:.0}" rx="3"/><line class="card-rule" x1="6" x2="{CARD_W}" y1="{HEADER}" y2="{HEADER}"/><text class="card-title" x="14" y="18">{}</text>"#,
        escape(&title)
    );
    if t.rls {
        let _ = write!(
            m,
            r#"<g class="rls-badge"><rect x="{}" y="6" width="30" height="14" rx="3"/><text x="{}" y="17" text-anchor="middle">RLS</text></g>"#,
            CARD_W - 64.0,
            CARD_W - 49.0
        );
    }
    let _ = write!(
        m,
        r#"<g class="card-toggle" data-toggle="1"><rect x="{}" y="2" width="24" height="22" rx="4"/><text x="{}" y="18" text-anchor="middle">{}</text></g>"#,
        CARD_W - 26.0,
        CARD_W - 14.0,
        if expanded { "▾" } else { "▸" }
    );
    if expanded {
        columns(&mut m, t);
    } else {
        let fks = t.columns.iter().filter(|c| c.foreign_key).count();
        let pk = if t.columns.iter().any(|c| c.primary_key) { " · PK" } else { "" };
        let fk = if fks > 0 { format!(" · {fks} FK") } else { String::new() };
        let _ = write!(m, r#"<text class="card-meta" x="14" y="{}">{} columns{pk}{fk}</text>"#, HEADER + 16.0, t.columns.len());
    }
    m
}

/// Every foreign key of `scene` as a path (cross-domain ones dashed, with their arrow).
pub fn edges_markup(scene: &Scene) -> String {
    let mut m = String::with_capacity(scene.edges.len() * 90);
    for e in &scene.edges {
        let (class, marker) = if e.cross { ("edge cross", "dg-arrow-cross") } else { ("edge", "dg-arrow") };
        let d = edge_path(&scene.card(e.from), &scene.card(e.to));
        let _ = write!(m, r#"<path class="{class}" d="{d}" marker-end="url(#{marker})"/>"#);
    }
    m
}

/// An expanded card's column lines: PK/FK marker, name, type; past `MAX_ROWS`, a count.
fn columns(m: &mut String, t: &TableView) {
    let shown = t.columns.len().min(MAX_ROWS);
    for (k, c) in t.columns[..shown].iter().enumerate() {
        let y = HEADER + 6.0 + ROW * (k as f64 + 1.0) - 4.0;
        let (mark, class) = match (c.primary_key, c.foreign_key) {
            (true, true) => ("PF", "mark pk"),
            (true, false) => ("PK", "mark pk"),
            (false, true) => ("FK", "mark fk"),
            _ => ("", "mark"),
        };
        let _ = write!(
            m,
            r#"<text class="col" y="{y}"><tspan x="12" class="{class}">{mark}</tspan><tspan x="34" class="col-name">{}</tspan><tspan x="{}" text-anchor="end" class="col-type">{}</tspan></text>"#,
            escape(&fit_text(&c.name, 17)),
            CARD_W - 8.0,
            escape(&fit_text(&c.data_type, 11))
        );
    }
    if t.columns.len() > shown {
        let y = HEADER + 6.0 + ROW * (shown as f64 + 1.0) - 4.0;
        let _ = write!(m, r#"<text class="card-meta" x="34" y="{y}">… {} more</text>"#, t.columns.len() - shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::ColumnView;

    fn table(name: &str, columns: usize) -> TableView {
        TableView {
            key: format!("public.{name}"),
            schema: "public".into(),
            name: name.into(),
            columns: (0..columns)
                .map(|i| ColumnView { name: format!("c{i}"), data_type: "int".into(), primary_key: i == 0, ..Default::default() })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn edges_are_paths_and_cross_domain_ones_say_so() {
        use super::super::geometry::Rect;
        use super::super::scene::SceneEdge;
        let mut scene = Scene::default();
        scene.layout.cards = vec![Rect::new(0.0, 0.0, 10.0, 10.0), Rect::new(100.0, 0.0, 10.0, 10.0)];
        scene.edges = vec![SceneEdge { from: 0, to: 1, cross: false }, SceneEdge { from: 1, to: 0, cross: true }];
        let m = edges_markup(&scene);
        assert_eq!(m.matches("<path ").count(), 2);
        assert!(m.starts_with(&format!(r#"<path class="edge" d="{}" marker-end="url(#dg-arrow)"/>"#, edge_path(&scene.card(0), &scene.card(1)))));
        assert!(m.contains(r#"class="edge cross""#) && m.contains("url(#dg-arrow-cross)"));
    }

    #[test]
    fn names_are_escaped() {
        assert_eq!(escape(r#"a<b>&"c"'d'"#), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
        let m = card_inner(&table("x<y&z", 1), true);
        assert!(m.contains(">x&lt;y&amp;z</text>"), "{m}");
        assert!(!m.contains("x<y"));
    }

    #[test]
    fn collapsed_shows_the_count_and_expanded_the_columns_up_to_the_limit() {
        let t = table("orders", MAX_ROWS + 3);
        let collapsed = card_inner(&t, false);
        assert!(collapsed.contains(&format!("{} columns · PK</text>", MAX_ROWS + 3)));
        assert!(collapsed.contains("▸") && !collapsed.contains(r#"class="col""#));
        let expanded = card_inner(&t, true);
        assert_eq!(expanded.matches(r#"<text class="col""#).count(), MAX_ROWS);
        assert!(expanded.contains("… 3 more") && expanded.contains("▾") && expanded.contains(">PK</tspan>"));
        // The box is as high as the layout's card.
        assert!(expanded.contains(&format!(r#"height="{:.0}""#, card_size(&t, true).1)));
    }

    #[test]
    fn rls_tables_get_a_badge_and_a_shorter_title() {
        let mut t = table("a_table_with_a_rather_long_name", 1);
        t.rls = true;
        let m = card_inner(&t, false);
        assert!(m.contains(r#"class="rls-badge""#));
        assert!(m.contains(&format!(">{}</text>", fit_text(&t.name, TITLE_CHARS - 5))));
    }
}
