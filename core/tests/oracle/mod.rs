//! libpg_query (PostgreSQL's own parser, via the `pg_query` crate) as the oracle for the
//! shared corpus: every dump read once by both parsers, the text libpg_query can read, its
//! statement ranges, and readable diffs.

pub mod compare;
pub mod facts;

pub use compare::{diff, report};

use crate::support;
use pg_query::protobuf::ParseResult;
use std::sync::OnceLock;

/// One corpus dump, read by pgcarve and by libpg_query.
pub struct Dump {
    /// Path relative to the corpus dir, e.g. `upstream/lago.upstream.sql`.
    pub file: String,
    pub src: String,
    /// libpg_query's parse tree of [`psql_lines_blanked`]`(src)` (same byte offsets).
    pub tree: ParseResult,
    pub parsed: pgcarve_core::Parsed,
}

/// Every `.sql` file in the corpus and `corpus/upstream`, read once per test binary.
pub fn corpus() -> &'static [Dump] {
    static CORPUS: OnceLock<Vec<Dump>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = support::corpus_dir();
        let mut files = Vec::new();
        for sub in ["", "upstream/"] {
            let entries = std::fs::read_dir(dir.join(sub)).unwrap_or_else(|e| panic!("listing {}{sub}: {e}", dir.display()));
            for entry in entries {
                let name = entry.expect("directory entry").file_name().into_string().expect("UTF-8 file name");
                if name.ends_with(".sql") {
                    files.push(format!("{sub}{name}"));
                }
            }
        }
        files.sort();
        assert!(files.len() >= 18, "expected the 18 corpus dumps, found {files:?}");
        files
            .into_iter()
            .map(|file| {
                let src = support::read(&dir.join(&file));
                let oracle_text = psql_lines_blanked(&src);
                let tree = pg_query::parse(&oracle_text, 0)
                    .unwrap_or_else(|e| panic!("libpg_query cannot parse {file}: {e}"))
                    .protobuf;
                let parsed = pgcarve_core::parse(&src);
                Dump { file, src, tree, parsed }
            })
            .collect()
    })
}

/// `src` with what psql reads but the server never sees — meta-command lines (`\restrict
/// KEY`, `\connect db`, …) and the rows of `COPY … FROM stdin;` up to `\.` — replaced by
/// spaces, byte for byte, so every offset stays the same. libpg_query rejects both.
pub fn psql_lines_blanked(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut in_copy_data = false;
    for line in src.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = if in_copy_data {
            in_copy_data = content != "\\.";
            true
        } else if content.starts_with('\\') {
            true
        } else {
            in_copy_data = content.starts_with("COPY ") && content.ends_with("FROM stdin;");
            false
        };
        if blank {
            out.extend(std::iter::repeat_n(' ', content.len()));
            out.push_str(&line[content.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// libpg_query's statements as byte ranges in the pgcarve convention: from the first
/// token (libpg_query's location includes the whitespace and comments before it) to the
/// `;` inclusive (libpg_query's length stops before it; 0 means "to the end").
pub fn statement_ranges(dump: &Dump) -> Vec<(usize, usize)> {
    let text = dump.src.as_bytes();
    dump.tree
        .stmts
        .iter()
        .map(|raw| {
            let location = usize::try_from(raw.stmt_location).expect("stmt_location >= 0");
            let length = usize::try_from(raw.stmt_len).expect("stmt_len >= 0");
            let start = skip_trivia(text, location);
            let mut end = if length == 0 { text.len() } else { location + length };
            if text.get(end) == Some(&b';') {
                end += 1;
            } else {
                while end > start && text[end - 1].is_ascii_whitespace() {
                    end -= 1;
                }
            }
            (start, end)
        })
        .collect()
}

/// The offset of the first byte at or after `pos` that is not whitespace, a `--` comment
/// or a (nested) `/* */` comment.
fn skip_trivia(text: &[u8], mut pos: usize) -> usize {
    loop {
        while pos < text.len() && text[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if text[pos..].starts_with(b"--") {
            while pos < text.len() && text[pos] != b'\n' {
                pos += 1;
            }
        } else if text[pos..].starts_with(b"/*") {
            let mut depth = 0usize;
            while pos < text.len() {
                if text[pos..].starts_with(b"/*") {
                    depth += 1;
                    pos += 2;
                } else if text[pos..].starts_with(b"*/") {
                    depth -= 1;
                    pos += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    pos += 1;
                }
            }
        } else {
            return pos;
        }
    }
}

/// 1-based line of byte offsets, for messages.
pub struct Lines(Vec<usize>);

impl Lines {
    pub fn new(src: &str) -> Self {
        Lines(std::iter::once(0).chain(src.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

/// The first line of a statement, shortened.
pub fn preview(text: &str) -> String {
    let first = text.lines().next().unwrap_or("").trim();
    match first.char_indices().nth(100) {
        Some((cut, _)) => format!("{}…", &first[..cut]),
        None => first.to_string(),
    }
}
