//! The SVG diagram: each domain a labelled, coloured region, tables as cards, foreign
//! keys as edges (cross-domain ones dashed), pan, zoom, fit, minimap, search, neighbour
//! highlights, and dragging tables onto another domain.
//!
//! Layout and geometry are pure functions (`layout.rs`, `geometry.rs`, `scene.rs`,
//! `search.rs`, `markup.rs`, `highlight.rs`, unit-tested natively); `draw.rs` turns a [`scene::Scene`] into keyed SVG
//! and `input.rs` handles pointer, wheel and keyboard. The scene is a memo of the
//! schema, the plan and the edits: it is laid out again only when they change. A hover
//! draws in the highlight layer and a drag moves a ghost of the dragged cards in the drag
//! layer (one transform); the canvas re-renders for neither.

mod draw;
pub mod geometry;
pub mod highlight;
mod input;
pub mod markup;
pub mod layout;
pub mod scene;
pub mod search;
mod toolbar;

use crate::protocol::SchemaView;
use crate::state::Workspace;
use geometry::{fit, Point, Viewport};
use leptos::prelude::*;
use scene::{build, neighbours, table_domains, Scene, COLLAPSE_ABOVE};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Which cards show their columns: all or none, except the flipped ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Expanded {
    pub all: bool,
    pub flipped: BTreeSet<usize>,
}

impl Expanded {
    pub fn is(&self, table: usize) -> bool {
        self.all != self.flipped.contains(&table)
    }
}

/// What the pointer is doing since it went down.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) enum Gesture {
    #[default]
    Idle,
    /// Dragging the background: the viewport follows.
    Pan { start: Point, from: Viewport, moved: bool },
    /// Down on a card: a click, or a drag once it moves far enough.
    Press { table: usize, start: Point, origin: Point, additive: bool, dragging: bool },
}

/// The diagram's signals, shared by its parts.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub ws: Workspace,
    pub schema: Memo<Option<Arc<SchemaView>>>,
    pub scene: Memo<Option<Arc<Scene>>>,
    pub viewport: RwSignal<Viewport>,
    /// The drawing area's size in screen pixels (kept by a `ResizeObserver`).
    pub size: RwSignal<(f64, f64)>,
    /// Whether `size` has been read from the page yet.
    pub sized: StoredValue<bool>,
    pub expanded: RwSignal<Expanded>,
    pub hover: RwSignal<Option<usize>>,
    /// The hovered table, else the selection: whose neighbours light up.
    pub lit: Memo<BTreeSet<usize>>,
    /// `lit` and their neighbours.
    pub near: Memo<BTreeSet<usize>>,
    /// The tables being dragged (empty when no drag).
    pub dragged: RwSignal<Arc<Vec<usize>>>,
    /// How far they moved (diagram units).
    pub offset: RwSignal<Point>,
    /// The region under the pointer during a drag.
    pub drop_target: RwSignal<Option<usize>>,
    pub gesture: StoredValue<Gesture>,
    /// The drawing area's top-left corner on the page (read when a gesture starts).
    pub origin: StoredValue<Point>,
    pub svg: NodeRef<leptos::svg::Svg>,
}

impl Ctx {
    fn new(ws: Workspace) -> Ctx {
        let schema = Memo::new(move |_| ws.schema.get());
        let expanded = RwSignal::new(Expanded::default());
        let scene = Memo::new(move |_| {
            let schema = schema.get()?;
            let plan = ws.plan.get();
            let domains = ws.edits.with(|e| table_domains(&schema, plan.as_deref(), &e.pins));
            let order = plan.as_ref().map(|p| p.domain_order.clone()).unwrap_or_default();
            let empty = ws.empty_domains.get();
            let expanded = expanded.get();
            Some(Arc::new(build(&schema, &domains, &order, &empty, &|i| expanded.is(i))))
        });
        let neighbours = Memo::new(move |_| Arc::new(schema.with(|s| s.as_deref().map(neighbours).unwrap_or_default())));
        let hover = RwSignal::new(None);
        let dragged = RwSignal::new(Arc::new(Vec::new()));
        // A drag keeps what was lit when it started (the dragged table's neighbours):
        // pointer events during a gesture do not change the hover.
        let lit = Memo::new(move |_| match hover.get() {
            Some(h) => [h].into_iter().collect(),
            None => ws.selected.get(),
        });
        let near = Memo::new(move |_| {
            let lit = lit.get();
            neighbours.with(|n| {
                let mut near = lit.clone();
                for &t in &lit {
                    near.extend(n.get(t).into_iter().flatten().copied());
                }
                near
            })
        });
        Ctx {
            ws,
            schema,
            scene,
            viewport: RwSignal::new(Viewport::default()),
            size: RwSignal::new((800.0, 600.0)),
            sized: StoredValue::new(false),
            expanded,
            hover,
            lit,
            near,
            dragged,
            offset: RwSignal::new(Point::default()),
            drop_target: RwSignal::new(None),
            gesture: StoredValue::new(Gesture::Idle),
            origin: StoredValue::new(Point::default()),
            svg: NodeRef::new(),
        }
    }

    /// Reads the drawing area's size and position from the page.
    pub fn measure(&self) {
        if let Some(svg) = self.svg.get_untracked() {
            let r = svg.get_bounding_client_rect();
            self.origin.set_value(Point::new(r.left(), r.top()));
            self.resized(r.width(), r.height());
        }
    }

    /// The drawing area is `w` × `h` screen pixels.
    pub fn resized(&self, w: f64, h: f64) {
        self.sized.set_value(true);
        let size = (w.max(1.0), h.max(1.0));
        if self.size.get_untracked() != size {
            self.size.set(size);
        }
    }

    /// Fits the whole picture. The size comes from the observer: reading it from the page
    /// here would force a layout of the whole canvas in the middle of an update.
    pub fn fit(&self) {
        if !self.sized.get_value() {
            self.measure();
        }
        let (w, h) = self.size.get_untracked();
        if let Some(scene) = self.scene.get_untracked() {
            self.viewport.set(fit(&scene.layout.bounds, w, h, 24.0));
        }
    }

    /// Zooms by `factor` around the drawing area's centre.
    pub fn zoom(&self, factor: f64) {
        self.measure();
        let (w, h) = self.size.get_untracked();
        self.viewport.update(|v| *v = v.zoomed_at(Point::new(w / 2.0, h / 2.0), factor));
    }

    /// Centres table `index`, zooming in enough to read it.
    pub fn centre_on(&self, index: usize) {
        self.measure();
        let (w, h) = self.size.get_untracked();
        if let Some(scene) = self.scene.get_untracked() {
            let mut v = self.viewport.get_untracked();
            v.zoom = v.zoom.max(0.9);
            self.viewport.set(v.centred_on(scene.card(index).centre(), w, h));
        }
    }
}

/// Keeps `cx.size` equal to the size of `svg` (by its stage's).
fn observe_size(cx: Ctx, svg: &web_sys::Element) {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let r = entry.content_rect();
            cx.resized(r.width(), r.height());
        }
    });
    // The stage, which the canvas fills: an outer <svg> might be measured by its content.
    let stage = svg.parent_element();
    match (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), stage) {
        // The diagram lives as long as the page: the observer is never disconnected.
        (Ok(observer), Some(stage)) => {
            observer.observe(&stage);
            on_resize.forget();
        }
        _ => {
            let resize = window_event_listener(leptos::ev::resize, move |_| cx.measure());
            on_cleanup(move || resize.remove());
            cx.measure();
        }
    }
}

#[component]
pub fn Diagram() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let cx = Ctx::new(ws);

    // A new schema: cards start collapsed when there are many, nothing is hovered.
    Effect::new(move |_| {
        let n = cx.schema.with(|s| s.as_ref().map_or(0, |s| s.tables.len()));
        cx.expanded.set(Expanded { all: n <= COLLAPSE_ABOVE, flipped: BTreeSet::new() });
        cx.hover.set(None);
    });
    // Fit the picture once per schema, and once more when its first plan arrives.
    let fitted = StoredValue::new((0usize, false));
    Effect::new(move |_| {
        let stage = cx.scene.with(|s| s.as_ref().map(|_| ()));
        let key = cx.schema.with(|s| s.as_ref().map_or(0, |s| Arc::as_ptr(s) as usize));
        let planned = ws.plan.with(|p| p.as_ref().map(|p| p.assignments.len()))
            == cx.schema.with(|s| s.as_ref().map(|s| s.tables.len()));
        if stage.is_some() && fitted.get_value() != (key, planned) {
            fitted.set_value((key, planned));
            cx.fit();
        }
    });
    // Search and the findings panel ask for a table to be centred.
    Effect::new(move |_| {
        if let Some((index, _)) = ws.focus.get() {
            cx.centre_on(index);
        }
    });
    // The size follows the page's layout (told after layout, never forcing one).
    Effect::new(move |_| {
        if let Some(svg) = cx.svg.get() {
            observe_size(cx, &svg);
        }
    });

    view! {
        <section class="diagram" data-testid="diagram" aria-label="Diagram">
            <toolbar::Toolbar cx=cx/>
            <div class="diagram-stage">
                <draw::Canvas cx=cx/>
                <draw::HighlightLayer cx=cx/>
                <draw::DragLayer cx=cx/>
                <draw::Minimap cx=cx/>
                {move || cx.schema.with(|s| s.is_none()).then(|| view! {
                    <p class="diagram-empty">"The diagram appears here once a schema is analysed."</p>
                })}
            </div>
        </section>
    }
}
