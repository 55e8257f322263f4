//! The page's state: plain types with unit tests (`edits.rs`, `history.rs`,
//! `palette.rs`, `saved.rs`) and [`Workspace`], the signals every component reads
//! through `use_context`.

pub mod edits;
pub mod history;
pub mod palette;
pub mod saved;

use crate::protocol::{BundleView, Edits, PlanView, SchemaView};
use history::History;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Everything the page shows and changes, as signals (provided once by `App`).
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The dump's text, as pasted, chosen or loaded.
    pub sql: RwSignal<String>,
    /// The schema of the last import.
    pub schema: RwSignal<Option<Arc<SchemaView>>>,
    /// The plan for the current edits (arrives from the worker after each change).
    pub plan: RwSignal<Option<Arc<PlanView>>>,
    /// The findings, bundle and plan file of a plan (arrive after it; may be an older
    /// plan's until then).
    pub bundle: RwSignal<Option<Arc<BundleView>>>,
    /// The user's edits over the proposal.
    pub edits: RwSignal<Edits>,
    pub history: RwSignal<History>,
    /// A running job: (stage, percent).
    pub progress: RwSignal<Option<(String, u8)>>,
    /// The last failure, in words.
    pub error: RwSignal<Option<String>>,
    /// Selected tables (indexes into `schema.tables`).
    pub selected: RwSignal<BTreeSet<usize>>,
    /// A table to centre in the diagram (search, findings); bumped on every request.
    pub focus: RwSignal<Option<(usize, u64)>>,
    /// Domain → colour chosen by the user (else [`palette::colour_of`]).
    pub colours: RwSignal<BTreeMap<String, String>>,
    /// Domains the user added that hold no table yet.
    pub empty_domains: RwSignal<Vec<String>>,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            sql: RwSignal::new(String::new()),
            schema: RwSignal::new(None),
            plan: RwSignal::new(None),
            bundle: RwSignal::new(None),
            edits: RwSignal::new(Edits::default()),
            history: RwSignal::new(History::default()),
            progress: RwSignal::new(None),
            error: RwSignal::new(None),
            selected: RwSignal::new(BTreeSet::new()),
            focus: RwSignal::new(None),
            colours: RwSignal::new(BTreeMap::new()),
            empty_domains: RwSignal::new(Vec::new()),
        }
    }

    /// The colour of `domain`.
    pub fn colour(&self, domain: &str) -> String {
        self.colours.with(|c| c.get(domain).cloned()).unwrap_or_else(|| palette::colour_of(domain))
    }

    /// Whether the bundle is the current plan's.
    pub fn bundle_current(&self) -> bool {
        let plan = self.plan.with(|p| p.as_ref().map(|p| p.id));
        plan.is_some() && self.bundle.with(|b| b.as_ref().map(|b| b.plan)) == plan
    }

    /// Centres table `index` in the diagram and selects it.
    pub fn focus_on(&self, index: usize) {
        let bump = self.focus.get_untracked().map_or(0, |(_, n)| n + 1);
        self.selected.set([index].into_iter().collect());
        self.focus.set(Some((index, bump)));
    }
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace::new()
    }
}
