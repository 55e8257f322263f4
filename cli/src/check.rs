//! `pgcarve check DUMP --plan PLAN.json [--format text|json]`: run every check of the
//! plan on the dump and print the findings, like a compiler (text) or as
//! `{"findings": [...]}` (JSON, docs/checks.md).

use pgcarve_core::check::{check, Finding, Severity};
use pgcarve_core::parse_bytes;
use pgcarve_core::plan::read_plan;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How to print the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub struct Options {
    pub plan: PathBuf,
    pub format: Format,
}

/// Exit 1 when a finding is an error, 0 otherwise, 2 when an input cannot be read (the
/// reason on standard error).
pub fn run(dump: &Path, options: &Options) -> ExitCode {
    match findings(dump, &options.plan) {
        Ok((findings, source)) => {
            let text = match options.format {
                Format::Text => text(&findings, &dump.display().to_string(), &source),
                Format::Json => json(&findings),
            };
            if let Err(e) = std::io::stdout().lock().write_all(text.as_bytes()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("pgcarve: could not write the findings: {e}");
                    return ExitCode::from(2);
                }
            }
            let errors = findings.iter().any(|f| f.severity == Severity::Error);
            if errors { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
        Err(message) => {
            for line in message.lines() {
                eprintln!("pgcarve: {line}");
            }
            ExitCode::from(2)
        }
    }
}

/// The findings, and the dump's text (for the source lines).
fn findings(dump: &Path, plan_path: &Path) -> Result<(Vec<Finding>, String), String> {
    let bytes = crate::read_input(dump)?;
    let parsed = parse_bytes(&bytes);
    for diagnostic in &parsed.diagnostics {
        eprintln!("{}:{diagnostic}", dump.display());
    }
    if parsed.model.tables.is_empty() && parsed.diagnostics.iter().any(|d| d.severity == pgcarve_core::Severity::Error) {
        return Err(format!("{}: no table could be read, nothing to check", dump.display()));
    }
    let plan_text = std::fs::read_to_string(plan_path)
        .map_err(|e| format!("--plan {}: cannot read: {e}", plan_path.display()))?;
    let plan = read_plan(&plan_text, &parsed.model).map_err(|e| {
        e.problems.iter().map(|p| format!("--plan {}: {p}", plan_path.display())).collect::<Vec<_>>().join("\n")
    })?;
    Ok((check(&parsed.model, &plan), String::from_utf8_lossy(&bytes).into_owned()))
}

fn json(findings: &[Finding]) -> String {
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "findings": findings }))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// Each finding as a compiler prints a diagnostic, then a count.
fn text(findings: &[Finding], dump: &str, source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::new();
    for f in findings {
        out.push_str(&format!("{}[{}]: {}\n", severity(f.severity), f.check, f.message));
        match f.line {
            Some(line) => {
                let shown = statement_lines(&lines, line);
                let last = shown.last().map_or(line, |(n, _)| *n);
                let gutter = last.to_string().len();
                let pad = " ".repeat(gutter);
                out.push_str(&format!("{pad}--> {dump}:{line}\n"));
                if !shown.is_empty() {
                    out.push_str(&format!("{pad} |\n"));
                    for (n, code) in shown {
                        out.push_str(&format!("{n:>gutter$} | {}\n", code.trim_end()));
                    }
                    out.push_str(&format!("{pad} |\n"));
                }
                out.push_str(&format!("{pad} = help: {}\n\n", f.help));
            }
            None => out.push_str(&format!("  --> {dump} ({})\n  = help: {}\n\n", f.subject, f.help)),
        }
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    out.push_str(&format!(
        "{}, {}, {} info\n",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        count(Severity::Info)
    ));
    out
}

/// The dump lines to show for a finding at `line`: that line, and the indented lines that
/// continue its statement header (`ADD CONSTRAINT …` of `ALTER TABLE ONLY …`, `LANGUAGE
/// …` and `SET search_path …` of a function), at most three; not a table's columns.
fn statement_lines<'a>(lines: &[&'a str], line: u32) -> Vec<(u32, &'a str)> {
    const MAX: usize = 3;
    let Some(first) = line.checked_sub(1).and_then(|i| lines.get(i as usize)) else { return Vec::new() };
    let mut shown = vec![(line, *first)];
    let mut open = !first.trim_end().ends_with([';', '(']);
    let mut n = line;
    while open && shown.len() < MAX {
        n += 1;
        match lines.get(n as usize - 1) {
            // A function's body (`AS $$ …`) is not part of its header.
            Some(next) if next.starts_with([' ', '\t']) && !next.trim().is_empty() && !next.trim_start().starts_with("AS ") => {
                shown.push((n, *next));
                open = !next.trim_end().ends_with(';');
            }
            _ => open = false,
        }
    }
    shown
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}
