//! Recognises inputs that are not a plain-text PostgreSQL dump and says what to do.

use crate::diagnostic::{Diagnostic, Severity};

fn error(line: u32, column: u32, message: impl Into<String>) -> Diagnostic {
    Diagnostic { severity: Severity::Error, line, column, message: message.into() }
}

/// The input as text, or why it cannot be read at all.
pub fn check(bytes: &[u8]) -> Result<&str, Diagnostic> {
    if bytes.starts_with(b"PGDMP") {
        return Err(error(
            1,
            1,
            "this is a pg_dump custom-format archive, not SQL text. Convert it with \
             `pg_restore --schema-only -f out.sql DUMP` and open out.sql.",
        ));
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(error(1, 1, "this file is gzip-compressed. Decompress it first (`gunzip -k FILE`) and open the .sql file."));
    }
    if bytes.len() > 262 && &bytes[257..262] == b"ustar" {
        return Err(error(
            1,
            1,
            "this is a tar archive (pg_dump --format=tar). Convert it with \
             `pg_restore --schema-only -f out.sql DUMP` and open out.sql.",
        ));
    }
    if bytes.starts_with(b"SQLite format 3\0") {
        return Err(error(1, 1, "this is an SQLite database file, not a PostgreSQL dump. pgcarve reads `pg_dump --schema-only` output."));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        error(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
            format!(
                "the input is not UTF-8 (byte 0x{:02x} at offset {}). Dump with `pg_dump --encoding=UTF8`, \
                 or convert the file with `iconv -f LATIN1 -t UTF-8`.",
                bytes[e.valid_up_to()],
                e.valid_up_to()
            ),
        )
    })
}

/// Text that is clearly another database's dump: a located error, else `None`.
pub fn check_text(src: &str) -> Option<Diagnostic> {
    const MARKERS: &[(&str, &str)] = &[
        ("-- MySQL dump", "MySQL (mysqldump)"),
        ("-- MariaDB dump", "MariaDB (mysqldump)"),
        ("/*!40101 SET", "MySQL (mysqldump)"),
        ("ENGINE=InnoDB", "MySQL"),
        ("PRAGMA foreign_keys", "SQLite (.dump)"),
        ("BEGIN TRANSACTION;\nCREATE TABLE sqlite_", "SQLite (.dump)"),
    ];
    let head = match src.char_indices().nth(20_000) {
        Some((cut, _)) => &src[..cut],
        None => src,
    };
    MARKERS.iter().find_map(|(marker, what)| {
        let at = head.find(marker)?;
        let line = head[..at].matches('\n').count() + 1;
        Some(error(
            u32::try_from(line).unwrap_or(u32::MAX),
            1,
            format!(
                "this looks like a {what} dump, not PostgreSQL. pgcarve reads `pg_dump --schema-only` \
                 output of a PostgreSQL database."
            ),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_foreign_inputs_say_what_to_do() {
        let custom = check(b"PGDMP\x01\x0e\x00").unwrap_err();
        assert!(custom.message.contains("pg_restore --schema-only -f out.sql"));
        assert!(check(&[0x1f, 0x8b, 8, 0]).unwrap_err().message.contains("gunzip"));
        assert!(check(b"SQLite format 3\0....").unwrap_err().message.contains("SQLite"));
        let latin1 = check(b"CREATE TABLE t (a int);\n-- caf\xe9\n").unwrap_err();
        assert_eq!((latin1.line, latin1.column), (2, 7));
        assert!(latin1.message.contains("UTF-8"));
        let mysql = check_text("-- MySQL dump 10.13\n/*!40101 SET NAMES utf8 */;\n").unwrap();
        assert!(mysql.message.contains("MySQL"), "{}", mysql.message);
        assert!(check_text("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;").unwrap().message.contains("SQLite"));
        assert!(check_text("CREATE TABLE public.t (a int);").is_none());
    }
}
