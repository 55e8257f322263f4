//! Cross-statement facts, resolved once every statement is read: which columns use a
//! sequence or a type, which relations a view reads or a function body mentions.

use crate::model::Model;

pub fn resolve(model: &mut Model) {
    super::tables::resolve(model);
    super::objects::resolve(model);
}
