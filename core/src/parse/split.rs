//! Splits raw `pg_dump` text into statements, psql meta-command lines (`\restrict`,
//! `\connect`, …) and `COPY … FROM stdin` data blocks. Every piece keeps its byte range,
//! line and column. Never fails: problems are diagnostics, and everything before them
//! is still split.

use super::lexer::{Lexer, Token, TokenKind};
use super::location::LineIndex;
use crate::diagnostic::{Diagnostic, Severity};

/// What a piece of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// An SQL statement, from its first token to its `;` (inclusive) or the end of input.
    Statement,
    /// A psql meta-command line such as `\restrict KEY` (without the newline).
    MetaCommand,
    /// The rows of a `COPY … FROM stdin;`, up to and including the `\.` line.
    CopyData,
}

/// A located piece of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub kind: PieceKind,
    /// Byte range in the input.
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: u32,
    pub column: u32,
    /// The input ends inside this piece's last string, quoted identifier, dollar-quoted
    /// body or comment (or inside a COPY block): only part of it is there.
    pub cut_off: bool,
}

impl Piece {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// The pieces of an input, in order, and what went wrong while splitting it.
#[derive(Debug, Default)]
pub struct Split {
    pub pieces: Vec<Piece>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Split {
    pub fn statements(&self) -> impl Iterator<Item = &Piece> {
        self.pieces.iter().filter(|p| p.kind == PieceKind::Statement)
    }
}

/// Split `src` into pieces.
pub fn split(src: &str) -> Split {
    let lines = LineIndex::new(src);
    let mut out = Split::default();
    let mut lexer = Lexer::new(src);
    let piece = |kind, start, end| {
        let (line, column) = lines.locate(src, start);
        Piece { kind, start, end, line, column, cut_off: false }
    };

    // Between statements: skip trivia; a backslash starts a meta-command line.
    while let Some(first) = next_significant(&mut lexer) {
        if first.kind == TokenKind::Punct && first.text(src) == "\\" {
            let mut line = Lexer::at(src, first.start);
            let end = line_end(src, line.skip_line());
            out.pieces.push(piece(PieceKind::MetaCommand, first.start, end));
            lexer = Lexer::at(src, line.pos());
            continue;
        }

        let mut words = LeadingWords::default();
        words.push(src, &first);
        let mut last = first;
        let mut end = None;
        if !(first.kind == TokenKind::Punct && first.text(src) == ";") {
            for token in lexer.by_ref() {
                if token.kind.is_trivia() {
                    if !token.terminated {
                        last = token; // an unterminated block comment ends the input
                    }
                    continue;
                }
                last = token;
                if token.kind == TokenKind::Punct && token.text(src) == ";" && !words.inside_atomic_body() {
                    end = Some(token.end);
                    break;
                }
                words.push(src, &token);
            }
        } else {
            end = Some(first.end);
        }

        let mut statement = piece(PieceKind::Statement, first.start, end.unwrap_or(last.end));
        statement.cut_off = !last.terminated;
        out.pieces.push(statement);
        if end.is_none() {
            out.diagnostics.push(unterminated(&statement, &last, src, &lines));
            break;
        }

        if words.is_copy_from_stdin() {
            let data_start = Lexer::at(src, lexer.pos()).skip_line();
            match copy_data_end(src, data_start) {
                Some(data_end) => {
                    out.pieces.push(piece(PieceKind::CopyData, data_start, data_end));
                    lexer = Lexer::at(src, data_end);
                }
                None => {
                    let mut data = piece(PieceKind::CopyData, data_start, src.len());
                    data.cut_off = true;
                    out.diagnostics.push(Diagnostic {
                        severity: Severity::Error,
                        line: data.line,
                        column: data.column,
                        message: "COPY data block has no closing `\\.` line; the dump is cut off. \
                                  Dump the database again, or remove the incomplete COPY."
                            .into(),
                    });
                    out.pieces.push(data);
                    break;
                }
            }
        }
    }
    out
}

fn next_significant(lexer: &mut Lexer) -> Option<Token> {
    lexer.find(|t| !t.kind.is_trivia())
}

/// The end of the line's content, without `\n` or `\r\n`.
fn line_end(src: &str, next_line_start: usize) -> usize {
    let mut end = next_line_start;
    let bytes = src.as_bytes();
    if end > 0 && bytes[end - 1] == b'\n' {
        end -= 1;
    }
    if end > 0 && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    end
}

/// Where a COPY data block starting at `start` ends: just after its `\.` line.
fn copy_data_end(src: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    while pos < src.len() {
        let next = Lexer::at(src, pos).skip_line();
        if &src[pos..line_end(src, next)] == "\\." {
            return Some(line_end(src, next));
        }
        pos = next;
    }
    None
}

/// The input ends before the statement's `;`: an error when it ends inside a token (the
/// statement is cut off), a warning when only the `;` is missing (psql would run it).
fn unterminated(statement: &Piece, last: &Token, src: &str, lines: &LineIndex) -> Diagnostic {
    let (line, column) = lines.locate(src, last.start);
    let what = match (last.terminated, last.kind) {
        (false, TokenKind::DollarString) => "a dollar-quoted body",
        (false, TokenKind::String) => "a string literal",
        (false, TokenKind::QuotedIdent) => "a quoted identifier",
        (false, TokenKind::BlockComment) => "a block comment",
        _ => "the statement",
    };
    if last.terminated {
        return Diagnostic {
            severity: Severity::Warning,
            line: statement.line,
            column: statement.column,
            message: "the input ends without the `;` that closes this statement; it was read as if \
                      the `;` were there. Check that the dump is complete."
                .into(),
        };
    }
    Diagnostic {
        severity: Severity::Error,
        line,
        column,
        message: format!(
            "the input ends inside {what} (statement starting at line {}); the dump looks cut off. \
             Everything before it was read; dump the database again to get the rest.",
            statement.line
        ),
    }
}

/// What the splitter tracks of the statement it is reading: its first words, whether it
/// is `COPY … FROM stdin`, and, as psql does, `BEGIN … END` nesting in a
/// `CREATE [OR REPLACE] FUNCTION|PROCEDURE` (SQL-standard `BEGIN ATOMIC` bodies contain
/// semicolons that do not end the statement).
#[derive(Default)]
struct LeadingWords {
    words: Vec<String>,
    has_from_stdin: bool,
    previous_was_from: bool,
    paren_depth: usize,
    begin_depth: usize,
}

impl LeadingWords {
    const KEPT: usize = 4;

    fn push(&mut self, src: &str, token: &Token) {
        let upper = (token.kind == TokenKind::Word).then(|| token.text(src).to_ascii_uppercase());
        let word = upper.as_deref().unwrap_or("");
        if self.words.first().is_some_and(|w| w == "COPY") {
            self.has_from_stdin |= self.previous_was_from && word == "STDIN";
            self.previous_was_from = word == "FROM";
        }
        match (token.kind, token.text(src)) {
            (TokenKind::Punct, "(") => self.paren_depth += 1,
            (TokenKind::Punct, ")") => self.paren_depth = self.paren_depth.saturating_sub(1),
            _ => {}
        }
        if self.is_routine() && self.paren_depth == 0 {
            match word {
                "BEGIN" => self.begin_depth += 1,
                "CASE" if self.begin_depth > 0 => self.begin_depth += 1,
                "END" => self.begin_depth = self.begin_depth.saturating_sub(1),
                _ => {}
            }
        }
        if self.words.len() < Self::KEPT {
            self.words.push(upper.unwrap_or_default());
        }
    }

    /// `CREATE [OR REPLACE] FUNCTION|PROCEDURE`.
    fn is_routine(&self) -> bool {
        let words: Vec<&str> = self.words.iter().map(String::as_str).collect();
        matches!(
            words.as_slice(),
            ["CREATE", "FUNCTION" | "PROCEDURE", ..] | ["CREATE", "OR", "REPLACE", "FUNCTION" | "PROCEDURE", ..]
        )
    }

    fn inside_atomic_body(&self) -> bool {
        self.begin_depth > 0
    }

    fn is_copy_from_stdin(&self) -> bool {
        self.has_from_stdin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str) -> Vec<(PieceKind, &str)> {
        split(src).pieces.iter().map(|p| (p.kind, p.text(src))).collect()
    }

    #[test]
    fn statements_meta_commands_and_copy_blocks() {
        let src = "\\restrict abc\n-- c\nSET x = 1;\nCOPY t (a) FROM stdin;\n1\t;\n\\.\nSELECT 1;\n\\unrestrict abc\n";
        assert_eq!(
            texts(src),
            [
                (PieceKind::MetaCommand, "\\restrict abc"),
                (PieceKind::Statement, "SET x = 1;"),
                (PieceKind::Statement, "COPY t (a) FROM stdin;"),
                (PieceKind::CopyData, "1\t;\n\\."),
                (PieceKind::Statement, "SELECT 1;"),
                (PieceKind::MetaCommand, "\\unrestrict abc"),
            ]
        );
        assert!(split(src).diagnostics.is_empty());
    }

    #[test]
    fn semicolons_inside_bodies_do_not_split() {
        let src = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nCOMMENT ON TABLE t IS 'a; b';";
        let pieces = texts(src);
        assert_eq!(pieces.len(), 2);
        assert!(pieces[0].1.ends_with("LANGUAGE sql;"));
    }

    #[test]
    fn begin_atomic_bodies_keep_their_semicolons() {
        let src = "CREATE FUNCTION public.f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;\n SELECT a;\nEND;\nCREATE TABLE t (begin_at int);\nSELECT 1;";
        let pieces = texts(src);
        assert_eq!(pieces.len(), 3, "{pieces:?}");
        assert!(pieces[0].1.ends_with("SELECT a;\nEND;"));
        assert_eq!(pieces[1].1, "CREATE TABLE t (begin_at int);");
    }

    #[test]
    fn begin_outside_routines_does_not_nest() {
        assert_eq!(texts("BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;").len(), 3);
    }

    #[test]
    fn locations_are_one_based_lines_and_char_columns() {
        let src = "SELECT 'é';  SELECT 2;\n\n  SELECT 3;";
        let split = split(src);
        let at: Vec<_> = split.pieces.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(at, [(1, 1), (1, 14), (3, 3)]);
    }

    #[test]
    fn cut_off_dollar_quote_is_located_and_keeps_what_came_before() {
        let src = "CREATE TABLE a (x int);\nCREATE FUNCTION f() RETURNS int\n AS $body$ SELECT 1;";
        let split = split(src);
        assert_eq!(split.statements().count(), 2);
        let diagnostic = &split.diagnostics[0];
        assert_eq!((diagnostic.line, diagnostic.column), (3, 5));
        assert!(diagnostic.message.contains("dollar-quoted body"), "{}", diagnostic.message);
        assert!(split.pieces[1].cut_off);
    }

    #[test]
    fn missing_final_semicolon_is_reported_at_the_statement() {
        let split = split("SELECT 1;\nSELECT 2");
        assert_eq!(split.statements().count(), 2);
        assert_eq!(split.diagnostics[0].line, 2);
        assert_eq!(split.diagnostics[0].severity, Severity::Warning);
        assert!(split.diagnostics[0].message.contains("without the `;`"));
        assert!(!split.pieces[1].cut_off);
    }

    #[test]
    fn cut_off_inside_a_block_comment_is_an_error() {
        let split = split("CREATE TABLE a (x int) /* unfinished");
        assert!(split.pieces[0].cut_off);
        assert_eq!(split.diagnostics[0].severity, Severity::Error);
        assert!(split.diagnostics[0].message.contains("block comment"));
    }

    #[test]
    fn copy_without_terminator_is_an_error() {
        let split = split("COPY t FROM stdin;\n1\n2\n");
        assert_eq!(split.pieces.last().unwrap().kind, PieceKind::CopyData);
        assert!(split.diagnostics[0].message.contains("\\."));
    }

    #[test]
    fn deep_parentheses_do_not_recurse() {
        let src = format!("SELECT {}1{};", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(split(&src).statements().count(), 1);
    }
}
