//! Converts parsed statements into the model.

use super::{Ctx, Outcome};
use crate::model::Model;
use sqlparser::ast::Statement;

/// `Some` when this module owns the statement's kind.
pub fn convert(statement: &Statement, ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let _ = (statement, ctx, model);
    None
}

/// Cross-statement facts this module owns, once every statement is read.
pub fn resolve(model: &mut Model) {
    let _ = model;
}
