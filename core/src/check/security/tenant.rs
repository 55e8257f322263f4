//! Who the tenant is: the tenant root table, the tables that hold tenant data (and by
//! which column), and the function the dump's own policies compare that column with.
//! The checks and the generator (tenant-isolation policies) read the same answer.
//!
//! **The root.** `plan.options.tenant.root` when configured. Otherwise the table that the
//! most tables reference through a column with a tenant key name (`organization_id →
//! organizations`): that is what the schema itself says the tenant is. When no tenant
//! key column references anything (keys that name an outside identity, or a schema that
//! spells keys differently), the table named like a tenant (`organizations`, `orgs`,
//! `tenants`, `accounts`, `workspaces`, `companies`, `clinics`) that the most tables
//! reference, if at least [`MIN_NAMED_REFERRERS`] do. Ties go to the tenant-like name,
//! then to the first name in order. No candidate: no root.
//!
//! **Tenant data.** A table with a tenant key column: a column that references the root
//! (whatever its name: `owner_org`, `organization_id`), or a column with a tenant key
//! name (`plan.options.tenant.columns`, else [`KEY_COLUMNS`]) that does not reference
//! some *other* table (an `account_id` that points at `bank_accounts` is not a tenant
//! key). Not tenant data: the root itself (its rows are the tenants; who may see which
//! tenant is a policy on the root, not isolation by a key) and reference data (global
//! lists such as `countries` have no tenant key, so they never qualify).
//!
//! **The tenant function.** The zero-argument function the dump's policies compare a
//! tenant key with (`USING (organization_id = public.current_org_id())`), the most used
//! one when several are; the call is kept as the policies write it.

use crate::model::{ForeignKey, Model, QualifiedName, Table};
use crate::parse::lexer::{Lexer, TokenKind};
use crate::plan::tokens::tokens;
use crate::plan::TenantOptions;
use std::collections::{BTreeMap, BTreeSet};

/// Tenant key column names used when the plan configures none.
pub const KEY_COLUMNS: &[&str] = &[
    "organization_id",
    "organisation_id",
    "org_id",
    "tenant_id",
    "account_id",
    "workspace_id",
    "company_id",
    "clinic_id",
];

/// Singular name tokens of a tenant root table.
const ROOT_WORDS: &[&str] =
    &["organization", "organisation", "org", "tenant", "account", "workspace", "company", "clinic"];

/// A root found by its name alone needs this many referencing tables.
pub const MIN_NAMED_REFERRERS: usize = 2;

/// How the root was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootSource {
    Configured,
    /// Referenced by this many tables through tenant key columns.
    KeyColumns(usize),
    /// Named like a tenant and referenced by this many tables.
    Name(usize),
}

/// The tenant key of one table of tenant data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantKey {
    pub column: String,
    /// The column references the root (else it only has a tenant key name).
    pub references_root: bool,
}

/// Everything the checks know about the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    pub root: Option<(QualifiedName, RootSource)>,
    /// The tenant key column names in use (configured or built-in).
    pub key_names: Vec<String>,
    /// The tenant function call as the dump's policies write it (`public.current_org_id()`).
    pub function: Option<String>,
    keys: BTreeMap<QualifiedName, TenantKey>,
}

impl Tenant {
    /// The tenant key of `table` if it holds tenant data.
    pub fn key_of(&self, table: &QualifiedName) -> Option<&TenantKey> {
        self.keys.get(table)
    }

    /// The root's name, if there is one.
    pub fn root_name(&self) -> Option<&QualifiedName> {
        self.root.as_ref().map(|(name, _)| name)
    }

    /// `organization_id references public.organizations` / `tenant key name tenant_id`.
    pub fn describe(&self, key: &TenantKey) -> String {
        match (key.references_root, self.root_name()) {
            (true, Some(root)) => format!("{} references the tenant root {root}", key.column),
            _ => format!("{} is a tenant key column", key.column),
        }
    }
}

/// Detects the tenant of `model` as `options` configure it.
pub fn detect(model: &Model, options: &TenantOptions) -> Tenant {
    let key_names: Vec<String> = if options.columns.is_empty() {
        KEY_COLUMNS.iter().map(|c| c.to_string()).collect()
    } else {
        options.columns.clone()
    };
    let root = match &options.root {
        Some(root) => Some((root.clone(), RootSource::Configured)),
        None => detect_root(model, &key_names),
    };
    let root_name = root.as_ref().map(|(name, _)| name);
    let mut refs: BTreeMap<&QualifiedName, Vec<(&str, &QualifiedName)>> = BTreeMap::new();
    for (table, column, referenced) in column_refs(model) {
        refs.entry(table).or_default().push((column, referenced));
    }
    let keys = model
        .tables
        .iter()
        .filter(|t| Some(&t.name) != root_name)
        .filter_map(|t| {
            let refs = refs.get(&t.name).map(Vec::as_slice).unwrap_or_default();
            Some((t.name.clone(), key_of(t, refs, root_name, &key_names)?))
        })
        .collect();
    let mut tenant = Tenant { root, key_names, function: None, keys };
    tenant.function = tenant_function(model, &tenant);
    tenant
}

/// Single-column foreign keys: (table, column) → referenced table.
fn column_refs(model: &Model) -> impl Iterator<Item = (&QualifiedName, &str, &QualifiedName)> {
    model.foreign_keys.iter().filter_map(|fk: &ForeignKey| match fk.columns.as_slice() {
        [column] => Some((&fk.table, column.as_str(), &fk.ref_table)),
        _ => None,
    })
}

fn is_root_name(name: &QualifiedName) -> bool {
    tokens(&name.name).last().is_some_and(|w| ROOT_WORDS.contains(&w.as_str()))
}

fn detect_root(model: &Model, key_names: &[String]) -> Option<(QualifiedName, RootSource)> {
    let known: BTreeSet<&QualifiedName> = model.tables.iter().map(|t| &t.name).collect();
    let mut by_key: BTreeMap<&QualifiedName, BTreeSet<&QualifiedName>> = BTreeMap::new();
    let mut by_any: BTreeMap<&QualifiedName, BTreeSet<&QualifiedName>> = BTreeMap::new();
    for (table, column, referenced) in column_refs(model) {
        if table == referenced || !known.contains(referenced) {
            continue;
        }
        by_any.entry(referenced).or_default().insert(table);
        if key_names.iter().any(|k| k == column) {
            by_key.entry(referenced).or_default().insert(table);
        }
    }
    if let Some((n, _, name)) = best(&by_key, false) {
        return Some((name.clone(), RootSource::KeyColumns(n)));
    }
    best(&by_any, true)
        .filter(|(n, _, _)| *n >= MIN_NAMED_REFERRERS)
        .map(|(n, _, name)| (name.clone(), RootSource::Name(n)))
}

/// The most referenced table of `counts` (only tenant-like names when `named_only`):
/// most referrers, then a tenant-like name, then the first name.
fn best<'a>(counts: &BTreeMap<&'a QualifiedName, BTreeSet<&'a QualifiedName>>, named_only: bool) -> Option<(usize, bool, &'a QualifiedName)> {
    counts
        .iter()
        .filter(|(name, _)| !named_only || is_root_name(name))
        .map(|(name, referrers)| (referrers.len(), is_root_name(name), *name))
        .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| b.2.cmp(a.2)))
}

/// The tenant key of `table`: a column referencing the root (a tenant key name first),
/// else a tenant key name that references no other table.
/// `refs`: the table's single-column foreign keys, (column, referenced table).
fn key_of(table: &Table, refs: &[(&str, &QualifiedName)], root: Option<&QualifiedName>, key_names: &[String]) -> Option<TenantKey> {
    let named = |c: &str| key_names.iter().any(|k| k == c);
    let to_root = |c: &str| root.is_some_and(|root| refs.iter().any(|(col, r)| *col == c && *r == root));
    let elsewhere = |c: &str| refs.iter().any(|(col, r)| *col == c && Some(*r) != root);
    let columns = || table.columns.iter().map(|c| c.name.as_str());
    let pick = columns()
        .find(|c| named(c) && to_root(c))
        .or_else(|| columns().find(|c| to_root(c)))
        .or_else(|| columns().find(|c| named(c) && !elsewhere(c)))?;
    Some(TenantKey { column: pick.to_string(), references_root: to_root(pick) })
}

/// The zero-argument call most often compared with a tenant key in the dump's policies.
fn tenant_function(model: &Model, tenant: &Tenant) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for policy in &model.policies {
        let mut keys: Vec<&str> = tenant.key_names.iter().map(String::as_str).collect();
        if let Some(key) = tenant.key_of(&policy.table) {
            keys.push(&key.column);
        }
        for expression in [&policy.using, &policy.with_check].into_iter().flatten() {
            for call in compared_calls(expression, &keys) {
                *counts.entry(call).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).map(|(call, _)| call)
}

/// Zero-argument calls compared by `=` with one of `keys` in `expression`:
/// `org_id = public.current_org_id()` or `current_org_id() = org_id`.
pub fn compared_calls(expression: &str, keys: &[&str]) -> Vec<String> {
    let tokens: Vec<(TokenKind, &str)> =
        Lexer::new(expression).filter(|t| !t.kind.is_trivia()).map(|t| (t.kind, t.text(expression))).collect();
    let is_key = |i: usize| {
        matches!(tokens.get(i), Some((TokenKind::Word, w)) if keys.iter().any(|k| k.eq_ignore_ascii_case(w)))
            && tokens.get(i.wrapping_sub(1)).is_none_or(|(_, t)| *t != ".")
    };
    let mut calls = Vec::new();
    for (i, (_, text)) in tokens.iter().enumerate() {
        if *text != "=" {
            continue;
        }
        if is_key(i.wrapping_sub(1)) {
            if let Some(call) = call_at(&tokens, i + 1) {
                calls.push(call);
            }
        }
        if is_key(i + 1) {
            if let Some(call) = call_ending_at(&tokens, i.wrapping_sub(1)) {
                calls.push(call);
            }
        }
    }
    calls
}

/// `name()` or `schema.name()` starting at token `i`, not followed by more expression.
fn call_at(tokens: &[(TokenKind, &str)], i: usize) -> Option<String> {
    let word = |j: usize| matches!(tokens.get(j), Some((TokenKind::Word | TokenKind::QuotedIdent, _)));
    let text = |j: usize| tokens.get(j).map(|(_, t)| *t);
    let (name, next) = if word(i) && text(i + 1) == Some(".") && word(i + 2) {
        (format!("{}.{}", text(i)?, text(i + 2)?), i + 3)
    } else if word(i) {
        (text(i)?.to_string(), i + 1)
    } else {
        return None;
    };
    if text(next) != Some("(") || text(next + 1) != Some(")") {
        return None;
    }
    let after = text(next + 2);
    let ends = after.is_none_or(|t| t == ")" || t.eq_ignore_ascii_case("and") || t.eq_ignore_ascii_case("or"));
    ends.then(|| format!("{name}()"))
}

/// `name()` or `schema.name()` whose `)` is token `end`.
fn call_ending_at(tokens: &[(TokenKind, &str)], end: usize) -> Option<String> {
    let start = [end.checked_sub(4), end.checked_sub(2)].into_iter().flatten().find(|&s| {
        call_at_prefix(tokens, s).is_some_and(|len| s + len == end + 1)
            && (s == 0 || tokens.get(s - 1).is_some_and(|(_, t)| *t == "(" || t.eq_ignore_ascii_case("and") || t.eq_ignore_ascii_case("or")))
    })?;
    let text = |j: usize| tokens.get(j).map(|(_, t)| *t).unwrap_or_default();
    Some(if end - start == 4 { format!("{}.{}()", text(start), text(start + 2)) } else { format!("{}()", text(start)) })
}

/// The token length of a zero-argument call starting at `i`.
fn call_at_prefix(tokens: &[(TokenKind, &str)], i: usize) -> Option<usize> {
    let word = |j: usize| matches!(tokens.get(j), Some((TokenKind::Word | TokenKind::QuotedIdent, _)));
    let text = |j: usize| tokens.get(j).map(|(_, t)| *t);
    if word(i) && text(i + 1) == Some(".") && word(i + 2) && text(i + 3) == Some("(") && text(i + 4) == Some(")") {
        Some(5)
    } else if word(i) && text(i + 1) == Some("(") && text(i + 2) == Some(")") {
        Some(3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tenant(sql: &str, options: &TenantOptions) -> Tenant {
        detect(&crate::parse(sql).model, options)
    }

    fn keyed(t: &Tenant) -> Vec<String> {
        t.keys.iter().map(|(table, key)| format!("{}.{}{}", table.name, key.column, if key.references_root { "→root" } else { "" })).collect()
    }

    const SAAS: &str = "
CREATE TABLE public.countries (code text PRIMARY KEY, name text);
CREATE TABLE public.organizations (id uuid PRIMARY KEY, country text REFERENCES public.countries(code));
CREATE TABLE public.users (id uuid PRIMARY KEY, country text REFERENCES public.countries(code));
CREATE TABLE public.projects (id uuid PRIMARY KEY, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.invoices (id uuid PRIMARY KEY, owner_org uuid REFERENCES public.organizations(id));
CREATE TABLE public.bank_lines (id uuid PRIMARY KEY, account_id uuid REFERENCES public.users(id));
CREATE TABLE public.audit (id bigint, tenant_id uuid);
CREATE POLICY p ON public.projects USING ((organization_id = public.current_org_id()));
CREATE POLICY q ON public.invoices USING ((public.current_org_id() = owner_org) OR (auth.uid() = id));
";

    #[test]
    fn the_root_is_what_tenant_keys_reference() {
        let t = tenant(SAAS, &TenantOptions::default());
        assert_eq!(t.root, Some((QualifiedName::new("public", "organizations"), RootSource::KeyColumns(1))));
        // countries (reference data) and users have no tenant key; the root itself is not
        // tenant data; account_id pointing at users is not a tenant key.
        assert_eq!(keyed(&t), ["audit.tenant_id", "invoices.owner_org→root", "projects.organization_id→root"]);
        assert_eq!(t.function.as_deref(), Some("public.current_org_id()"));
    }

    #[test]
    fn configured_root_and_columns_win() {
        let options = TenantOptions { root: Some(QualifiedName::new("public", "users")), columns: vec!["account_id".into()] };
        let t = tenant(SAAS, &options);
        assert_eq!(t.root, Some((QualifiedName::new("public", "users"), RootSource::Configured)));
        assert_eq!(keyed(&t), ["bank_lines.account_id→root"]);
    }

    #[test]
    fn a_root_found_by_name_needs_referrers() {
        let sql = "
CREATE TABLE public.workspaces (id int PRIMARY KEY);
CREATE TABLE public.boards (id int PRIMARY KEY, ws int REFERENCES public.workspaces(id));
CREATE TABLE public.cards (id int PRIMARY KEY, ws int REFERENCES public.workspaces(id));
";
        let t = tenant(sql, &TenantOptions::default());
        assert_eq!(t.root, Some((QualifiedName::new("public", "workspaces"), RootSource::Name(2))));
        assert_eq!(keyed(&t), ["boards.ws→root", "cards.ws→root"]);
        let one = tenant(&sql.replace("CREATE TABLE public.cards", "CREATE TABLE public.cards_x"), &TenantOptions::default());
        assert_eq!(one.root.map(|r| r.1), Some(RootSource::Name(2)), "cards_x still references it");
        let lone = tenant("CREATE TABLE public.accounts (id int PRIMARY KEY); CREATE TABLE public.t (a int REFERENCES public.accounts(id));", &TenantOptions::default());
        assert_eq!(lone.root, None);
        assert!(keyed(&lone).is_empty());
    }

    #[test]
    fn calls_compared_with_keys() {
        let keys = ["org_id"];
        assert_eq!(compared_calls("(org_id = current_org())", &keys), ["current_org()"]);
        assert_eq!(compared_calls("((a.org_id = x.f()) AND (public.g() = org_id))", &keys), ["public.g()"]);
        assert!(compared_calls("(org_id = ((auth.jwt() ->> 'org'))::uuid)", &keys).is_empty());
        assert!(compared_calls("(org_id = f(1))", &keys).is_empty());
        assert!(compared_calls("(other = f())", &keys).is_empty());
    }
}
