//! `pgcarve`: read a `pg_dump --schema-only` file, report on it, plan its domains, check
//! the plan and generate the migration bundle.
//! IO and argument parsing only; everything else comes from `pgcarve-core`.

mod check;
mod generate;
mod inspect;
mod plan;

use clap::{Parser, Subcommand};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pgcarve", version, about = "Carve a crowded PostgreSQL public schema into domain schemas")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read a dump: counts, and every problem with its file:line:col.
    /// Exit status: 0 read cleanly, 1 read with errors, 2 could not read the file.
    Inspect {
        /// The output of `pg_dump --schema-only` (`-` reads standard input).
        dump: PathBuf,
        /// Print one JSON object (documented in docs/json.md) instead of text.
        #[arg(long)]
        json: bool,
        /// Print each phase's time to standard error (`NAME MS ms`, then `total MS ms`).
        #[arg(long)]
        timings: bool,
    },
    /// Propose a domain schema for every table: print the plan JSON (docs/json.md).
    /// Exit status: 0 planned, 2 an input could not be read or a file is invalid.
    Plan {
        /// The output of `pg_dump --schema-only` (`-` reads standard input).
        dump: PathBuf,
        /// Use these domains (a domains file, docs/json.md) instead of discovering them.
        #[arg(long, value_name = "FILE")]
        domains: Option<PathBuf>,
        /// Write the plan to this file and a summary to standard error.
        #[arg(short, long, value_name = "PLAN.json")]
        output: Option<PathBuf>,
        /// Print the proposal's quality against a `{"table": "group"}` file (and the Louvain
        /// baseline's) instead of the plan.
        #[arg(long, value_name = "TRUTH.json")]
        score: Option<PathBuf>,
    },
    /// Check a plan before any SQL runs: what the move would leak or break (docs/checks.md).
    /// Exit status: 0 no error-level finding, 1 some, 2 an input could not be read.
    Check {
        /// The output of `pg_dump --schema-only` (`-` reads standard input).
        dump: PathBuf,
        /// The plan file (`pgcarve plan -o PLAN.json`, or the app's saved plan).
        #[arg(long, value_name = "PLAN.json")]
        plan: PathBuf,
        /// `text`: each finding with its dump line, like a compiler; `json`: `{"findings": [...]}`.
        #[arg(long, value_enum, default_value = "text")]
        format: check::Format,
    },
    /// Write the migration bundle of a plan: numbered forward files, verify.sql,
    /// rollback.sql, README.md and plan.json. Exit status: 0 written, 2 an input could not
    /// be read or the output could not be written.
    Generate {
        /// The output of `pg_dump --schema-only` (`-` reads standard input).
        dump: PathBuf,
        /// The plan (a plan file from `pgcarve plan -o`, docs/json.md).
        #[arg(long, value_name = "PLAN.json")]
        plan: PathBuf,
        /// The directory to write the bundle into (created when missing).
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Also (or instead) write the bundle as a ZIP file.
        #[arg(long, value_name = "FILE")]
        zip: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Inspect { dump, json, timings } => inspect::run(&dump, inspect::Options { json, timings }),
        Command::Plan { dump, domains, output, score } => plan::run(&dump, &plan::Options { domains, output, score }),
        Command::Check { dump, plan, format } => check::run(&dump, &check::Options { plan, format }),
        Command::Generate { dump, plan, output, zip } => generate::run(&dump, &generate::Options { plan, output, zip }),
    }
}

/// The bytes of a file, or of standard input for `-`.
pub fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(bytes)
}
