//! The relations a view's query reads, from sqlparser's AST: every table in a `FROM` or
//! `JOIN` (subqueries and `EXISTS (…)` included), minus CTE names and set-returning
//! functions called in `FROM`. When sqlparser rejects the query, the names after
//! `FROM`/`JOIN` are taken from the lexer instead ([`super::mentions`]).

use super::mentions;
use crate::model::QualifiedName;
use crate::parse::names;
use sqlparser::ast::{Query, SelectItem, SetExpr, TableFactor, Visit, Visitor};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeSet;
use std::ops::ControlFlow;

/// What a view's query says about the view.
pub struct QueryFacts {
    /// Qualified names read; an unqualified name has an empty `schema` until
    /// `objects::resolve` picks the schema of a known relation of that name.
    pub reads: Vec<QualifiedName>,
    /// Output column names of the outermost `SELECT`, when sqlparser read it (`*` kept).
    pub columns: Vec<String>,
}

pub fn query_facts(query: &str) -> QueryFacts {
    match Parser::new(&PostgreSqlDialect {})
        .with_recursion_limit(crate::parse::RECURSION_LIMIT)
        .try_with_sql(query)
        .and_then(|mut parser| parser.parse_query())
    {
        Ok(parsed) => {
            let mut visitor = ReadsVisitor::default();
            let _ = parsed.visit(&mut visitor);
            let reads = visitor
                .tables
                .into_iter()
                .filter(|name| !(name.schema.is_empty() && visitor.ctes.contains(&name.name)))
                .collect();
            QueryFacts { reads: dedup(reads), columns: output_columns(&parsed) }
        }
        Err(_) => {
            let reads = mentions::relation_mentions(query)
                .into_iter()
                .map(|m| QualifiedName { schema: m.schema.unwrap_or_default(), name: m.name })
                .collect();
            QueryFacts { reads: dedup(reads), columns: Vec::new() }
        }
    }
}

#[derive(Default)]
struct ReadsVisitor {
    ctes: BTreeSet<String>,
    tables: Vec<QualifiedName>,
}

impl Visitor for ReadsVisitor {
    type Break = ();

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        if let Some(with) = &query.with {
            self.ctes.extend(with.cte_tables.iter().map(|cte| names::ident(&cte.alias.name)));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::Table { name, args: None, .. } = factor {
            let read = match name.0.as_slice() {
                // Unqualified: the schema is left empty for `objects::resolve`.
                [only] => only.as_ident().map(|ident| QualifiedName { schema: String::new(), name: names::ident(ident) }),
                _ => names::object_name(name),
            };
            self.tables.extend(read);
        }
        ControlFlow::Continue(())
    }
}

fn output_columns(query: &Query) -> Vec<String> {
    let mut body = query.body.as_ref();
    loop {
        match body {
            SetExpr::Query(inner) => body = inner.body.as_ref(),
            SetExpr::SetOperation { left, .. } => body = left.as_ref(),
            SetExpr::Select(select) => return select.projection.iter().map(select_item_name).collect(),
            _ => return Vec::new(),
        }
    }
}

fn select_item_name(item: &SelectItem) -> String {
    use sqlparser::ast::Expr;
    match item {
        SelectItem::ExprWithAlias { alias, .. } => names::ident(alias),
        SelectItem::UnnamedExpr(Expr::Identifier(ident)) => names::ident(ident),
        SelectItem::UnnamedExpr(Expr::CompoundIdentifier(parts)) => parts.last().map(names::ident).unwrap_or_default(),
        SelectItem::UnnamedExpr(_) => "?column?".to_string(),
        SelectItem::QualifiedWildcard(..) | SelectItem::Wildcard(_) => item.to_string(),
        #[allow(unreachable_patterns)]
        _ => item.to_string(),
    }
}

fn dedup(names: Vec<QualifiedName>) -> Vec<QualifiedName> {
    let mut seen = BTreeSet::new();
    names.into_iter().filter(|n| seen.insert(n.clone())).collect()
}
