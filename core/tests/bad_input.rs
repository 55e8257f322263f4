//! Inputs that are not a complete plain-text PostgreSQL dump: each gets a located message
//! that says what to do, never a panic, and whatever comes before a problem is still read.

mod support;

use pgcarve_core::{parse, parse_bytes, Diagnostic, Outcome, Parsed, Severity};

fn corpus_dump(name: &str) -> String {
    support::read(&support::corpus_dir().join(name))
}

fn errors(parsed: &Parsed) -> Vec<&Diagnostic> {
    parsed.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect()
}

/// The input is refused as a whole: one error at 1:1 saying `needle`, nothing read.
fn assert_refused(parsed: &Parsed, needle: &str) {
    let errors = errors(parsed);
    assert_eq!(errors.len(), 1, "one error: {:?}", parsed.diagnostics);
    assert!(errors[0].message.contains(needle), "{:?} should say {needle:?}", errors[0].message);
    assert_eq!((errors[0].line, errors[0].column), (1, 1));
    assert!(parsed.statements.is_empty() && parsed.model.tables.is_empty(), "nothing is read");
}

/// `schema.name` of every `CREATE TABLE` line in `text`.
fn created_tables(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("CREATE TABLE ")?.split_whitespace().next().map(str::to_string))
        .collect()
}

fn table_names(parsed: &Parsed) -> Vec<String> {
    parsed.model.tables.iter().map(|t| t.name.to_string()).collect()
}

/// 1-based line and character column of byte `offset`.
fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line as u32, before[line_start..].chars().count() as u32 + 1)
}

#[test]
fn empty_input_says_what_to_paste() {
    for input in ["", "   \n\n", "--\n-- PostgreSQL database dump\n--\n\n/* nothing */\n"] {
        let parsed = parse(input);
        assert!(parsed.statements.is_empty());
        let errors = errors(&parsed);
        assert_eq!(errors.len(), 1, "{input:?}: {:?}", parsed.diagnostics);
        assert!(errors[0].message.contains("pg_dump --schema-only"), "{}", errors[0].message);
    }
    assert!(errors(&parse_bytes(b"")).iter().any(|d| d.message.contains("no SQL statements")));
}

#[test]
fn a_custom_format_dump_says_run_pg_restore() {
    // The start of a real `pg_dump -Fc` archive: magic, version 1.14, int and offset sizes.
    let mut archive = b"PGDMP\x01\x0e\x00\x04\x08\x01\x01\x01\x00\x00\x00".to_vec();
    archive.extend(std::iter::repeat_n(0u8, 200));
    assert_refused(&parse_bytes(&archive), "pg_restore --schema-only -f out.sql");
}

#[test]
fn a_tar_dump_says_run_pg_restore() {
    // A ustar header for `toc.dat`, as `pg_dump -Ft` writes first, then the archive.
    let mut header = vec![0u8; 512];
    header[..7].copy_from_slice(b"toc.dat");
    header[100..107].copy_from_slice(b"0000600");
    header[124..135].copy_from_slice(b"00000004000");
    header[156] = b'0';
    header[257..265].copy_from_slice(b"ustar\x0000");
    header.extend_from_slice(b"PGDMP\x01\x0e\x00");
    header.extend(std::iter::repeat_n(0u8, 1024));
    assert_refused(&parse_bytes(&header), "pg_restore --schema-only -f out.sql");
    assert!(parse_bytes(&header).diagnostics[0].message.contains("tar"));
}

#[test]
fn a_gzip_dump_says_decompress_it() {
    // `printf 'CREATE TABLE public.t (a integer);\n' | gzip -9n`
    let gzip: &[u8] = &[
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x73, 0x0e, 0x72, 0x75, 0x0c, 0x71, 0x55, 0x08,
        0x71, 0x74, 0xf2, 0x71, 0x55, 0x28, 0x28, 0x4d, 0xca, 0xc9, 0x4c, 0xd6, 0x2b, 0x51, 0xd0, 0x48, 0x54, 0xc8,
        0xcc, 0x2b, 0x49, 0x4d, 0x4f, 0x2d, 0xd2, 0xb4, 0xe6, 0x02, 0x00, 0x4f, 0x18, 0x54, 0xa3, 0x23, 0x00, 0x00,
        0x00,
    ];
    assert_refused(&parse_bytes(gzip), "gunzip");
}

#[test]
fn non_utf8_bytes_are_located() {
    // A LATIN1 dump: `é` is the single byte 0xe9 on line 3, after `    nom text, -- caf`.
    let dump = b"CREATE TABLE public.a (id integer);\nCREATE TABLE public.b (\n    nom text, -- caf\xe9\n    id integer\n);\n";
    let parsed = parse_bytes(dump);
    let errors = errors(&parsed);
    assert_eq!(errors.len(), 1, "{:?}", parsed.diagnostics);
    assert_eq!((errors[0].line, errors[0].column), (3, 21), "{:?}", errors[0]);
    assert!(errors[0].message.contains("UTF-8") && errors[0].message.contains("0xe9"), "{}", errors[0].message);
    assert!(errors[0].message.contains("iconv") || errors[0].message.contains("--encoding"), "says what to do");
}

const MYSQL_DUMP: &str = "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version\t8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
";

const SQLITE_DUMP: &str = "PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customer (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
INSERT INTO customer VALUES(1,'Ada');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('customer',1);
COMMIT;
";

#[test]
fn a_mysql_dump_is_not_postgresql() {
    for parsed in [parse(MYSQL_DUMP), parse_bytes(MYSQL_DUMP.as_bytes())] {
        let errors = errors(&parsed);
        assert!(!errors.is_empty(), "{:?}", parsed.diagnostics);
        assert!(errors[0].message.contains("MySQL") && errors[0].message.contains("not PostgreSQL"), "{}", errors[0].message);
        assert!(errors[0].line >= 1, "located");
        assert!(parsed.model.tables.is_empty(), "a MySQL table is not modeled as PostgreSQL");
    }
}

#[test]
fn an_sqlite_dump_or_database_is_not_postgresql() {
    for parsed in [parse(SQLITE_DUMP), parse_bytes(b"SQLite format 3\0\x10\x00\x01\x01\x00\x40\x20\x20")] {
        let errors = errors(&parsed);
        assert!(!errors.is_empty(), "{:?}", parsed.diagnostics);
        let message = &errors[0].message;
        assert!(message.contains("SQLite") && message.contains("not") && message.contains("PostgreSQL"), "{message}");
        assert!(parsed.model.tables.is_empty());
    }
}

#[test]
fn a_dump_cut_mid_statement_keeps_everything_before() {
    let dump = corpus_dump("chinook.sql");
    let statement_start = dump.find("CREATE TABLE public.invoice_line (").expect("chinook has invoice_line");
    let cut = statement_start + dump[statement_start..].find("invoice_id").expect("a column");
    let parsed = parse(&dump[..cut]);

    let (line, column) = line_column(&dump, statement_start);
    let located = errors(&parsed).into_iter().find(|d| d.message.contains("cut off"));
    let located = located.unwrap_or_else(|| panic!("a 'cut off' error: {:?}", parsed.diagnostics));
    assert_eq!((located.line, located.column), (line, column), "at the start of the cut statement");

    let before = created_tables(&dump[..statement_start]);
    assert_eq!(before.len(), 6, "album … invoice come before invoice_line");
    let modeled = table_names(&parsed);
    for table in &before {
        assert!(modeled.contains(table), "{table} comes before the cut and is modeled; model has {modeled:?}");
    }
    let last = parsed.statements.last().expect("statements");
    assert_eq!(last.start, statement_start, "the cut statement is the last one recorded");
    assert!(matches!(last.outcome, Outcome::Unsupported(_)), "half a statement is not modeled: {:?}", last.outcome);
    assert!(!modeled.contains(&"public.invoice_line".to_string()), "{modeled:?}");
}

#[test]
fn a_dump_cut_mid_dollar_quote_keeps_everything_before() {
    // pagila: public.customer, then rewards_report(), whose plpgsql body is `$_$ … $_$`.
    let dump = corpus_dump("pagila.sql");
    let function = dump.find("CREATE FUNCTION public.rewards_report(").expect("rewards_report");
    let body = function + dump[function..].find("$_$").expect("dollar quote");
    let cut = body + dump[body..].find("Create a temporary storage area").expect("inside the body");
    let parsed = parse(&dump[..cut]);

    let (line, column) = line_column(&dump, body);
    let located = errors(&parsed).into_iter().find(|d| d.message.contains("dollar-quoted"));
    let located = located.unwrap_or_else(|| panic!("a 'dollar-quoted' error: {:?}", parsed.diagnostics));
    assert_eq!((located.line, located.column), (line, column), "at the opening `$_$`");
    assert!(located.message.contains("cut off"), "{}", located.message);

    let before = created_tables(&dump[..function]);
    assert_eq!(before, ["public.customer"]);
    assert_eq!(table_names(&parsed), before, "the table before the cut is modeled");
    let functions_before: Vec<&str> = dump[..function]
        .lines()
        .filter_map(|l| l.strip_prefix("CREATE FUNCTION ")?.split('(').next())
        .collect();
    assert!(functions_before.len() >= 5, "pagila defines functions before rewards_report");
    let functions: Vec<String> = parsed.model.functions.iter().map(|f| f.name.to_string()).collect();
    for name in functions_before {
        assert!(functions.contains(&name.to_string()), "{name} comes before the cut and is modeled: {functions:?}");
    }
    // Half a body is not a function: it would hide the rest of the body's mentions.
    let last = parsed.statements.last().expect("statements");
    assert_eq!(last.start, function, "the cut statement is the last one recorded");
    assert!(matches!(last.outcome, Outcome::Unsupported(_)), "half a function is not modeled: {:?}", last.outcome);
    assert!(!functions.contains(&"public.rewards_report".to_string()), "{functions:?}");
}

/// `copies` copies of `musicbrainz_flat.sql` (everything in `public`), copy `i` in
/// schema `copy_i`: about 1.16 MB each.
pub fn repeated_dump(copies: usize) -> String {
    let one = corpus_dump("musicbrainz_flat.sql");
    (0..copies).map(|i| format!("CREATE SCHEMA copy_{i};\n{}", one.replace("public.", &format!("copy_{i}.")))).collect()
}

#[test]
fn fifty_megabytes_scale_linearly() {
    let one = parse(&repeated_dump(1));
    let copies = 44;
    let big = repeated_dump(copies);
    assert!(big.len() > 50_000_000, "{} bytes", big.len());
    let parsed = parse(&big);

    let (m, i, u) = one.outcome_counts();
    assert!(one.statements.len() > 4_000, "one copy has {} statements", one.statements.len());
    assert_eq!(parsed.statements.len(), copies * one.statements.len(), "statements scale with the input");
    assert_eq!(parsed.outcome_counts(), (copies * m, copies * i, copies * u), "outcomes scale with the input");
    assert_eq!(errors(&parsed).len(), copies * errors(&one).len(), "diagnostics scale with the input");
    assert!(one.model.tables.len() >= 519, "one copy models musicbrainz's 519 tables, not {}", one.model.tables.len());
    assert_eq!(parsed.model.tables.len(), copies * one.model.tables.len());
    assert!(table_names(&parsed).contains(&format!("copy_{}.artist", copies - 1)), "the last copy's tables");
    let last = parsed.statements.last().expect("statements");
    assert_eq!(last.end, big.trim_end().rfind(';').expect("a statement") + 1, "read to the end");
}

#[test]
fn ten_thousand_nested_parentheses_do_not_overflow_the_stack() {
    let depth = 10_000;
    let deep = format!(
        "CREATE TABLE public.deep (\n    a integer CONSTRAINT deep_check CHECK ({}a > 0{})\n);\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let src = format!("CREATE TABLE public.before (a integer);\n{deep}CREATE TABLE public.after (b integer);\n");
    let parsed = parse(&src);

    assert_eq!(parsed.statements.len(), 3, "three statements: {:?}", parsed.diagnostics);
    let deep_statement = &parsed.statements[1];
    assert_eq!((deep_statement.location.line, deep_statement.location.column), (2, 1));
    if let Outcome::Unsupported(_) = deep_statement.outcome {
        assert!(errors(&parsed).iter().any(|d| d.line == 2), "a located error: {:?}", parsed.diagnostics);
    }
    let modeled = table_names(&parsed);
    assert!(modeled.contains(&"public.before".to_string()) && modeled.contains(&"public.after".to_string()), "{modeled:?}");

    // Unbalanced: 10,000 opening parentheses and the input ends.
    let open = format!("CREATE TABLE public.t (a integer);\nSELECT {};", "(".repeat(depth));
    let parsed = parse(&open);
    assert_eq!(parsed.statements.len(), 2);
    assert!(!errors(&parsed).is_empty(), "an unbalanced statement is an error");
    assert!(errors(&parsed).iter().all(|d| d.line == 2), "located on line 2: {:?}", parsed.diagnostics);
}
