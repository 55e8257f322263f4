//! Relation names a function body mentions, found with the project lexer rather than a
//! PL/pgSQL parser: the name after `FROM`, `JOIN`, `INTO`, `UPDATE`, `TABLE` (so `DELETE
//! FROM` and `INSERT INTO` too), the prefix of `%ROWTYPE` / `%TYPE`, and the sequence in
//! `nextval('s')`, `currval('s')`, `setval('s', …)`. Function calls
//! (`FROM unnest(…)`) are skipped. String literals are scanned once more the same way,
//! which finds most dynamic SQL (`EXECUTE 'SELECT … FROM payment …'`); names assembled at
//! run time (`format('%I', …)`, `quote_ident(…)`) are not seen.
//!
//! This over-collects on purpose (`SELECT … INTO variable`, `EXTRACT(year FROM d)`):
//! `objects::resolve` keeps only names that match a relation of the dump.

use crate::model::Mention;
use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::fixed_objects::scan::literal_value;
use crate::parse::names;

const BEFORE_RELATION: &[&str] = &["FROM", "JOIN", "INTO", "UPDATE", "TABLE"];
const SKIPPED_AFTER: &[&str] = &["ONLY", "STRICT", "LATERAL"];
const SEQUENCE_FUNCTIONS: &[&str] = &["NEXTVAL", "CURRVAL", "SETVAL"];

/// Every relation-like name in `body` and in its string literals, deduplicated, in order
/// of first mention.
pub fn relation_mentions(body: &str) -> Vec<Mention> {
    let mut mentions = Vec::new();
    scan(body, true, &mut mentions);
    mentions
}

fn scan(body: &str, into_strings: bool, mentions: &mut Vec<Mention>) {
    let tokens: Vec<(TokenKind, &str)> =
        Lexer::new(body).filter(|t| !t.kind.is_trivia()).map(|t| (t.kind, t.text(body))).collect();
    let mut push = |mention: Mention| {
        if !mentions.contains(&mention) {
            mentions.push(mention);
        }
    };
    for (i, &(kind, text)) in tokens.iter().enumerate() {
        if kind == TokenKind::Word && BEFORE_RELATION.iter().any(|k| text.eq_ignore_ascii_case(k)) {
            let mut at = i + 1;
            while tokens.get(at).is_some_and(|t| is_word_in(*t, SKIPPED_AFTER)) {
                at += 1;
            }
            if let Some((parts, next)) = name_forward(&tokens, at) {
                // `FROM f(…)` calls a function; `INSERT INTO t (a, b)` lists columns.
                let is_call = !text.eq_ignore_ascii_case("INTO") && tokens.get(next).is_some_and(|t| t.1 == "(");
                if !is_call {
                    push(mention_of(parts));
                }
            }
        } else if is_word_in((kind, text), SEQUENCE_FUNCTIONS) && tokens.get(i + 1).is_some_and(|t| t.1 == "(") {
            let Some(&(literal_kind, literal)) = tokens.get(i + 2) else { continue };
            let Some(name) = literal_value(literal_kind, literal) else { continue };
            let name_tokens: Vec<(TokenKind, &str)> =
                Lexer::new(&name).filter(|t| !t.kind.is_trivia()).map(|t| (t.kind, t.text(&name))).collect();
            if let Some((parts, end)) = name_forward(&name_tokens, 0) {
                if end == name_tokens.len() {
                    push(mention_of(parts));
                }
            }
        } else if kind == TokenKind::Punct && text == "%" {
            let Some(&(TokenKind::Word, suffix)) = tokens.get(i + 1) else { continue };
            let mut parts = name_backward(&tokens, i);
            if suffix.eq_ignore_ascii_case("TYPE") {
                parts.pop(); // the column
            } else if !suffix.eq_ignore_ascii_case("ROWTYPE") {
                continue;
            }
            if !parts.is_empty() {
                push(mention_of(parts));
            }
        }
    }
    if into_strings {
        let strings = tokens.iter().filter(|t| t.0 == TokenKind::String);
        for literal in strings.filter_map(|&(kind, text)| literal_value(kind, text)).collect::<Vec<_>>() {
            scan(&literal, false, mentions);
        }
    }
}

fn is_word_in((kind, text): (TokenKind, &str), words: &[&str]) -> bool {
    kind == TokenKind::Word && words.iter().any(|w| text.eq_ignore_ascii_case(w))
}

fn identifier((kind, text): (TokenKind, &str)) -> Option<String> {
    match kind {
        TokenKind::Word => Some(names::fold(text)),
        TokenKind::QuotedIdent => names::unquote(text),
        _ => None,
    }
}

/// `a`, `s.a`, `"S"."a"` starting at `at`: the parts and the index after the name.
fn name_forward(tokens: &[(TokenKind, &str)], mut at: usize) -> Option<(Vec<String>, usize)> {
    let mut parts = vec![identifier(*tokens.get(at)?)?];
    at += 1;
    while tokens.get(at).is_some_and(|t| t.1 == ".") {
        let Some(part) = tokens.get(at + 1).and_then(|t| identifier(*t)) else { break };
        parts.push(part);
        at += 2;
    }
    Some((parts, at))
}

/// The dotted name ending just before index `end`, read backwards.
fn name_backward(tokens: &[(TokenKind, &str)], end: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut at = end;
    while let Some(part) = at.checked_sub(1).and_then(|i| tokens.get(i)).and_then(|t| identifier(*t)) {
        parts.push(part);
        at -= 1;
        if at >= 2 && tokens[at - 1].1 == "." {
            at -= 1;
        } else {
            break;
        }
    }
    parts.reverse();
    parts
}

/// The last part is the relation; the one before it (if any) its schema.
fn mention_of(mut parts: Vec<String>) -> Mention {
    let name = parts.pop().unwrap_or_default();
    Mention { schema: parts.pop(), name }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &str) -> Vec<String> {
        relation_mentions(body)
            .into_iter()
            .map(|m| match m.schema {
                Some(s) => format!("{s}.{}", m.name),
                None => m.name,
            })
            .collect()
    }

    #[test]
    fn finds_relations_after_keywords() {
        let body = "DECLARE r public.film%ROWTYPE; n inventory.film_id%TYPE;
            BEGIN SELECT count(*) INTO n FROM rental r JOIN \"Sales\".\"Order\" o ON true
            WHERE x IN (SELECT 1 FROM generate_series(1, 3));
            INSERT INTO audit.log (id) VALUES (nextval('audit.\"Log_seq\"'::regclass)); UPDATE ONLY staff SET a = 1;
            DELETE FROM public.payment; END";
        assert_eq!(
            found(body),
            ["public.film", "inventory", "n", "rental", "Sales.Order", "audit.log", "audit.Log_seq", "staff", "public.payment"]
        );
    }

    #[test]
    fn ignores_comments_and_reads_strings_once() {
        assert!(found("SELECT 1 -- FROM y\n /* JOIN z */").is_empty());
        assert_eq!(found("EXECUTE 'SELECT c.* FROM t JOIN customer c ON ''FROM x'' = c.a'"), ["t", "customer"]);
    }
}
