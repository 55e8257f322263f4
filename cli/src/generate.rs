//! `pgcarve generate DUMP --plan PLAN.json -o DIR [--zip FILE]`: run the checks of the
//! plan and write the migration bundle (numbered forward files, verify.sql, rollback.sql,
//! README.md, plan.json) into a directory, a ZIP file, or both.

use pgcarve_core::check::check;
use pgcarve_core::generate::{generate, Bundle};
use pgcarve_core::parse_bytes;
use pgcarve_core::plan::read_plan;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct Options {
    pub plan: PathBuf,
    pub output: Option<PathBuf>,
    pub zip: Option<PathBuf>,
}

/// Exit 0 when the bundle is written, 2 when an input cannot be read or the output
/// cannot be written (the reason on standard error).
pub fn run(dump: &Path, options: &Options) -> ExitCode {
    match write(dump, options) {
        Ok(summary) => {
            eprint!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            for line in message.lines() {
                eprintln!("pgcarve: {line}");
            }
            ExitCode::from(2)
        }
    }
}

fn write(dump: &Path, options: &Options) -> Result<String, String> {
    if options.output.is_none() && options.zip.is_none() {
        return Err("say where to write the bundle: -o DIR and/or --zip FILE".to_string());
    }
    let parsed = parse_bytes(&crate::read_input(dump)?);
    for diagnostic in &parsed.diagnostics {
        eprintln!("{}:{diagnostic}", dump.display());
    }
    let model = &parsed.model;
    if model.tables.is_empty() && parsed.diagnostics.iter().any(|d| d.severity == pgcarve_core::Severity::Error) {
        return Err(format!("{}: no table could be read, nothing to generate", dump.display()));
    }
    let text = std::fs::read_to_string(&options.plan)
        .map_err(|e| format!("--plan {}: cannot read: {e}", options.plan.display()))?;
    let plan = read_plan(&text, model).map_err(|e| {
        e.problems.iter().map(|p| format!("--plan {}: {p}", options.plan.display())).collect::<Vec<_>>().join("\n")
    })?;
    let findings = check(model, &plan);
    let bundle = generate(model, &plan, &findings);
    if let Some(dir) = &options.output {
        write_dir(dir, &bundle)?;
    }
    if let Some(path) = &options.zip {
        let files: Vec<(String, String)> = bundle.files.iter().map(|f| (f.name.clone(), f.content.clone())).collect();
        std::fs::write(path, pgcarve_core::generate::zip::archive("pgcarve-bundle", &files))
            .map_err(|e| format!("--zip {}: cannot write: {e}", path.display()))?;
    }
    let forward: Vec<&str> = bundle.forward().iter().map(|f| f.name.as_str()).collect();
    let target = options
        .output
        .iter()
        .chain(options.zip.iter())
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(" and ");
    Ok(format!(
        "wrote {} files ({} bytes) to {target}: apply {} in this order, then verify.sql; rollback.sql undoes it\n\
         {} finding(s): {} fixed by the bundle, {} left ({} error(s)); README.md lists them\n",
        bundle.files.len(),
        bundle.size(),
        forward.join(", "),
        findings.len(),
        bundle.fixed.len(),
        bundle.left,
        bundle.left_errors
    ))
}

/// Writes the bundle's files into `dir` (created when missing). Refuses a directory
/// holding other `.sql` files: applied in lexical order, they would run with the bundle.
fn write_dir(dir: &Path, bundle: &Bundle) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("-o {}: cannot create: {e}", dir.display()))?;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("-o {}: cannot read: {e}", dir.display()))?;
    let mut strangers: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".sql") && bundle.file(name).is_none())
        .collect();
    strangers.sort();
    if !strangers.is_empty() {
        return Err(format!(
            "-o {}: holds SQL files that are not part of this bundle ({}): remove them or choose an empty directory",
            dir.display(),
            strangers.join(", ")
        ));
    }
    for file in &bundle.files {
        let path = dir.join(&file.name);
        std::fs::write(&path, &file.content).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
