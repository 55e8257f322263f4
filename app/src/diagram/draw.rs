//! The diagram's views: the SVG canvas (regions, edges, cards), the highlight
//! layer (neighbours lit), the drag layer (ghosts, drop target) and the minimap. Every
//! list is keyed (`<For>`); positions are reactive attributes reading the scene memo, so
//! a new plan moves cards without rebuilding them. A hover only changes the highlight
//! layer and a drag only the drag layer: the canvas, with its thousands of elements, is
//! neither restyled nor repainted by them.

use super::geometry::{Minimap as Projection, Point, Rect};
use super::highlight::{highlight_markup, Look};
use super::input;
use super::layout::REGION_GAP;
use super::markup::{card_inner, edges_markup};
use super::scene::{fit_text, Scene, CARD_W, TITLE_CHARS};
use super::Ctx;
use crate::protocol::SchemaView;
use leptos::prelude::*;
use std::sync::Arc;

pub(super) fn with_scene<T: Default>(cx: Ctx, f: impl FnOnce(&Scene) -> T) -> T {
    cx.scene.with(|s| s.as_deref().map(f).unwrap_or_default())
}

/// `translate(x y)`.
fn translate(p: Point) -> String {
    format!("translate({:.1} {:.1})", p.x, p.y)
}

#[component]
pub(super) fn Canvas(cx: Ctx) -> impl IntoView {
    let transform = move || cx.viewport.with(|v| v.transform());
    // Cards of a schema: keyed by the schema (its address) and the table index.
    let cards = move || {
        cx.schema.with(|s| {
            s.as_ref().map(|s| {
                let id = Arc::as_ptr(s) as usize;
                (0..s.tables.len()).map(|i| (id, i)).collect::<Vec<_>>()
            })
        })
        .unwrap_or_default()
    };
    // All foreign keys as one piece of markup (see markup.rs).
    let edges = move || with_scene(cx, edges_markup);
    let regions = move || with_scene(cx, |s| s.domains.clone());
    let low_detail = move || cx.viewport.with(|v| v.zoom < 0.45);
    // For tests and timings: "planned" once the cards stand in the plan's regions.
    let state = move || match cx.schema.with(|s| s.as_ref().map(|s| s.tables.len())) {
        None => "empty",
        Some(n) if cx.ws.plan.with(|p| p.as_ref().map(|p| p.assignments.len())) == Some(n) => "planned",
        Some(_) => "schema",
    };
    view! {
        <svg
            class="diagram-canvas"
            class:low-detail=low_detail
            node_ref=cx.svg
            data-state=state
            role="application"
            aria-roledescription="diagram"
            aria-label="Domains and tables. Drag the background to pan, the wheel to zoom, a table onto another domain to move it (Escape calls it off); Tab to a table and Enter to select it, Escape to clear the selection."
            tabindex="0"
            on:pointerdown=move |ev| input::pointer_down(cx, ev)
            on:pointermove=move |ev| input::pointer_move(cx, ev)
            on:pointerup=move |ev| input::pointer_up(cx, ev)
            on:pointercancel=move |_| input::cancel(cx)
            on:pointerover=move |ev| input::pointer_over(cx, ev)
            on:pointerleave=move |_| input::pointer_leave(cx)
            on:wheel=move |ev| input::wheel(cx, ev)
            on:keydown=move |ev| input::key_down(cx, ev)
            on:dblclick=move |ev| input::double_click(cx, ev)
        >
            <defs>
                <marker id="dg-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                    <path class="arrow" d="M0 0L8 4L0 8z"></path>
                </marker>
                <marker id="dg-arrow-cross" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                    <path class="arrow cross" d="M0 0L8 4L0 8z"></path>
                </marker>
            </defs>
            <g class="scene" transform=transform>
                <g class="regions">
                    <For each=regions key=|d: &String| d.clone() children=move |d: String| region(cx, d)/>
                </g>
                <g class="edges" inner_html=edges></g>
                <g class="cards">
                    <For
                        each=cards
                        key=|k: &(usize, usize)| *k
                        children=move |(_, i): (usize, usize)| cx.schema.get_untracked().map(|s| card(cx, s, i))
                    />
                </g>
                <g class="region-labels" pointer-events="none">
                    <For each=regions key=|d: &String| d.clone() children=move |d: String| region_label(cx, d)/>
                </g>
            </g>
        </svg>
    }
}

/// The neighbour highlight, above the canvas in a layer of its own (`will-change`): a
/// veil over the canvas, and on it the lit tables, their neighbours, the dragged tables
/// and the lit tables' foreign keys drawn again (see highlight.rs). Lighting a table up
/// or down, or starting a drag, paints this layer only.
#[component]
pub(super) fn HighlightLayer(cx: Ctx) -> impl IntoView {
    let on = move || !cx.lit.with(|l| l.is_empty()) || !cx.dragged.with(|d| d.is_empty());
    let markup = move || {
        let (lit, dragged) = (cx.lit.get(), cx.dragged.get());
        if lit.is_empty() && dragged.is_empty() {
            return String::new();
        }
        let (Some(schema), Some(scene)) = (cx.schema.get(), cx.scene.get()) else { return String::new() };
        // The dragged cards too, faded where they were.
        let mut shown = cx.near.get();
        shown.extend(dragged.iter().copied());
        let (selected, expanded) = (cx.ws.selected.get(), cx.expanded.get());
        let look = |i: usize| Look {
            expanded: expanded.is(i),
            selected: selected.contains(&i),
            dragged: dragged.contains(&i),
            colour: cx.ws.colour(scene.domain_name(i)),
        };
        highlight_markup(&schema.tables, &scene, &lit, &shown, &look)
    };
    view! {
        <svg
            class="highlight-layer"
            class:on=on
            class:low-detail=move || cx.viewport.with(|v| v.zoom < 0.45)
            data-testid="highlight"
            aria-hidden="true"
        >
            <rect class="veil" width="100%" height="100%"></rect>
            <g transform=move || cx.viewport.with(|v| v.transform()) inner_html=markup></g>
        </svg>
    }
}

/// What a drag draws, above the canvas in a layer of its own (`will-change`): the ghosts
/// of the dragged cards and the drop target's outline. Moving the pointer repaints this
/// small layer only, never the canvas with its hundreds of cards. While a drag lasts the
/// layer takes the pointer's hit tests, for its cursor (a cursor set on the canvas would
/// restyle all its elements, which inherit it); the events still go to the canvas,
/// which holds the pointer capture.
#[component]
pub(super) fn DragLayer(cx: Ctx) -> impl IntoView {
    let active = move || !cx.dragged.with(|d| d.is_empty());
    let target = move || {
        let target = cx.drop_target.get()?;
        with_scene(cx, |s| s.domains.get(target).map(|d| (s.region(target), d.clone())))
    };
    view! {
        <svg class="drag-layer" class:active=active aria-hidden="true">
            {move || active().then(|| view! {
                <g transform=move || cx.viewport.with(|v| v.transform())>
                    {move || target().map(|(r, domain)| view! {
                        <rect
                            class="drop-outline"
                            x=format!("{:.1}", r.x) y=format!("{:.1}", r.y)
                            width=format!("{:.1}", r.w) height=format!("{:.1}", r.h)
                            rx="14"
                            style=format!("--domain:{}", cx.ws.colour(&domain))
                        ></rect>
                    })}
                    <g class="ghosts" transform=move || translate(cx.offset.get())>
                        <For each=move || cx.dragged.get().to_vec() key=|i: &usize| *i children=move |i: usize| ghost(cx, i)/>
                    </g>
                </g>
            })}
        </svg>
    }
}

fn region_index(cx: Ctx, name: &str) -> Option<usize> {
    cx.scene.with(|s| s.as_ref().and_then(|s| s.domains.iter().position(|d| d == name)))
}

fn region(cx: Ctx, name: String) -> impl IntoView {
    let n = name.clone();
    let rect = Memo::new(move |_| {
        let i = region_index(cx, &n);
        with_scene(cx, |s| i.map(|i| s.region(i)).unwrap_or_default())
    });
    let rect = move || rect.get();
    let n = name.clone();
    let colour = move || cx.ws.colour(&n);
    let n = name.clone();
    let target = move || cx.drop_target.get().is_some() && cx.drop_target.get() == region_index(cx, &n);
    view! {
        <g class="region" class:drop-target=target data-testid=format!("domain-{name}") data-domain=name.clone()>
            // The whole name on hover: a narrow region's label is cut short.
            <title>{format!("domain {name}")}</title>
            <rect
                x=move || format!("{:.1}", rect().x)
                y=move || format!("{:.1}", rect().y)
                width=move || format!("{:.1}", rect().w)
                height=move || format!("{:.1}", rect().h)
                rx="14"
                style=move || format!("--domain:{}", colour())
            ></rect>
        </g>
    }
}

/// A region's name and table count, drawn above the cards with a halo; it grows when
/// zoomed out so that the overview stays readable.
fn region_label(cx: Ctx, name: String) -> impl IntoView {
    let n = name.clone();
    let place = Memo::new(move |_| {
        let i = region_index(cx, &n);
        with_scene(cx, |s| i.map(|i| (s.region(i), s.counts[i])).unwrap_or_default())
    });
    let size = Memo::new(move |_| (13.0 / cx.viewport.with(|v| v.zoom)).max(17.0));
    let geometry = move || {
        let (rect, count) = place.get();
        (rect, count, size.get())
    };
    let n = name.clone();
    let colour = move || cx.ws.colour(&n);
    let text = move || {
        let (rect, count, size) = geometry();
        let label = format!("{name} · {count}");
        // The label may run into the gap to the next region, never further.
        fit_text(&label, ((rect.w + REGION_GAP - 30.0) / (size * 0.62)).max(3.0) as usize)
    };
    view! {
        <text
            class="region-label"
            aria-hidden="true"
            x=move || format!("{:.1}", geometry().0.x + 14.0)
            y=move || { let (r, _, size) = geometry(); format!("{:.1}", r.y + 10.0 + size * 0.85) }
            font-size=move || format!("{:.1}", geometry().2)
            style=move || format!("--domain:{}", colour())
        >
            {text}
        </text>
    }
}

// Each card reads the scene through a memo of its own: the scene then has one
// subscriber per card, not one per attribute (a reactive source drops a subscriber in
// time linear in how many it has, and a new plan re-runs them all).

fn card(cx: Ctx, schema: Arc<SchemaView>, i: usize) -> impl IntoView {
    let t = &schema.tables[i];
    let key = t.key.clone();
    let rls = t.rls;
    let place = Memo::new(move |_| with_scene(cx, |s| (s.card(i), s.domain_name(i).to_string())));
    let rect = move || place.with(|p| p.0);
    let domain = move || place.with(|p| p.1.clone());
    let expanded = Memo::new(move |_| cx.expanded.with(|e| e.is(i)));
    let selected = move || cx.ws.selected.with(|s| s.contains(&i));
    // Neither hover nor drag restyles a card here: the highlight layer draws them.
    let label = {
        let key = key.clone();
        let partition = t.partition_of.clone();
        move || {
            let part = partition.as_ref().map(|p| format!(", partition of {p}")).unwrap_or_default();
            let rls = if rls { ", row level security" } else { "" };
            format!("table {key}{part}{rls}, domain {}", domain())
        }
    };
    // The inside is markup (see markup.rs), rebuilt when the card is expanded or collapsed.
    let inner = move || card_inner(&schema.tables[i], expanded.get());
    view! {
        <g
            class="card"
            class:selected=selected
            data-testid=format!("table-{key}")
            data-index=i.to_string()
            data-domain=domain
            transform=move || { let r = rect(); translate(Point::new(r.x, r.y)) }
            style=move || format!("--domain:{}", cx.ws.colour(&domain()))
            tabindex="0"
            role="button"
            aria-pressed=move || selected().to_string()
            aria-label=label
            inner_html=inner
        ></g>
    }
}

/// A dragged card's ghost, drawn at the card's place inside the moving layer.
fn ghost(cx: Ctx, i: usize) -> impl IntoView {
    let rect = with_scene(cx, |s| s.card(i));
    let name = cx.schema.with_untracked(|s| s.as_ref().and_then(|s| s.tables.get(i)).map(|t| fit_text(&t.name, TITLE_CHARS)));
    view! {
        <g class="ghost" transform=translate(Point::new(rect.x, rect.y))>
            <rect width=CARD_W.to_string() height=format!("{:.0}", rect.h) rx="6"></rect>
            <text x="14" y="18">{name}</text>
        </g>
    }
}

const MINI_W: f64 = 180.0;
const MINI_H: f64 = 116.0;

/// The minimap: regions and cards in miniature, the visible part outlined; pressing or
/// dragging on it centres the diagram there.
#[component]
pub(super) fn Minimap(cx: Ctx) -> impl IntoView {
    let projection = move || with_scene(cx, |s| Some(Projection::new(&s.layout.bounds, MINI_W, MINI_H)));
    let regions = move || {
        let Some(p) = projection() else { return Vec::new() };
        with_scene(cx, |s| s.layout.regions.iter().zip(&s.domains).map(|(r, d)| (p.project(r), cx.ws.colour(d))).collect::<Vec<_>>())
    };
    // All cards in one path: hundreds of elements redrawn per plan would cost more.
    let cards = move || {
        let Some(p) = projection() else { return String::new() };
        with_scene(cx, |s| rects_path(s.layout.cards.iter().map(|r| p.project(r))))
    };
    let visible = move || {
        let (w, h) = cx.size.get();
        let v = cx.viewport.get().visible(w, h);
        projection().map(|p| clip(p.project(&v))).unwrap_or_default()
    };
    let pressed = StoredValue::new(false);
    let jump = move |ev: &web_sys::PointerEvent| {
        let Some(p) = projection() else { return };
        let Some(target) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else { return };
        let r = target.get_bounding_client_rect();
        let at = p.unproject(Point::new(f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top()));
        cx.measure();
        let (w, h) = cx.size.get_untracked();
        cx.viewport.update(|v| *v = v.centred_on(at, w, h));
    };
    view! {
        <svg
            class="minimap"
            data-testid="minimap"
            role="img"
            aria-label="Minimap of the whole diagram; press to move there"
            width=MINI_W.to_string()
            height=MINI_H.to_string()
            on:pointerdown=move |ev| {
                pressed.set_value(true);
                if let Some(t) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                    let _ = t.set_pointer_capture(ev.pointer_id());
                }
                jump(&ev);
            }
            on:pointermove=move |ev| if pressed.get_value() { jump(&ev) }
            on:pointerup=move |_| pressed.set_value(false)
        >
            {move || regions().into_iter().map(|(r, colour)| view! {
                <rect
                    class="mini-region"
                    x=format!("{:.1}", r.x) y=format!("{:.1}", r.y)
                    width=format!("{:.1}", r.w.max(0.5)) height=format!("{:.1}", r.h.max(0.5))
                    style=format!("--domain:{colour}")
                ></rect>
            }).collect_view()}
            <path class="mini-card" d=cards></path>
            <rect
                class="mini-view"
                x=move || format!("{:.1}", visible().x)
                y=move || format!("{:.1}", visible().y)
                width=move || format!("{:.1}", visible().w)
                height=move || format!("{:.1}", visible().h)
            ></rect>
        </svg>
    }
}

/// Rectangles as one SVG path (each at least half a unit wide and high).
fn rects_path(rects: impl Iterator<Item = Rect>) -> String {
    use std::fmt::Write;
    let mut d = String::new();
    for r in rects {
        let _ = write!(d, "M{:.1} {:.1}h{:.1}v{:.1}h{:.1}z", r.x, r.y, r.w.max(0.5), r.h.max(0.5), -r.w.max(0.5));
    }
    d
}

/// `r` kept inside the minimap.
fn clip(r: Rect) -> Rect {
    let x = r.x.clamp(0.0, MINI_W);
    let y = r.y.clamp(0.0, MINI_H);
    Rect::new(x, y, (r.right().min(MINI_W) - x).max(1.0), (r.bottom().min(MINI_H) - y).max(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rects_become_one_closed_path_each() {
        let d = rects_path([Rect::new(1.0, 2.0, 3.0, 4.0), Rect::new(0.0, 0.0, 0.1, 0.0)].into_iter());
        assert_eq!(d, "M1.0 2.0h3.0v4.0h-3.0zM0.0 0.0h0.5v0.5h-0.5z");
    }
}
