//! `pgcarve inspect DUMP [--json] [--timings]`.

use pgcarve_core::inspect::Report;
use pgcarve_core::{parse_bytes_observed, Severity};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

pub struct Options {
    pub json: bool,
    pub timings: bool,
}

/// Phase durations, printed to stderr when asked for.
struct Timings {
    start: Instant,
    last: Instant,
    lines: Vec<String>,
}

impl Timings {
    fn new() -> Self {
        let now = Instant::now();
        Timings { start: now, last: now, lines: Vec::new() }
    }

    fn phase(&mut self, name: &str) {
        let now = Instant::now();
        self.lines.push(format!("{name} {:.1} ms", (now - self.last).as_secs_f64() * 1000.0));
        self.last = now;
    }

    fn print(mut self) {
        self.lines.push(format!("total {:.1} ms", self.start.elapsed().as_secs_f64() * 1000.0));
        for line in self.lines {
            eprintln!("{line}");
        }
    }
}

pub fn run(path: &Path, options: Options) -> ExitCode {
    let mut timings = Timings::new();
    let bytes = match crate::read_input(path) {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("pgcarve: {message}");
            return ExitCode::from(2);
        }
    };
    timings.phase("read");
    let parsed = parse_bytes_observed(&bytes, &mut |phase| timings.phase(phase));
    let report = Report::new(&parsed);
    timings.phase("report");

    let mut out = std::io::stdout().lock();
    let written = if options.json {
        serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from).and_then(|()| writeln!(out))
    } else {
        write_text(&mut out, path, &report)
    };
    match written {
        Ok(()) => {}
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("pgcarve: could not write the report: {e}");
            return ExitCode::from(2);
        }
    }
    timings.phase("print");
    if options.timings {
        timings.print();
    }
    if report.diagnostics.iter().any(|d| d.severity == Severity::Error) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_text(out: &mut impl Write, path: &Path, report: &Report) -> std::io::Result<()> {
    let s = &report.statements;
    writeln!(
        out,
        "{} tables, {} foreign keys, {} views, {} functions, {} triggers, {} policies, {} sequences",
        report.tables.len(),
        report.foreign_keys.len(),
        report.views.len(),
        report.functions.len(),
        report.triggers.len(),
        report.policies.len(),
        report.sequences.len()
    )?;
    writeln!(
        out,
        "{} statements: {} modeled, {} ignored, {} unsupported",
        s.total, s.modeled, s.ignored, s.unsupported
    )?;
    for diagnostic in &report.diagnostics {
        writeln!(out, "{}:{diagnostic}", path.display())?;
    }
    Ok(())
}
