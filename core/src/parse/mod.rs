//! Reading `pg_dump --schema-only` text into the [`Model`]: the lexer, the statement
//! splitter, pg_dump's fixed-form extractors and the per-statement `sqlparser` parse.
//! The only module that sees `sqlparser`; nothing outside it does.
//!
//! Every statement ends as exactly one [`Outcome`]: modeled, ignored (with a reason) or
//! unsupported (an error diagnostic with its location). Unsupported never stops the rest.

pub mod lexer;
pub mod location;
pub mod split;

mod cursor;
mod finish;
mod fixed_objects;
mod fixed_tables;
mod names;
mod objects;
mod sniff;
mod tables;

pub use split::{split, Piece, PieceKind, Split};

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Location, Model};
use serde::Serialize;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

/// What became of one statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "snake_case")]
pub enum Outcome {
    /// It is in the model.
    Modeled,
    /// Deliberately not modeled; the reason says why it does not matter for a schema split.
    Ignored(String),
    /// Not understood; a located error diagnostic says so.
    Unsupported(String),
}

/// One statement of the input and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementRecord {
    pub location: Location,
    /// Byte range in the input.
    pub start: usize,
    pub end: usize,
    pub outcome: Outcome,
}

/// The result of reading a dump: the model, every statement's outcome, and diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub model: Model,
    pub statements: Vec<StatementRecord>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// (modeled, ignored, unsupported) statement counts.
    pub fn outcome_counts(&self) -> (usize, usize, usize) {
        self.statements.iter().fold((0, 0, 0), |(m, i, u), s| match s.outcome {
            Outcome::Modeled => (m + 1, i, u),
            Outcome::Ignored(_) => (m, i + 1, u),
            Outcome::Unsupported(_) => (m, i, u + 1),
        })
    }
}

/// What a statement converter gets: the statement's text and where it is.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub location: Location,
}

/// Read raw bytes: detects non-text inputs (custom-format dumps, gzip, other databases'
/// dumps, non-UTF-8) and says what to do, else parses the text.
pub fn parse_bytes(bytes: &[u8]) -> Parsed {
    parse_bytes_observed(bytes, &mut |_| {})
}

/// [`parse_bytes`] with phase notifications, as in [`parse_observed`].
pub fn parse_bytes_observed(bytes: &[u8], phase_done: &mut dyn FnMut(&'static str)) -> Parsed {
    match sniff::check(bytes) {
        Ok(text) => parse_observed(text, phase_done),
        Err(diagnostic) => Parsed { diagnostics: vec![diagnostic], ..Parsed::default() },
    }
}

/// Read the text of `pg_dump --schema-only`.
pub fn parse(src: &str) -> Parsed {
    parse_observed(src, &mut |_| {})
}

/// [`parse`], calling `phase_done` with each phase's name as it completes (`split`,
/// `statements`, `resolve`), so a caller with a clock can time them (core has none: it
/// also runs in wasm).
pub fn parse_observed(src: &str, phase_done: &mut dyn FnMut(&'static str)) -> Parsed {
    let split = split(src);
    phase_done("split");
    let mut parsed = Parsed { diagnostics: split.diagnostics.clone(), ..Parsed::default() };
    if let Some(diagnostic) = sniff::check_text(src) {
        parsed.diagnostics.insert(0, diagnostic);
        return parsed;
    }
    for piece in split.statements() {
        let location = Location { line: piece.line, column: piece.column };
        let ctx = Ctx { text: piece.text(src), location };
        if piece.cut_off {
            // The splitter already reported where the input ends; half a statement (say,
            // half a function body) must not enter the model as if it were whole.
            let outcome = Outcome::Unsupported("the input ends inside this statement".into());
            parsed.statements.push(StatementRecord { location, start: piece.start, end: piece.end, outcome });
            continue;
        }
        let mut outcome = statement_outcome(&ctx, &mut parsed.model);
        if let Outcome::Unsupported(message) = &mut outcome {
            if !ctx.text.ends_with(';') {
                *message = format!("the input ends inside this statement: the dump looks cut off ({message})");
            }
            parsed.diagnostics.push(Diagnostic {
                severity: Severity::Error,
                line: location.line,
                column: location.column,
                message: format!("{message}: `{}`", preview(ctx.text)),
            });
        }
        parsed.statements.push(StatementRecord { location, start: piece.start, end: piece.end, outcome });
    }
    phase_done("statements");
    finish::resolve(&mut parsed.model);
    phase_done("resolve");
    if parsed.statements.is_empty() && parsed.diagnostics.is_empty() {
        parsed.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            line: 1,
            column: 1,
            message: "the input has no SQL statements. Paste the output of `pg_dump --schema-only` \
                      or pick a .sql file."
                .into(),
        });
    }
    parsed
}

/// pg_dump's fixed forms first (cheap, and many are forms sqlparser rejects), then a
/// full parse handed to the converters.
fn statement_outcome(ctx: &Ctx, model: &mut Model) -> Outcome {
    if let Some(outcome) = fixed_tables::recognise(ctx, model).or_else(|| fixed_objects::recognise(ctx, model)) {
        return outcome;
    }
    let statements = match Parser::new(&PostgreSqlDialect {})
        .with_recursion_limit(RECURSION_LIMIT)
        .try_with_sql(ctx.text)
        .and_then(|mut parser| parser.parse_statements())
    {
        Ok(statements) => statements,
        Err(error) => return Outcome::Unsupported(format!("could not parse this statement ({error})")),
    };
    let [statement] = statements.as_slice() else {
        return Outcome::Unsupported(format!("expected one statement, found {}", statements.len()));
    };
    tables::convert(statement, ctx, model)
        .or_else(|| objects::convert(statement, ctx, model))
        .unwrap_or_else(|| Outcome::Unsupported("this kind of statement is not supported yet".into()))
}

/// Deep enough for real views, shallow enough for wasm's and test threads' stacks.
const RECURSION_LIMIT: usize = 100;

/// The first line of a statement, shortened, for messages.
fn preview(text: &str) -> String {
    let first_line = text.lines().next().unwrap_or("").trim();
    match first_line.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &first_line[..cut]),
        None => first_line.to_string(),
    }
}
