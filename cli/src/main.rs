//! `pgcarve`: read a `pg_dump --schema-only` file and report on it. IO and argument
//! parsing only; everything else comes from `pgcarve-core`.

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
    /// Count what a dump defines and report what could not be read.
    Inspect {
        /// The output of `pg_dump --schema-only` (`-` reads standard input).
        dump: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Inspect { dump, json } => inspect(&dump, json),
    }
}

fn inspect(path: &Path, json: bool) -> ExitCode {
    let src = match read_input(path) {
        Ok(src) => src,
        Err(message) => {
            eprintln!("pgcarve: {message}");
            return ExitCode::from(2);
        }
    };
    let inventory = pgcarve_core::inventory(&src);
    if json {
        match serde_json::to_string_pretty(&inventory) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("pgcarve: could not write JSON: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        println!(
            "{} statements, {} tables, {} views, {} materialized views, {} functions",
            inventory.statements, inventory.tables, inventory.views, inventory.materialized_views, inventory.functions
        );
        for diagnostic in &inventory.diagnostics {
            println!("{}:{diagnostic}", path.display());
        }
    }
    ExitCode::SUCCESS
}

fn read_input(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (first bad byte at offset {}); dump with `pg_dump --encoding=UTF8`",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}
