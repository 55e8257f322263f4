//! A throwaway PostgreSQL 15 cluster for tests: `initdb` into a fresh temp dir (as the
//! `postgres` user when we are root, since PostgreSQL refuses to run as root), listening
//! only on a unix socket in that dir, on a random port. Dropping the [`Cluster`] stops the
//! server and deletes the dir, also when a test panics.
//!
//! Server binaries come from `PGCARVE_PG_BIN` or `/usr/lib/postgresql/15/bin`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

const DEFAULT_BIN: &str = "/usr/lib/postgresql/15/bin";

/// A running throwaway cluster. Connect as the superuser `postgres`.
pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl Cluster {
    /// initdb and start a new cluster. The error says what is missing.
    pub fn start() -> Result<Cluster, String> {
        let bin = PathBuf::from(std::env::var("PGCARVE_PG_BIN").unwrap_or_else(|_| DEFAULT_BIN.into()));
        if !bin.join("initdb").exists() {
            return Err(format!(
                "PostgreSQL 15 server binaries not found in {}: install Debian's postgresql-15 \
                 (`apt-get install -y postgresql-15`) or set PGCARVE_PG_BIN",
                bin.display()
            ));
        }
        let as_postgres = is_root();
        let dir = unique_temp_dir();
        std::fs::create_dir_all(dir.join("sock")).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        let port = random_port();
        let cluster = Cluster { dir, bin, port, as_postgres };
        if as_postgres {
            run(Command::new("chown").arg("-R").arg("postgres:postgres").arg(&cluster.dir))?;
        }
        let data = cluster.dir.join("data");
        run(cluster
            .server_command("initdb")
            .args(["--auth=trust", "--username=postgres", "--encoding=UTF8", "--locale=C.UTF-8", "-D"])
            .arg(&data))?;
        let options = format!("-c listen_addresses='' -k {} -p {} -c fsync=off", cluster.socket_dir().display(), port);
        let started = run(cluster
            .server_command("pg_ctl")
            .args(["-w", "-D"])
            .arg(&data)
            .arg("-l")
            .arg(cluster.dir.join("server.log"))
            .args(["-o", &options, "start"]));
        if let Err(e) = started {
            let log = std::fs::read_to_string(cluster.dir.join("server.log")).unwrap_or_default();
            return Err(format!("{e}\nserver log:\n{log}"));
        }
        Ok(cluster)
    }

    pub fn socket_dir(&self) -> PathBuf {
        self.dir.join("sock")
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `createdb NAME`.
    pub fn create_database(&self, name: &str) -> Result<(), String> {
        self.psql("postgres", &format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\"")))
            .map(drop)
    }

    /// Run SQL with `psql -X -v ON_ERROR_STOP=1 -At`; returns what it printed.
    pub fn psql(&self, database: &str, sql: &str) -> Result<String, String> {
        output_text(run(self.client_command("psql", database).args(["-At", "-c", sql]))?)
    }

    /// Run a file of SQL with `psql -X -v ON_ERROR_STOP=1 -q -f FILE`.
    pub fn psql_file(&self, database: &str, file: &Path) -> Result<String, String> {
        output_text(run(self.client_command("psql", database).arg("-q").arg("-f").arg(file))?)
    }

    /// `pg_dump --schema-only` of a database.
    pub fn dump_schema(&self, database: &str) -> Result<String, String> {
        output_text(run(self.client_command("pg_dump", database).arg("--schema-only"))?)
    }

    fn client_command(&self, program: &str, database: &str) -> Command {
        let mut command = Command::new(self.bin.join(program));
        command
            .arg("-h")
            .arg(self.socket_dir())
            .args(["-p", &self.port.to_string(), "-U", "postgres", "-d", database]);
        if program == "psql" {
            command.args(["-X", "-v", "ON_ERROR_STOP=1"]);
        }
        command.env("PGCONNECT_TIMEOUT", "10");
        command
    }

    fn server_command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(path);
            command
        } else {
            Command::new(path)
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        if data.join("postmaster.pid").exists() {
            let _ = self.server_command("pg_ctl").args(["-w", "-m", "immediate", "-D"]).arg(&data).arg("stop").output();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run(command: &mut Command) -> Result<Output, String> {
    let shown = format!("{command:?}");
    let output = command.output().map_err(|e| format!("could not run {shown}: {e}"))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{shown} failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

fn output_text(output: Output) -> Result<String, String> {
    String::from_utf8(output.stdout).map_err(|e| format!("non-UTF-8 output: {e}"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn nanos() -> u32 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0)
}

fn unique_temp_dir() -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("pgcarve-pg-{}-{n}-{}", std::process::id(), nanos() % 100_000))
}

/// A port number in 20000..60000. Only the socket file name depends on it (no TCP).
fn random_port() -> u16 {
    let mix = nanos() ^ std::process::id().wrapping_mul(2_654_435_761);
    20_000 + (mix % 40_000) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_runs_sql_and_cleans_up() {
        let cluster = Cluster::start().expect("start cluster");
        let dir = cluster.dir.clone();
        cluster.create_database("demo db").unwrap();
        cluster.psql("demo db", "CREATE TABLE \"T\" (a int); INSERT INTO \"T\" VALUES (1), (2)").unwrap();
        assert_eq!(cluster.psql("demo db", "SELECT count(*) FROM \"T\"").unwrap().trim(), "2");
        assert!(cluster.dump_schema("demo db").unwrap().contains("CREATE TABLE public.\"T\""));
        let error = cluster.psql("demo db", "SELECT * FROM missing").unwrap_err();
        assert!(error.contains("does not exist"), "{error}");
        drop(cluster);
        assert!(!dir.exists(), "the cluster's dir is removed");
    }
}
