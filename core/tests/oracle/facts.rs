//! What libpg_query's parse tree of a dump says, as [`Facts`].

use pg_query::protobuf::{self, AlterTableType, ConstrType, ObjectType, ParseResult, RangeVar};
use pg_query::NodeEnum;
use super::compare::Facts;
use std::collections::BTreeMap;

fn range_var(rv: Option<&RangeVar>) -> String {
    match rv {
        Some(rv) if rv.schemaname.is_empty() => format!("public.{}", rv.relname),
        Some(rv) => format!("{}.{}", rv.schemaname, rv.relname),
        None => "<no relation>".into(),
    }
}

fn names(nodes: &[protobuf::Node]) -> Vec<String> {
    nodes
        .iter()
        .map(|n| match &n.node {
            Some(NodeEnum::String(s)) => s.sval.clone(),
            other => format!("<{other:?}>"),
        })
        .collect()
}

fn foreign_key(table: &str, columns: Vec<String>, c: &protobuf::Constraint) -> String {
    format!("{table}({}) -> {}({})", columns.join(","), range_var(c.pktable.as_ref()), names(&c.pk_attrs).join(","))
}

/// What libpg_query's parse tree of a whole dump says.
pub fn from_tree(tree: &ParseResult) -> Facts {
    let mut facts = Facts::default();
    // (enabled, forced) per table, in statement order (DISABLE / NO FORCE undo).
    let mut rls: BTreeMap<String, (bool, bool)> = BTreeMap::new();
    for raw in &tree.stmts {
        match raw.stmt.as_ref().and_then(|s| s.node.as_ref()) {
            Some(NodeEnum::CreateStmt(create)) => {
                let table = range_var(create.relation.as_ref());
                let mut columns = 0;
                for element in &create.table_elts {
                    match &element.node {
                        Some(NodeEnum::ColumnDef(column)) => {
                            columns += 1;
                            for constraint in &column.constraints {
                                if let Some(NodeEnum::Constraint(c)) = &constraint.node {
                                    if c.contype() == ConstrType::ConstrForeign {
                                        facts.foreign_keys.push(foreign_key(&table, vec![column.colname.clone()], c));
                                    }
                                }
                            }
                        }
                        Some(NodeEnum::Constraint(c)) if c.contype() == ConstrType::ConstrForeign => {
                            facts.foreign_keys.push(foreign_key(&table, names(&c.fk_attrs), c));
                        }
                        _ => {}
                    }
                }
                if create.partbound.is_some() {
                    let parent = match create.inh_relations.first().and_then(|n| n.node.as_ref()) {
                        Some(NodeEnum::RangeVar(rv)) => range_var(Some(rv)),
                        _ => "<no parent>".into(),
                    };
                    facts.partitions.push(format!("{table} partition of {parent}"));
                }
                if create.partspec.is_some() {
                    facts.partitions.push(format!("{table} is partitioned"));
                }
                facts.columns.push(format!("{table}: {columns} columns"));
                facts.tables.push(table);
            }
            Some(NodeEnum::AlterTableStmt(alter)) if alter.objtype() == ObjectType::ObjectTable => {
                let table = range_var(alter.relation.as_ref());
                for cmd in &alter.cmds {
                    let Some(NodeEnum::AlterTableCmd(cmd)) = &cmd.node else { continue };
                    let def = cmd.def.as_ref().and_then(|d| d.node.as_ref());
                    let flags = rls.entry(table.clone()).or_default();
                    match (cmd.subtype(), def) {
                        (AlterTableType::AtAddConstraint, Some(NodeEnum::Constraint(c)))
                            if c.contype() == ConstrType::ConstrForeign =>
                        {
                            facts.foreign_keys.push(foreign_key(&table, names(&c.fk_attrs), c));
                        }
                        (AlterTableType::AtAttachPartition, Some(NodeEnum::PartitionCmd(p))) => {
                            facts.partitions.push(format!("{} partition of {table}", range_var(p.name.as_ref())));
                        }
                        (AlterTableType::AtEnableRowSecurity, _) => flags.0 = true,
                        (AlterTableType::AtDisableRowSecurity, _) => flags.0 = false,
                        (AlterTableType::AtForceRowSecurity, _) => flags.1 = true,
                        (AlterTableType::AtNoForceRowSecurity, _) => flags.1 = false,
                        _ => {}
                    }
                }
            }
            Some(NodeEnum::CreatePolicyStmt(policy)) => {
                facts.policies.push(format!(
                    "{}: {} ({})",
                    range_var(policy.table.as_ref()),
                    policy.policy_name,
                    policy.cmd_name
                ));
            }
            _ => {}
        }
    }
    for (table, (enabled, forced)) in rls {
        if enabled {
            facts.rls.push(format!("{table}: rls enabled"));
        }
        if forced {
            facts.rls.push(format!("{table}: rls forced"));
        }
    }
    facts
}
