//! The built-in domain vocabulary: domain names and the name tokens (singular) that point
//! at them, drawn from the YardPass plan and common SaaS, e-commerce, booking and
//! identity schemas; and how a table's tokens score against any vocabulary.

use super::config::DomainSpec;
use super::tokens::singular;
use std::collections::BTreeMap;

const BUILTIN: &[(&str, &[&str])] = &[
    ("ref", &["country", "currency", "industry", "timezone", "language", "region", "locale", "category",
        "type", "unit", "accessibility", "feature", "fx", "rate", "interest", "tag", "lookup", "code",
        "status", "kind", "genre"]),
    ("users", &["user", "profile", "follow", "follower", "block", "consent", "device", "badge", "saved",
        "verification", "preference_user", "person", "people", "member_profile", "customer_profile"]),
    ("auth", &["auth", "identity", "session_token", "refresh", "token", "password", "mfa", "otp",
        "oauth", "sso", "saml", "login", "credential", "webauthn", "factor", "challenge"]),
    ("organizations", &["org", "organization", "organisation", "tenant", "workspace", "team", "membership",
        "invitation", "domain", "api", "key", "account", "role"]),
    ("events", &["event", "post", "comment", "reaction", "venue", "speaker", "host", "announcement",
        "faq", "poll", "vote", "guide", "series", "media", "session", "link", "translation", "report"]),
    ("ticketing", &["ticket", "tier", "order", "checkout", "seat", "section", "checkin", "scan", "scanner",
        "attendee", "guest", "waitlist", "promo", "bundle", "addon", "hold", "transfer", "redemption",
        "booking", "reservation"]),
    ("sponsorship", &["sponsor", "sponsorship", "package", "benefit", "deliverable", "proof", "proposal",
        "escrow", "contract", "match", "brand"]),
    ("campaigns", &["campaign", "ad", "creative", "placement", "segment", "audience", "targeting",
        "referral", "utm", "promotion", "coupon", "conversion", "frequency", "spend"]),
    ("payments", &["payment", "invoice", "billing", "refund", "payout", "wallet", "transaction", "ledger",
        "stripe", "charge", "subscription", "price", "plan", "fee", "tax", "dispute", "credit", "lot",
        "intent", "line", "entry"]),
    ("messaging", &["message", "notification", "conversation", "participant", "email", "sms", "push",
        "template", "suppression", "chat", "inbox", "mail"]),
    ("analytics", &["analytics", "impression", "metric", "daily", "insight", "funnel", "view", "page",
        "search", "query", "share", "stat", "statistic", "performance", "click", "tracking"]),
    ("ml", &["ml", "embedding", "model", "prediction", "training", "run", "recommendation", "vector",
        "feature_ml"]),
    ("storage", &["storage", "bucket", "object", "file", "upload", "attachment", "blob", "image", "photo",
        "asset", "multipart"]),
    ("content", &["article", "page_content", "blog", "cms", "document", "content", "revision", "wiki"]),
    ("catalog", &["product", "catalog", "sku", "variant", "collection", "illustration", "description"]),
    ("inventory", &["inventory", "stock", "warehouse", "location", "shipment", "shipping", "supplier",
        "vendor", "purchase"]),
    ("hr", &["employee", "department", "shift", "payroll", "candidate", "job_candidate", "salary"]),
    ("public", &["config", "setting_app", "audit", "log", "job", "webhook", "delivery", "outbox",
        "idempotency", "limit", "migration", "flag", "override", "background", "cron", "queue"]),
];

/// Role keywords: the table's role outweighs its subject (`event_impressions` is
/// analytics, `user_embeddings` is ml, `event_categories` is reference data).
const STRONG: &[&str] = &["type", "impression", "metric", "daily", "insight", "embedding", "prediction",
    "category", "currency", "country", "timezone", "analytics", "funnel", "webhook", "idempotency",
    "outbox", "migration", "flag", "notification", "message", "invoice", "payment", "refund",
    "payout", "recommendation", "training", "stripe"];

/// The built-in vocabulary, in a fixed order.
pub fn builtin() -> Vec<DomainSpec> {
    BUILTIN
        .iter()
        .map(|(name, words)| DomainSpec {
            name: (*name).to_string(),
            keywords: words.iter().map(|w| (*w).to_string()).collect(),
        })
        .collect()
}

/// How strongly a table's tokens point at each domain (keywords are compared in their
/// singular form, as tokens are): each token that is a keyword of
/// a domain adds its weight (2 for a role keyword, 1 otherwise; the first token counts
/// 1.5×, it names the subject). Also the keyword that decided. Empty when none matched.
pub fn match_domains(tokens: &[String], vocabulary: &[DomainSpec]) -> BTreeMap<String, (f64, String)> {
    let mut scores: BTreeMap<String, (f64, String)> = BTreeMap::new();
    for (position, token) in tokens.iter().enumerate() {
        let base = if STRONG.iter().any(|k| singular(k) == *token) { 2.0 } else { 1.0 };
        let weight = if position == 0 { base * 1.5 } else { base };
        for spec in vocabulary {
            if spec.keywords.iter().any(|k| singular(&k.to_lowercase()) == *token) {
                let entry = scores.entry(spec.name.clone()).or_insert((0.0, String::new()));
                if weight > entry.0 || entry.1.is_empty() {
                    entry.1 = token.clone();
                }
                entry.0 += weight;
            }
        }
    }
    scores
}

/// The best domain of a match (highest score, then name), if any.
pub fn best(scores: &BTreeMap<String, (f64, String)>) -> Option<(&str, f64, &str)> {
    let mut best: Option<(&str, f64, &str)> = None;
    for (name, (score, keyword)) in scores {
        if best.is_none_or(|(_, s, _)| *score > s) {
            best = Some((name.as_str(), *score, keyword.as_str()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    fn domain(name: &str) -> Option<String> {
        best(&match_domains(&tokens(name), &builtin())).map(|(d, _, _)| d.to_string())
    }

    #[test]
    fn role_keywords_beat_subjects() {
        assert_eq!(domain("event_impressions").as_deref(), Some("analytics"));
        assert_eq!(domain("user_embeddings").as_deref(), Some("ml"));
        assert_eq!(domain("event_categories").as_deref(), Some("ref"));
        assert_eq!(domain("ticket_analytics").as_deref(), Some("analytics"));
        assert_eq!(domain("venue_types").as_deref(), Some("ref"));
    }

    #[test]
    fn subjects_win_otherwise() {
        assert_eq!(domain("org_wallets").as_deref(), Some("organizations"));
        assert_eq!(domain("ticket_tiers").as_deref(), Some("ticketing"));
        assert_eq!(domain("xyzzy"), None);
    }
}
