//! `pgcarve`: read a `pg_dump --schema-only` file and report on it. IO and argument
//! parsing only; everything else comes from `pgcarve-core`.

mod inspect;

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
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Inspect { dump, json, timings } => inspect::run(&dump, inspect::Options { json, timings }),
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
