//! `010_roles_and_schemas.sql`: the roles `app_read` and `app_write` (created only when
//! missing), the new schemas (created only when missing) with `USAGE` for both roles and
//! default privileges as the seeds set them (`SELECT` for `app_read`; `SELECT`, `INSERT`,
//! `UPDATE`, `DELETE` and sequence use for `app_write`), and the tenant function when the
//! isolation policies need one the dump does not have; then the pinned `search_path` of
//! functions whose bodies name moved tables. What it creates is recorded in
//! `pgcarve.created`, so that `rollback.sql` drops exactly that.

use super::migration::{Migration, TenantFunction, READ_ROLE, ROLES_AND_SCHEMAS, TENANT_SETTING, WRITE_ROLE};
use super::quote::{dollar, dollar_tag, ident, literal};
use super::sql::{header, settings};
use std::fmt::Write;

pub fn render(m: &Migration) -> String {
    let mut out = header(
        ROLES_AND_SCHEMAS,
        "Creates the roles app_read and app_write when missing, the domain schemas with their \
         grants and default privileges, and the tenant function when one is needed. Takes no \
         lock on existing tables.",
    );
    out.push_str(&settings());
    out.push_str(&super::domain::guard(ROLES_AND_SCHEMAS, Some(super::migration::PREFLIGHT)));
    out.push_str("BEGIN;\n\n");
    out.push_str(&roles());
    let (read, write) = (ident(READ_ROLE), ident(WRITE_ROLE));
    for schema in &m.schemas {
        let s = ident(schema);
        let body = format!(
            "
BEGIN
    IF to_regnamespace({quoted}) IS NULL THEN
        CREATE SCHEMA {s};
        INSERT INTO pgcarve.created (kind, name) VALUES ('schema', {lit});
        ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {read};
        ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {write};
        ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {write};
    END IF;
END
",
            lit = literal(schema),
            quoted = literal(&s),
        );
        let _ = writeln!(out, "DO {};\n", dollar(&body));
        let _ = writeln!(out, "GRANT USAGE ON SCHEMA {s} TO {read}, {write};\n");
    }
    if let Some(TenantFunction { create: Some(data_type), .. }) = &m.tenant_function {
        out.push_str(&tenant_function(data_type));
    }
    out.push_str(&super::domain::pins(&m.pins));
    let _ = writeln!(out, "INSERT INTO pgcarve.applied (file) VALUES ({});\n", literal(ROLES_AND_SCHEMAS));
    out.push_str("COMMIT;\n");
    out
}

fn roles() -> String {
    let mut body = String::from("\nBEGIN\n");
    for role in [READ_ROLE, WRITE_ROLE] {
        let _ = write!(
            body,
            "    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {lit}) THEN
        CREATE ROLE {r} NOLOGIN;
        INSERT INTO pgcarve.created (kind, name) VALUES ('role', {lit});
    END IF;
",
            lit = literal(role),
            r = ident(role),
        );
    }
    body.push_str("END\n");
    format!("DO {};\n\n", dollar(&body))
}

/// `public.current_org_id()`, as the seeds describe it: the tenant the request set with
/// `SET app.current_org_id`, NULL when none is set (so isolation policies fail closed).
fn tenant_function(data_type: &str) -> String {
    let inner_body = format!(
        "\n    SELECT nullif(current_setting({}, true), '')::{data_type}\n",
        literal(TENANT_SETTING)
    );
    let inner_tag = dollar_tag(&inner_body, "fn");
    let create = format!(
        "        CREATE FUNCTION public.current_org_id() RETURNS {data_type}\n            LANGUAGE sql STABLE AS {inner_tag}{inner_body}{inner_tag};\n"
    );
    let body = format!(
        "
BEGIN
    IF to_regprocedure('public.current_org_id()') IS NULL THEN
{create}        COMMENT ON FUNCTION public.current_org_id() IS {comment};
        INSERT INTO pgcarve.created (kind, name) VALUES ('function', 'public.current_org_id()');
    END IF;
END
",
        comment = literal(&format!(
            "Tenant of the current request (SET {TENANT_SETTING} = ...); NULL when none is set. Created by pgcarve for tenant-isolation policies."
        )),
    );
    let tag = dollar_tag(&body, "pgcarve");
    format!("DO {tag}{body}{tag};\n\n")
}
