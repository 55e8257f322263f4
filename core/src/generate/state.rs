//! The bundle's own schema, `pgcarve`: what preflight records (tables with their row
//! counts and content hashes, orphaned rows foreign keys already had (NOT VALID ones), the privileges of every relation and schema, the files
//! applied, the roles and schemas the bundle created) and the helper routines the other
//! files call. Created by `000_preflight.sql`, dropped by the end of `rollback.sql` (or
//! by hand with `DROP SCHEMA pgcarve CASCADE` once the migration is accepted).

/// The state tables and helper routines (a fixed text: no input goes into it).
pub const CREATE: &str = r#"CREATE SCHEMA pgcarve;

COMMENT ON SCHEMA pgcarve IS 'pgcarve migration state: recorded by 000_preflight.sql, read by verify.sql and rollback.sql. Drop it once the migration is accepted.';

CREATE TABLE pgcarve.tables (
    relid oid PRIMARY KEY,
    schema_name name NOT NULL,
    table_name name NOT NULL,
    target_schema name NOT NULL,
    moves boolean NOT NULL,
    tenant boolean NOT NULL,
    row_count bigint,
    content_hash text
);

CREATE TABLE pgcarve.orphans_before (
    constraint_id oid PRIMARY KEY,
    orphans bigint NOT NULL
);

CREATE TABLE pgcarve.acls (
    kind "char" NOT NULL,
    objid oid NOT NULL,
    owner oid NOT NULL,
    acl aclitem[],
    PRIMARY KEY (kind, objid)
);

CREATE TABLE pgcarve.created (
    kind text NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (kind, name)
);

CREATE TABLE pgcarve.bodies (
    fn oid PRIMARY KEY,
    prosrc text NOT NULL
);

CREATE TABLE pgcarve.applied (
    file text PRIMARY KEY,
    at timestamp with time zone NOT NULL DEFAULT now()
);

-- Row count and content hash of a table: the sums of two 60-bit slices of each row's
-- md5 (its text form). Independent of row order, so one pass without a sort, in constant
-- memory, whatever the table's size; a changed, missing or extra row changes it. ONLY the
-- table's own rows: partitions and inheriting tables are recorded on their own.
CREATE FUNCTION pgcarve.content(rel regclass, OUT row_count bigint, OUT content_hash text)
    LANGUAGE plpgsql STABLE AS $body$
BEGIN
    EXECUTE format(
        'SELECT count(*), coalesce(sum((''x'' || substr(h, 1, 15))::bit(60)::bigint), 0) || '':'' '
        '|| coalesce(sum((''x'' || substr(h, 16, 15))::bit(60)::bigint), 0) '
        'FROM (SELECT md5(ROW(r.*)::text) AS h FROM ONLY %s AS r) AS rows', rel)
        INTO row_count, content_hash;
END
$body$;

-- Rows of every foreign key (validated or NOT VALID) whose referenced row is missing.
CREATE FUNCTION pgcarve.orphans()
    RETURNS TABLE (constraint_id oid, constraint_name name, table_name text, orphans bigint)
    LANGUAGE plpgsql STABLE AS $body$
DECLARE
    fk record;
    present text;
    matches text;
BEGIN
    FOR fk IN
        SELECT con.oid, con.conname, con.conrelid::regclass AS child, con.confrelid::regclass AS parent, con.conkey, con.confkey
        FROM pg_constraint con
        JOIN pg_namespace n ON n.oid = con.connamespace
        WHERE con.contype = 'f' AND con.conparentid = 0
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
        ORDER BY 1, 2
    LOOP
        SELECT string_agg(format('c.%I IS NOT NULL', a.attname), ' AND ' ORDER BY k.i),
               string_agg(format('p.%I = c.%I', pa.attname, a.attname), ' AND ' ORDER BY k.i)
          INTO present, matches
          FROM unnest(fk.conkey, fk.confkey) WITH ORDINALITY AS k(child_column, parent_column, i)
          JOIN pg_attribute a ON a.attrelid = fk.child AND a.attnum = k.child_column
          JOIN pg_attribute pa ON pa.attrelid = fk.parent AND pa.attnum = k.parent_column;
        constraint_id := fk.oid;
        constraint_name := fk.conname;
        table_name := fk.child::text;
        EXECUTE format('SELECT count(*) FROM %s AS c WHERE %s AND NOT EXISTS (SELECT FROM %s AS p WHERE %s)',
                       fk.child, present, fk.parent, matches)
            INTO orphans;
        IF orphans > 0 THEN
            RETURN NEXT;
        END IF;
    END LOOP;
END
$body$;

CREATE PROCEDURE pgcarve.record_acls()
    LANGUAGE sql AS $body$
INSERT INTO pgcarve.acls (kind, objid, owner, acl)
SELECT 'r', c.oid, c.relowner, c.relacl
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgcarve') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'n', n.oid, n.nspowner, n.nspacl
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgcarve') AND n.nspname NOT LIKE 'pg\_%'
$body$;

-- The compatibility view `target` of the moved table `source`: the table's owner, its
-- grants (table and column privileges), and USAGE on the table's new schema for every
-- role granted on it (a security_invoker view checks the caller's access to the table).
CREATE PROCEDURE pgcarve.copy_grants(source regclass, target regclass)
    LANGUAGE plpgsql AS $body$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT DISTINCT a.grantee, quote_ident(n.nspname) AS schema_name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
             LATERAL (SELECT x.grantee FROM aclexplode(c.relacl) x
                      UNION ALL
                      SELECT x.grantee FROM pg_attribute at, aclexplode(at.attacl) x
                      WHERE at.attrelid = c.oid AND at.attnum > 0 AND NOT at.attisdropped) a
        WHERE c.oid = source AND a.grantee <> c.relowner
        ORDER BY 1
    LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %s TO %s', g.schema_name,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
    EXECUTE format('ALTER VIEW %s OWNER TO %I', target,
                   (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = source));
    FOR g IN
        SELECT a.grantee, a.privilege_type, a.is_grantable
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = source AND a.grantee <> c.relowner
        ORDER BY 1, 2
    LOOP
        EXECUTE format('GRANT %s ON %s TO %s%s', g.privilege_type, target,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
                       CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
    FOR g IN
        SELECT at.attname, a.grantee, a.privilege_type, a.is_grantable
        FROM pg_attribute at, aclexplode(at.attacl) a
        WHERE at.attrelid = source AND at.attnum > 0 AND NOT at.attisdropped
          AND a.grantee <> (SELECT relowner FROM pg_class WHERE oid = source)
        ORDER BY 1, 2, 3
    LOOP
        EXECUTE format('GRANT %s (%I) ON %s TO %s%s', g.privilege_type, g.attname, target,
                       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END,
                       CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
END
$body$;

-- Function bodies the bundle rewrote, back as they were: the function's definition with
-- the current body replaced by the recorded one, run again.
CREATE PROCEDURE pgcarve.restore_bodies()
    LANGUAGE plpgsql AS $body$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT b.fn, b.prosrc AS original, p.prosrc AS now
        FROM pgcarve.bodies b JOIN pg_proc p ON p.oid = b.fn
        WHERE p.prosrc <> b.prosrc
        ORDER BY b.fn
    LOOP
        EXECUTE replace(pg_get_functiondef(r.fn), r.now, r.original);
    END LOOP;
END
$body$;

CREATE PROCEDURE pgcarve.restore_acls()
    LANGUAGE plpgsql AS $body$
DECLARE
    r record;
    g record;
    what text;
BEGIN
    FOR r IN
        SELECT s.kind, s.objid, s.owner, s.acl,
               CASE s.kind WHEN 'n' THEN (SELECT nspacl FROM pg_namespace WHERE oid = s.objid)
                           ELSE (SELECT relacl FROM pg_class WHERE oid = s.objid) END AS now,
               CASE s.kind WHEN 'n' THEN 'SCHEMA ' || (SELECT quote_ident(nspname) FROM pg_namespace WHERE oid = s.objid)
                           WHEN 'r' THEN (SELECT CASE relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || oid::regclass::text
                                          FROM pg_class WHERE oid = s.objid) END AS object,
               CASE s.kind WHEN 'n' THEN 'n'
                           ELSE (SELECT CASE relkind WHEN 'S' THEN 's' ELSE 'r' END FROM pg_class WHERE oid = s.objid) END AS acl_kind
        FROM pgcarve.acls s
    LOOP
        CONTINUE WHEN r.object IS NULL;
        FOR g IN
            (SELECT a.grantee, a.privilege_type, a.is_grantable, 'REVOKE' AS action
               FROM aclexplode(coalesce(r.now, acldefault(r.acl_kind::"char", r.owner))) a
             EXCEPT
             SELECT a.grantee, a.privilege_type, a.is_grantable, 'REVOKE'
               FROM aclexplode(coalesce(r.acl, acldefault(r.acl_kind::"char", r.owner))) a)
            UNION ALL
            (SELECT a.grantee, a.privilege_type, a.is_grantable, 'GRANT'
               FROM aclexplode(coalesce(r.acl, acldefault(r.acl_kind::"char", r.owner))) a
             EXCEPT
             SELECT a.grantee, a.privilege_type, a.is_grantable, 'GRANT'
               FROM aclexplode(coalesce(r.now, acldefault(r.acl_kind::"char", r.owner))) a)
            ORDER BY 4 DESC, 1, 2
        LOOP
            what := CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END;
            IF g.action = 'REVOKE' THEN
                EXECUTE format('REVOKE %s ON %s FROM %s CASCADE', g.privilege_type, r.object, what);
            ELSE
                EXECUTE format('GRANT %s ON %s TO %s%s', g.privilege_type, r.object, what,
                               CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
            END IF;
        END LOOP;
    END LOOP;
END
$body$;
"#;
