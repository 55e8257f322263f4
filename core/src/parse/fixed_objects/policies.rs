//! `CREATE POLICY name ON table [AS PERMISSIVE|RESTRICTIVE] [FOR ALL|SELECT|INSERT|UPDATE|
//! DELETE] [TO role, …] [USING (expr)] [WITH CHECK (expr)]`.

use super::scan::{at_end, group, role_list};
use crate::model::{Model, Policy, PolicyCommand};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

pub fn create_policy(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["CREATE", "POLICY"]) {
        return None;
    }
    let name = tokens.identifier().ok()?;
    if !tokens.eat(&["ON"]) {
        return None;
    }
    let table = tokens.qualified_name().ok()?;
    let mut policy = Policy { name, table, permissive: true, location: ctx.location, ..Policy::default() };
    if tokens.eat(&["AS"]) {
        policy.permissive = match tokens.next_upper()?.as_str() {
            "PERMISSIVE" => true,
            "RESTRICTIVE" => false,
            _ => return None,
        };
    }
    if tokens.eat(&["FOR"]) {
        policy.command = match tokens.next_upper()?.as_str() {
            "ALL" => PolicyCommand::All,
            "SELECT" => PolicyCommand::Select,
            "INSERT" => PolicyCommand::Insert,
            "UPDATE" => PolicyCommand::Update,
            "DELETE" => PolicyCommand::Delete,
            _ => return None,
        };
    }
    policy.roles = if tokens.eat(&["TO"]) { role_list(&mut tokens)? } else { vec!["public".to_string()] };
    if tokens.eat(&["USING"]) {
        policy.using = Some(group(&mut tokens)?.to_string());
    }
    if tokens.eat_prefix(&["WITH", "CHECK"]) {
        policy.with_check = Some(group(&mut tokens)?.to_string());
    }
    at_end(&tokens).then_some(())?;
    model.policies.push(policy);
    Some(Outcome::Modeled)
}
