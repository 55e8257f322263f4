//! Everything that is not a table, after the full parse and once all statements are read.
//!
//! `convert` takes what sqlparser parsed and nobody claimed before: `ALTER TABLE … ENABLE/
//! DISABLE TRIGGER` and `INSERT` rows (both ignored). This side's other forms are read
//! earlier from tokens (`fixed_objects`), `ALTER TABLE v OWNER TO` of a view included. `resolve` fills the
//! cross-statement facts: which columns use a type, the schema of unqualified view reads,
//! and which names in function bodies are relations of the dump.

pub mod mentions;
pub mod reads;
mod resolve;

use super::{Ctx, Outcome};
use crate::model::Model;
use sqlparser::ast::{AlterTableOperation, Statement};

/// `Some` when this module owns the statement's kind.
pub fn convert(statement: &Statement, ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let _ = (ctx, model);
    match statement {
        Statement::AlterTable(alter) => {
            let [operation] = alter.operations.as_slice() else { return None };
            match operation {
                AlterTableOperation::EnableTrigger { .. }
                | AlterTableOperation::DisableTrigger { .. }
                | AlterTableOperation::EnableAlwaysTrigger { .. }
                | AlterTableOperation::EnableReplicaTrigger { .. } => Some(Outcome::Ignored(
                    "enables or disables a trigger (replication setups): the trigger itself is modeled".into(),
                )),
                _ => None,
            }
        }
        Statement::Insert(_) => Some(Outcome::Ignored("rows of data, not schema".into())),
        _ => None,
    }
}

/// Cross-statement facts this module owns, once every statement is read.
pub fn resolve(model: &mut Model) {
    resolve::type_users(model);
    resolve::view_read_schemas(model);
    resolve::function_mentions(model);
}
