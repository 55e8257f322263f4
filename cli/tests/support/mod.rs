//! What the CLI's end-to-end tests share: running the `pgcarve` binary, scratch
//! directories under cargo's test scratch space, and output as text.
#![allow(dead_code)] // each test file uses a part of it

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `pgcarve ARGS` in the current directory, with `stdin` as its standard input.
pub fn pgcarve(args: &[&str], stdin: &str) -> Output {
    run(None, args, stdin)
}

/// `pgcarve ARGS` run in `dir`, with empty standard input.
pub fn pgcarve_in(dir: &Path, args: &[&str]) -> Output {
    run(Some(dir), args, "")
}

fn run(dir: Option<&Path>, args: &[&str], stdin: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pgcarve"));
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pgcarve");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("pgcarve output")
}

/// A fresh directory `group/test` under cargo's test scratch space, holding `files`.
pub fn scratch_dir(group: &str, test: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(group).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write scratch file");
    }
    dir
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
