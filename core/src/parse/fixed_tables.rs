//! pg_dump's fixed statement forms, recognised from tokens before any full parse.

use super::{Ctx, Outcome};
use crate::model::Model;

/// `Some` when this module owns the statement's form.
pub fn recognise(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let _ = (ctx, model);
    None
}
