//! Pointer, wheel and keyboard on the canvas, delegated: one listener each on the SVG,
//! the card found with `closest("[data-index]")`. Pointer events with pointer capture
//! (not HTML drag and drop): a press on a card selects it or, once it moves, drags it
//! (with the selection if it is selected) onto a domain region; a press on the
//! background pans.

use super::geometry::{hit_region, Point};
use super::{Ctx, Gesture};
use crate::actions;
use crate::protocol::TableKey;
use crate::state::edits::move_tables;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

/// How far (screen pixels) a press must move to become a drag.
const DRAG_START: f64 = 4.0;

fn closest_attr(target: Option<web_sys::EventTarget>, selector: &str, attr: &str) -> Option<String> {
    let el: Element = target?.dyn_into().ok()?;
    el.closest(selector).ok()??.get_attribute(attr)
}

fn table_at(ev: &web_sys::Event) -> Option<usize> {
    closest_attr(ev.target(), "[data-index]", "data-index")?.parse().ok()
}

/// The pointer in drawing-area coordinates.
fn local(cx: Ctx, ev: &MouseEvent) -> Point {
    let o = cx.origin.get_value();
    Point::new(f64::from(ev.client_x()) - o.x, f64::from(ev.client_y()) - o.y)
}

pub fn pointer_down(cx: Ctx, ev: PointerEvent) {
    if ev.button() != 0 {
        return;
    }
    cx.measure();
    let at = local(cx, &ev);
    if let Some(svg) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) {
        let _ = svg.set_pointer_capture(ev.pointer_id());
    }
    let toggle = closest_attr(ev.target(), "[data-toggle]", "data-toggle").is_some();
    let gesture = match table_at(&ev) {
        Some(table) if toggle => {
            ev.prevent_default();
            flip(cx, table);
            Gesture::Idle
        }
        Some(table) => {
            let origin = cx.viewport.get_untracked().to_diagram(at);
            Gesture::Press { table, start: at, origin, additive: ev.shift_key() || ev.ctrl_key() || ev.meta_key(), dragging: false }
        }
        None => Gesture::Pan { start: at, from: cx.viewport.get_untracked(), moved: false },
    };
    cx.gesture.set_value(gesture);
}

pub fn pointer_move(cx: Ctx, ev: PointerEvent) {
    let at = local(cx, &ev);
    match cx.gesture.get_value() {
        Gesture::Idle => {}
        Gesture::Pan { start, from, moved } => {
            let (dx, dy) = (at.x - start.x, at.y - start.y);
            if moved || dx.abs() + dy.abs() > DRAG_START {
                cx.gesture.set_value(Gesture::Pan { start, from, moved: true });
                cx.viewport.set(from.panned(dx, dy));
            }
        }
        Gesture::Press { table, start, origin, additive, dragging } => {
            if !dragging && (at.x - start.x).abs() + (at.y - start.y).abs() <= DRAG_START {
                return;
            }
            if !dragging {
                cx.gesture.set_value(Gesture::Press { table, start, origin, additive, dragging: true });
                let selected = cx.ws.selected.get_untracked();
                let items: Vec<usize> = if selected.contains(&table) { selected.into_iter().collect() } else { vec![table] };
                cx.dragged.set(Arc::new(items));
            }
            let here = cx.viewport.get_untracked().to_diagram(at);
            cx.offset.set(Point::new(here.x - origin.x, here.y - origin.y));
            let target = cx.scene.with_untracked(|s| s.as_ref().and_then(|s| hit_region(here, &s.layout.regions)));
            if cx.drop_target.get_untracked() != target {
                cx.drop_target.set(target);
            }
        }
    }
}

pub fn pointer_up(cx: Ctx, ev: PointerEvent) {
    let gesture = cx.gesture.get_value();
    cx.gesture.set_value(Gesture::Idle);
    match gesture {
        Gesture::Idle => {}
        Gesture::Pan { moved, .. } => {
            let additive = ev.shift_key() || ev.ctrl_key() || ev.meta_key();
            if !(moved || additive || cx.ws.selected.with_untracked(|s| s.is_empty())) {
                cx.ws.selected.set(Default::default());
            }
        }
        Gesture::Press { table, additive, dragging: false, .. } => select(cx, table, additive),
        Gesture::Press { dragging: true, .. } => drop(cx),
    }
}

/// Moves the dragged tables to the domain under the pointer (if another one).
fn drop(cx: Ctx) {
    let items = cx.dragged.get_untracked();
    let target = cx.drop_target.get_untracked();
    end_drag(cx);
    if let Some(target) = target {
        move_to(cx, &items, target);
    }
}

/// Moves `items` (table indexes) to region `target`'s domain, those not there already;
/// they stay selected. One undoable change.
pub fn move_to(cx: Ctx, items: &[usize], target: usize) {
    let (Some(scene), Some(schema)) = (cx.scene.get_untracked(), cx.schema.get_untracked()) else {
        return;
    };
    let Some(domain) = scene.domains.get(target) else { return };
    let keys: Vec<TableKey> = items
        .iter()
        .filter(|&&i| scene.domain_of.get(i) != Some(&target))
        .filter_map(|&i| schema.tables.get(i).map(|t| t.key.clone()))
        .collect();
    cx.ws.selected.set(items.iter().copied().collect());
    if !keys.is_empty() {
        actions::change(cx.ws, move_tables(&cx.ws.edits.get_untracked(), &keys, domain));
    }
}

fn end_drag(cx: Ctx) {
    if !cx.dragged.with_untracked(|d| d.is_empty()) {
        cx.dragged.set(Arc::new(Vec::new()));
    }
    cx.offset.set(Point::default());
    cx.drop_target.set(None);
}

pub fn cancel(cx: Ctx) {
    cx.gesture.set_value(Gesture::Idle);
    end_drag(cx);
}

/// A click on a card: it alone is selected, or (with Shift, Ctrl or ⌘) it joins or
/// leaves the selection.
fn select(cx: Ctx, table: usize, additive: bool) {
    cx.ws.selected.update(|s| {
        if additive {
            if !s.remove(&table) {
                s.insert(table);
            }
        } else if s.len() == 1 && s.contains(&table) {
            s.clear();
        } else {
            s.clear();
            s.insert(table);
        }
    });
}

fn flip(cx: Ctx, table: usize) {
    cx.expanded.update(|e| {
        if !e.flipped.remove(&table) {
            e.flipped.insert(table);
        }
    });
}

pub fn pointer_over(cx: Ctx, ev: PointerEvent) {
    if cx.gesture.get_value() != Gesture::Idle {
        return;
    }
    let table = table_at(&ev);
    if cx.hover.get_untracked() != table {
        cx.hover.set(table);
    }
}

pub fn pointer_leave(cx: Ctx) {
    if cx.hover.get_untracked().is_some() && cx.gesture.get_value() == Gesture::Idle {
        cx.hover.set(None);
    }
}

pub fn wheel(cx: Ctx, ev: WheelEvent) {
    ev.prevent_default();
    cx.measure();
    let at = local(cx, &ev);
    let factor = (-ev.delta_y() * if ev.delta_mode() == 1 { 0.05 } else { 0.0015 }).exp();
    cx.viewport.update(|v| *v = v.zoomed_at(at, factor));
}

pub fn key_down(cx: Ctx, ev: KeyboardEvent) {
    let table = table_at(&ev);
    match (ev.key().as_str(), table) {
        ("Enter" | " ", Some(t)) => {
            ev.prevent_default();
            select(cx, t, true);
        }
        // Escape drops nothing: a drag in progress is called off, else the selection cleared.
        ("Escape", _) => {
            if cx.dragged.with_untracked(|d| d.is_empty()) {
                cx.ws.selected.set(Default::default());
            }
            cancel(cx);
        }
        ("+" | "=", _) => cx.zoom(1.25),
        ("-", _) => cx.zoom(0.8),
        ("0", _) => cx.fit(),
        ("ArrowLeft", None) => cx.viewport.update(|v| *v = v.panned(60.0, 0.0)),
        ("ArrowRight", None) => cx.viewport.update(|v| *v = v.panned(-60.0, 0.0)),
        ("ArrowUp", None) => cx.viewport.update(|v| *v = v.panned(0.0, 60.0)),
        ("ArrowDown", None) => cx.viewport.update(|v| *v = v.panned(0.0, -60.0)),
        _ => return,
    }
    if table.is_none() && ev.key().starts_with("Arrow") {
        ev.prevent_default();
    }
}

pub fn double_click(cx: Ctx, ev: MouseEvent) {
    if let Some(t) = table_at(&ev) {
        if closest_attr(ev.target(), "[data-toggle]", "data-toggle").is_none() {
            flip(cx, t);
        }
    }
}
