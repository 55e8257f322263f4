-- =============================================================================
-- YardPass — event-ticketing SaaS — database BEFORE the domain-schema migration
-- =============================================================================
--
-- Hand-written demo DDL for pgcarve.  Everything lives in schema `public`
-- (the "crowded public schema" the migration plan wants to split into
-- ref, users, organizations, events, ticketing, sponsorship, campaigns,
-- payments, analytics, messaging, ml and a slim public compatibility layer).
--
-- Requires only stock PostgreSQL 15 (no extensions).  Load roles.sql first
-- (anon / authenticated / service_role), then this file.
--
-- The intended target domain of every table is recorded in
-- yardpass.domains.json; the DDL below is grouped by that domain.
-- =============================================================================

SET client_min_messages = warning;
SET search_path = public;

-- -----------------------------------------------------------------------------
-- Enumerated types (state machines and small vocabularies)
-- -----------------------------------------------------------------------------

CREATE TYPE escrow_state AS ENUM ('pending', 'funded', 'locked', 'released', 'refunded', 'disputed');
CREATE TYPE ticket_status AS ENUM ('issued', 'redeemed', 'transferred', 'refunded', 'cancelled');
CREATE TYPE proposal_status AS ENUM ('draft', 'sent', 'viewed', 'counter_offer', 'accepted', 'rejected', 'expired');
CREATE TYPE campaign_status AS ENUM ('draft', 'pending_review', 'scheduled', 'active', 'paused', 'completed', 'archived', 'rejected');
CREATE TYPE order_status AS ENUM ('pending', 'awaiting_payment', 'paid', 'partially_refunded', 'refunded', 'cancelled', 'failed');
CREATE TYPE event_status AS ENUM ('draft', 'published', 'cancelled', 'postponed', 'completed');
CREATE TYPE event_visibility AS ENUM ('public', 'unlisted', 'private');
CREATE TYPE org_role AS ENUM ('owner', 'admin', 'editor', 'scanner', 'viewer');
CREATE TYPE deliverable_status AS ENUM ('pending', 'in_progress', 'submitted', 'approved', 'rejected', 'waived');
CREATE TYPE refund_status AS ENUM ('requested', 'approved', 'processing', 'succeeded', 'failed', 'denied');
CREATE TYPE payout_status AS ENUM ('pending', 'in_transit', 'paid', 'failed', 'cancelled');
CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');
CREATE TYPE wallet_txn_type AS ENUM ('deposit', 'withdrawal', 'purchase', 'refund', 'ad_spend', 'credit_grant', 'credit_expiry', 'adjustment', 'payout');
CREATE TYPE notification_channel AS ENUM ('in_app', 'email', 'push', 'sms');
CREATE TYPE message_job_status AS ENUM ('draft', 'scheduled', 'sending', 'sent', 'failed', 'cancelled');

-- -----------------------------------------------------------------------------
-- Stand-alone sequences
-- -----------------------------------------------------------------------------

CREATE SEQUENCE invoice_number_seq START WITH 100001 INCREMENT BY 1 NO CYCLE;
CREATE SEQUENCE order_number_seq START WITH 1000000 INCREMENT BY 1 CACHE 20;

-- -----------------------------------------------------------------------------
-- Helper functions used by defaults, RLS policies and triggers
-- (functions that read tables are defined after the tables, further below)
-- -----------------------------------------------------------------------------

CREATE FUNCTION current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$
    SELECT nullif(current_setting('app.current_org_id', true), '')::uuid
$$;

COMMENT ON FUNCTION current_org_id() IS 'Tenant of the current request (set by the API gateway via SET app.current_org_id). Used by RLS policies.';

CREATE FUNCTION current_user_id() RETURNS uuid
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
    )::uuid
$$;

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;


-- =============================================================================
-- ref — global reference data
-- =============================================================================

CREATE TABLE currencies (
    code        char(3) PRIMARY KEY CHECK (code ~ '^[A-Z]{3}$'),
    name        text NOT NULL,
    symbol      text,
    minor_units smallint NOT NULL DEFAULT 2 CHECK (minor_units BETWEEN 0 AND 4),
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE countries (
    code             char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    iso3             char(3) NOT NULL UNIQUE,
    name             text NOT NULL,
    default_currency char(3) REFERENCES currencies (code),
    phone_prefix     text,
    is_supported     boolean NOT NULL DEFAULT false
);

CREATE TABLE regions (
    id           serial PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES countries (code) ON DELETE CASCADE,
    code         text NOT NULL,
    name         text NOT NULL,
    UNIQUE (country_code, code)
);

CREATE TABLE timezones (
    name         text PRIMARY KEY,
    utc_offset   interval NOT NULL,
    abbreviation text,
    country_code char(2) REFERENCES countries (code)
);

CREATE TABLE languages (
    code        varchar(8) PRIMARY KEY,
    name        text NOT NULL,
    native_name text,
    is_rtl      boolean NOT NULL DEFAULT false
);

CREATE TABLE industries (
    id        smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      text NOT NULL UNIQUE,
    name      text NOT NULL,
    parent_id smallint REFERENCES industries (id)
);

CREATE TABLE event_categories (
    id         smallserial PRIMARY KEY,
    slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name       text NOT NULL,
    parent_id  smallint REFERENCES event_categories (id),
    icon       text,
    sort_order integer NOT NULL DEFAULT 0,
    is_active  boolean NOT NULL DEFAULT true
);

CREATE TABLE interest_tags (
    id          serial PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    label       text NOT NULL,
    category_id smallint REFERENCES event_categories (id) ON DELETE SET NULL
);

CREATE TABLE venue_types (
    code  text PRIMARY KEY,
    label text NOT NULL
);

CREATE TABLE accessibility_features (
    code        text PRIMARY KEY,
    label       text NOT NULL,
    description text
);

CREATE TABLE fx_rates (
    base_currency  char(3) NOT NULL REFERENCES currencies (code),
    quote_currency char(3) NOT NULL REFERENCES currencies (code),
    as_of          date NOT NULL,
    rate           numeric(18,8) NOT NULL CHECK (rate > 0),
    source         text NOT NULL DEFAULT 'ecb',
    PRIMARY KEY (base_currency, quote_currency, as_of),
    CHECK (base_currency <> quote_currency)
);

COMMENT ON TABLE countries IS 'ISO 3166-1 countries; is_supported marks countries where YardPass sells tickets.';
COMMENT ON TABLE currencies IS 'ISO 4217 currencies. Amounts everywhere are stored in minor units (cents).';


-- =============================================================================
-- users — people on the platform
-- =============================================================================

CREATE TABLE user_profiles (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    handle           text NOT NULL UNIQUE CHECK (handle ~ '^[a-z0-9_.]{3,30}$'),
    display_name     text NOT NULL,
    email            text NOT NULL UNIQUE CHECK (position('@' IN email) > 1),
    phone            text,
    avatar_url       text,
    bio              text CHECK (char_length(bio) <= 500),
    country_code     char(2) REFERENCES countries (code),
    timezone         text REFERENCES timezones (name),
    locale           varchar(8) NOT NULL DEFAULT 'en' REFERENCES languages (code),
    date_of_birth    date,
    platform_role    text NOT NULL DEFAULT 'attendee' CHECK (platform_role IN ('attendee', 'organizer', 'sponsor', 'staff', 'admin')),
    is_verified      boolean NOT NULL DEFAULT false,
    follower_count   integer NOT NULL DEFAULT 0,
    following_count  integer NOT NULL DEFAULT 0,
    last_active_at   timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz
);

COMMENT ON TABLE user_profiles IS 'One row per Supabase auth user (id = auth.users.id).';

CREATE TABLE follows (
    follower_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    followee_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, followee_id),
    CHECK (follower_id <> followee_id)
);

CREATE TABLE user_settings (
    user_id          uuid PRIMARY KEY REFERENCES user_profiles (id) ON DELETE CASCADE,
    theme            text NOT NULL DEFAULT 'system' CHECK (theme IN ('light', 'dark', 'system')),
    default_currency char(3) REFERENCES currencies (code),
    email_opt_in     boolean NOT NULL DEFAULT true,
    push_opt_in      boolean NOT NULL DEFAULT true,
    show_attendance  boolean NOT NULL DEFAULT true,
    privacy          jsonb NOT NULL DEFAULT '{}'::jsonb,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_devices (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    platform     text NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
    device_model text,
    os_version   text,
    app_version  text,
    last_seen_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_blocks (
    blocker_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    blocked_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    reason     text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id),
    CHECK (blocker_id <> blocked_id)
);

CREATE TABLE user_interests (
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    tag_id     integer NOT NULL REFERENCES interest_tags (id) ON DELETE CASCADE,
    weight     real NOT NULL DEFAULT 1.0 CHECK (weight >= 0),
    source     text NOT NULL DEFAULT 'explicit' CHECK (source IN ('explicit', 'inferred')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, tag_id)
);

CREATE TABLE user_social_links (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    provider   text NOT NULL CHECK (provider IN ('instagram', 'tiktok', 'x', 'linkedin', 'youtube', 'website')),
    url        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, provider)
);

CREATE TABLE user_addresses (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    label        text,
    line1        text NOT NULL,
    line2        text,
    city         text NOT NULL,
    region_id    integer REFERENCES regions (id),
    postal_code  text,
    country_code char(2) NOT NULL REFERENCES countries (code),
    is_default   boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_verifications (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('email', 'phone', 'id_document', 'age')),
    status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected', 'expired')),
    provider    text,
    payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
    verified_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_sessions (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    device_id  uuid REFERENCES user_devices (id) ON DELETE SET NULL,
    ip         inet,
    user_agent text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);

CREATE TABLE user_badges (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    badge_code text NOT NULL,
    event_id   uuid,                      -- FK to events added below
    awarded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, badge_code, event_id)
);

CREATE TABLE user_consents (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    consent_type text NOT NULL CHECK (consent_type IN ('terms', 'privacy', 'marketing', 'data_sharing')),
    version      text NOT NULL,
    granted      boolean NOT NULL,
    ip           inet,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_saved_events (
    user_id  uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    event_id uuid NOT NULL,               -- FK to events added below
    saved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, event_id)
);

CREATE TABLE user_reports (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    reporter_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    reported_user_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    reason           text NOT NULL CHECK (reason IN ('spam', 'harassment', 'impersonation', 'scam', 'other')),
    details          text,
    status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewing', 'actioned', 'dismissed')),
    resolved_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz
);


-- =============================================================================
-- organizations — tenants (organizers, venues, brands) and their members
-- =============================================================================

CREATE TABLE organizations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,48}$'),
    name             text NOT NULL,
    legal_name       text,
    kind             text NOT NULL DEFAULT 'organizer' CHECK (kind IN ('organizer', 'venue', 'brand', 'agency')),
    industry_id      smallint REFERENCES industries (id),
    country_code     char(2) REFERENCES countries (code),
    timezone         text REFERENCES timezones (name),
    default_currency char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    website          text,
    logo_url         text,
    description      text,
    plan             text NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro', 'enterprise')),
    owner_user_id    uuid NOT NULL REFERENCES user_profiles (id),
    settings         jsonb NOT NULL DEFAULT '{}'::jsonb,
    verified_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz
);

COMMENT ON TABLE organizations IS 'Tenants. organization_id on other tables points here; RLS isolates by current_org_id().';

CREATE TABLE org_roles (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    permissions     text[] NOT NULL DEFAULT '{}',
    is_system       boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE org_memberships (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    role            org_role NOT NULL DEFAULT 'viewer',
    custom_role_id  uuid REFERENCES org_roles (id) ON DELETE SET NULL,
    status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'left')),
    invited_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    joined_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, user_id)
);

CREATE TABLE org_invitations (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email           text NOT NULL,
    role            org_role NOT NULL DEFAULT 'viewer',
    token           text NOT NULL UNIQUE,
    invited_by      uuid NOT NULL REFERENCES user_profiles (id),
    expires_at      timestamptz NOT NULL DEFAULT (now() + interval '7 days'),
    accepted_at     timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_wallets (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id    uuid NOT NULL UNIQUE REFERENCES organizations (id) ON DELETE CASCADE,
    currency           char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    balance_cents      bigint NOT NULL DEFAULT 0,
    credit_balance     integer NOT NULL DEFAULT 0 CHECK (credit_balance >= 0),
    low_balance_alert  bigint,
    status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen', 'closed')),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_settings (
    organization_id       uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    branding              jsonb NOT NULL DEFAULT '{}'::jsonb,
    ticket_fee_mode       text NOT NULL DEFAULT 'pass_through' CHECK (ticket_fee_mode IN ('absorb', 'pass_through', 'split')),
    refund_policy         text NOT NULL DEFAULT 'no_refunds' CHECK (refund_policy IN ('no_refunds', '7_days', '30_days', 'until_event', 'custom')),
    refund_policy_text    text,
    require_2fa           boolean NOT NULL DEFAULT false,
    default_event_visibility event_visibility NOT NULL DEFAULT 'public',
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_domains (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id    uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    domain             text NOT NULL UNIQUE,
    verification_token text NOT NULL,
    verified_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_teams (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    description     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

CREATE TABLE org_team_members (
    team_id       uuid NOT NULL REFERENCES org_teams (id) ON DELETE CASCADE,
    membership_id uuid NOT NULL REFERENCES org_memberships (id) ON DELETE CASCADE,
    is_lead       boolean NOT NULL DEFAULT false,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, membership_id)
);

CREATE TABLE org_verification_requests (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    status          text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'in_review', 'approved', 'rejected')),
    documents       jsonb NOT NULL DEFAULT '[]'::jsonb,
    submitted_by    uuid NOT NULL REFERENCES user_profiles (id),
    reviewed_by     uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    review_notes    text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    reviewed_at     timestamptz
);

CREATE TABLE org_social_links (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    provider        text NOT NULL,
    url             text NOT NULL,
    UNIQUE (organization_id, provider)
);

CREATE TABLE org_followers (
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    notify          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, user_id)
);

CREATE TABLE org_billing_contacts (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    email           text NOT NULL,
    phone           text,
    is_primary      boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    key_prefix      char(8) NOT NULL,
    key_hash        text NOT NULL UNIQUE,
    scopes          text[] NOT NULL DEFAULT '{read}',
    created_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    last_used_at    timestamptz,
    expires_at      timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);


-- =============================================================================
-- events — events, venues, programme, social content
-- =============================================================================

CREATE TABLE venues (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,  -- NULL = shared/public venue
    name            text NOT NULL,
    venue_type      text REFERENCES venue_types (code),
    address_line1   text,
    address_line2   text,
    city            text NOT NULL,
    region_id       integer REFERENCES regions (id),
    postal_code     text,
    country_code    char(2) NOT NULL REFERENCES countries (code),
    timezone        text NOT NULL REFERENCES timezones (name),
    latitude        numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
    longitude       numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
    capacity        integer CHECK (capacity > 0),
    accessibility   text[] NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event_series (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title           text NOT NULL,
    recurrence_rule text,                -- RFC 5545 RRULE
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    slug             text NOT NULL UNIQUE,
    title            text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 140),
    subtitle         text,
    description      text,
    category_id      smallint REFERENCES event_categories (id),
    series_id        uuid REFERENCES event_series (id) ON DELETE SET NULL,
    venue_id         uuid REFERENCES venues (id) ON DELETE SET NULL,
    status           event_status NOT NULL DEFAULT 'draft',
    visibility       event_visibility NOT NULL DEFAULT 'public',
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    timezone         text NOT NULL REFERENCES timezones (name),
    country_code     char(2) REFERENCES countries (code),
    city             text,
    is_online        boolean NOT NULL DEFAULT false,
    online_url       text,
    cover_image_url  text,
    capacity         integer CHECK (capacity > 0),
    currency         char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    age_restriction  smallint CHECK (age_restriction IN (0, 13, 16, 18, 21)),
    tags             text[] NOT NULL DEFAULT '{}',
    metadata         jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_by       uuid NOT NULL REFERENCES user_profiles (id),
    published_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (NOT is_online OR online_url IS NOT NULL)
);

COMMENT ON TABLE events IS 'Core event record. Referenced by ticketing, sponsorship, campaigns, analytics and messaging.';
COMMENT ON COLUMN events.organization_id IS 'Owning tenant (the seeds call this owner_context_id).';

CREATE TABLE event_sessions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    title       text NOT NULL,
    description text,
    track       text,
    room        text,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    capacity    integer CHECK (capacity > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);

CREATE TABLE speakers (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    name            text NOT NULL,
    headline        text,
    company         text,
    bio             text,
    photo_url       text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session_speakers (
    session_id uuid NOT NULL REFERENCES event_sessions (id) ON DELETE CASCADE,
    speaker_id uuid NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'speaker' CHECK (role IN ('speaker', 'moderator', 'panelist', 'host')),
    sort_order smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, speaker_id)
);

CREATE TABLE event_hosts (
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'cohost' CHECK (role IN ('host', 'cohost', 'moderator')),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, user_id)
);

CREATE TABLE event_media (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
    url         text NOT NULL,
    caption     text,
    sort_order  smallint NOT NULL DEFAULT 0,
    uploaded_by uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event_tags (
    event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tag_id   integer NOT NULL REFERENCES interest_tags (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
);

CREATE TABLE event_faqs (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    question   text NOT NULL,
    answer     text NOT NULL,
    sort_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE event_posts (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id       uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    author_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,  -- set when posted "as" the organizer
    body           text CHECK (char_length(body) <= 5000),
    media_urls     text[] NOT NULL DEFAULT '{}',
    visibility     text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'ticket_holders', 'organizers')),
    is_pinned      boolean NOT NULL DEFAULT false,
    like_count     integer NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    comment_count  integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    deleted_at     timestamptz
);

CREATE TABLE event_comments (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id    uuid NOT NULL REFERENCES event_posts (id) ON DELETE CASCADE,
    author_id  uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    parent_id  uuid REFERENCES event_comments (id) ON DELETE CASCADE,
    body       text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE TABLE event_reactions (
    post_id    uuid NOT NULL REFERENCES event_posts (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    kind       text NOT NULL DEFAULT 'like' CHECK (kind IN ('like', 'love', 'fire', 'clap', 'laugh')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, user_id, kind)
);

CREATE TABLE comment_reactions (
    comment_id uuid NOT NULL REFERENCES event_comments (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    kind       text NOT NULL DEFAULT 'like' CHECK (kind IN ('like', 'love', 'fire', 'clap', 'laugh')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (comment_id, user_id, kind)
);

CREATE TABLE post_media (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id          uuid NOT NULL REFERENCES event_posts (id) ON DELETE CASCADE,
    kind             text NOT NULL CHECK (kind IN ('image', 'video', 'gif')),
    url              text NOT NULL,
    width            integer,
    height           integer,
    duration_seconds numeric(8,2),
    sort_order       smallint NOT NULL DEFAULT 0
);

CREATE TABLE cultural_guides (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language    varchar(8) NOT NULL DEFAULT 'en' REFERENCES languages (code),
    title       text NOT NULL,
    summary     text,
    dress_code  text,
    etiquette   text,
    sections    jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_by  uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, language)
);

CREATE TABLE event_announcements (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title           text NOT NULL,
    body            text NOT NULL,
    audience        text NOT NULL DEFAULT 'ticket_holders' CHECK (audience IN ('everyone', 'ticket_holders', 'waitlist', 'staff')),
    created_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    published_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event_polls (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    post_id    uuid REFERENCES event_posts (id) ON DELETE CASCADE,
    question   text NOT NULL,
    options    jsonb NOT NULL CHECK (jsonb_typeof(options) = 'array'),
    closes_at  timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event_poll_votes (
    poll_id      uuid NOT NULL REFERENCES event_polls (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    option_index smallint NOT NULL CHECK (option_index >= 0),
    voted_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (poll_id, user_id)
);

CREATE TABLE event_reports (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    post_id     uuid REFERENCES event_posts (id) ON DELETE CASCADE,
    comment_id  uuid REFERENCES event_comments (id) ON DELETE CASCADE,
    reporter_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    reason      text NOT NULL CHECK (reason IN ('spam', 'scam', 'offensive', 'misleading', 'copyright', 'other')),
    details     text,
    status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewing', 'actioned', 'dismissed')),
    resolved_by uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz
);

CREATE TABLE event_translations (
    event_id      uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language_code varchar(8) NOT NULL REFERENCES languages (code),
    title         text NOT NULL,
    subtitle      text,
    description   text,
    is_machine    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (event_id, language_code)
);

CREATE TABLE event_accessibility (
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    feature_code text NOT NULL REFERENCES accessibility_features (code),
    notes        text,
    PRIMARY KEY (event_id, feature_code)
);

CREATE TABLE event_links (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    label      text NOT NULL,
    url        text NOT NULL,
    sort_order smallint NOT NULL DEFAULT 0
);

-- users → events (deferred until events exists)
ALTER TABLE user_badges
    ADD CONSTRAINT user_badges_event_id_fkey FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE SET NULL;
ALTER TABLE user_saved_events
    ADD CONSTRAINT user_saved_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;


-- =============================================================================
-- ticketing — tiers, orders, tickets, access control at the door
-- =============================================================================

CREATE TABLE ticket_tiers (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    description     text,
    badge_label     text,
    price_cents     integer NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    currency        char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    quantity        integer NOT NULL CHECK (quantity >= 0),
    quantity_sold   integer NOT NULL DEFAULT 0 CHECK (quantity_sold >= 0),
    max_per_order   smallint NOT NULL DEFAULT 10 CHECK (max_per_order BETWEEN 1 AND 100),
    sales_start_at  timestamptz,
    sales_end_at    timestamptz,
    status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'sold_out', 'archived')),
    is_hidden       boolean NOT NULL DEFAULT false,
    sort_order      smallint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (quantity_sold <= quantity),
    CHECK (sales_end_at IS NULL OR sales_start_at IS NULL OR sales_end_at > sales_start_at)
);

CREATE TABLE tier_price_changes (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tier_id         uuid NOT NULL REFERENCES ticket_tiers (id) ON DELETE CASCADE,
    old_price_cents integer NOT NULL,
    new_price_cents integer NOT NULL,
    effective_at    timestamptz NOT NULL DEFAULT now(),
    changed_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL
);

CREATE TABLE seat_maps (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    venue_id   uuid NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    event_id   uuid REFERENCES events (id) ON DELETE CASCADE,   -- NULL = venue default layout
    name       text NOT NULL,
    layout     jsonb NOT NULL DEFAULT '{}'::jsonb,
    version    integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE seat_sections (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seat_map_id uuid NOT NULL REFERENCES seat_maps (id) ON DELETE CASCADE,
    tier_id     uuid REFERENCES ticket_tiers (id) ON DELETE SET NULL,
    name        text NOT NULL,
    capacity    integer NOT NULL CHECK (capacity > 0),
    UNIQUE (seat_map_id, name)
);

CREATE TABLE seats (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    section_id    uuid NOT NULL REFERENCES seat_sections (id) ON DELETE CASCADE,
    row_label     text NOT NULL,
    seat_number   text NOT NULL,
    x             real,
    y             real,
    is_accessible boolean NOT NULL DEFAULT false,
    UNIQUE (section_id, row_label, seat_number)
);

CREATE TABLE promo_codes (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id   uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    event_id          uuid REFERENCES events (id) ON DELETE CASCADE,
    code              text NOT NULL CHECK (code = upper(code)),
    discount_type     text NOT NULL CHECK (discount_type IN ('percent', 'fixed')),
    discount_value    numeric(10,2) NOT NULL CHECK (discount_value > 0),
    max_redemptions   integer CHECK (max_redemptions > 0),
    redemptions_count integer NOT NULL DEFAULT 0,
    valid_from        timestamptz,
    valid_until       timestamptz,
    is_active         boolean NOT NULL DEFAULT true,
    created_by        uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, code),
    CHECK (discount_type <> 'percent' OR discount_value <= 100)
);

CREATE TABLE checkout_sessions (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid REFERENCES user_profiles (id) ON DELETE CASCADE,
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'expired', 'abandoned')),
    cart       jsonb NOT NULL DEFAULT '[]'::jsonb,
    expires_at timestamptz NOT NULL DEFAULT (now() + interval '15 minutes'),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_number             bigint NOT NULL UNIQUE DEFAULT nextval('order_number_seq'),
    user_id                  uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    event_id                 uuid NOT NULL REFERENCES events (id),
    organization_id          uuid NOT NULL REFERENCES organizations (id),
    checkout_session_id      uuid REFERENCES checkout_sessions (id) ON DELETE SET NULL,
    promo_code_id            uuid REFERENCES promo_codes (id) ON DELETE SET NULL,
    status                   order_status NOT NULL DEFAULT 'pending',
    currency                 char(3) NOT NULL REFERENCES currencies (code),
    subtotal_cents           integer NOT NULL CHECK (subtotal_cents >= 0),
    discount_cents           integer NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    fees_cents               integer NOT NULL DEFAULT 0 CHECK (fees_cents >= 0),
    tax_cents                integer NOT NULL DEFAULT 0 CHECK (tax_cents >= 0),
    total_cents              integer NOT NULL CHECK (total_cents >= 0),
    contact_email            text NOT NULL,
    contact_name             text,
    stripe_payment_intent_id text UNIQUE,
    metadata                 jsonb NOT NULL DEFAULT '{}'::jsonb,
    paid_at                  timestamptz,
    cancelled_at             timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (total_cents = subtotal_cents - discount_cents + fees_cents + tax_cents)
);

CREATE TABLE order_items (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id         uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    tier_id          uuid NOT NULL REFERENCES ticket_tiers (id),
    quantity         integer NOT NULL CHECK (quantity > 0),
    unit_price_cents integer NOT NULL CHECK (unit_price_cents >= 0),
    total_cents      integer NOT NULL CHECK (total_cents >= 0),
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id       uuid NOT NULL REFERENCES events (id),
    tier_id        uuid NOT NULL REFERENCES ticket_tiers (id),
    order_id       uuid REFERENCES orders (id) ON DELETE SET NULL,
    owner_user_id  uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    seat_id        uuid REFERENCES seats (id) ON DELETE SET NULL,
    status         ticket_status NOT NULL DEFAULT 'issued',
    qr_code        text NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text, '-', ''),
    attendee_name  text,
    attendee_email text,
    redeemed_at    timestamptz,
    transferred_at timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'redeemed' OR redeemed_at IS NOT NULL)
);

COMMENT ON TABLE tickets IS 'Issued tickets. No organization_id yet: tenant is reached through event_id (the migration plan adds it).';

CREATE TABLE ticket_holds (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tier_id    uuid NOT NULL REFERENCES ticket_tiers (id) ON DELETE CASCADE,
    session_id uuid NOT NULL REFERENCES checkout_sessions (id) ON DELETE CASCADE,
    seat_id    uuid REFERENCES seats (id) ON DELETE CASCADE,
    quantity   integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ticket_transfers (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id    uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    from_user_id uuid NOT NULL REFERENCES user_profiles (id),
    to_user_id   uuid REFERENCES user_profiles (id),
    to_email     text,
    status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
    message      text,
    initiated_at timestamptz NOT NULL DEFAULT now(),
    responded_at timestamptz,
    CHECK (to_user_id IS NOT NULL OR to_email IS NOT NULL)
);

CREATE TABLE scanner_devices (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    event_id        uuid REFERENCES events (id) ON DELETE SET NULL,
    name            text NOT NULL,
    device_token    text NOT NULL UNIQUE,
    last_seen_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ticket_scans (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id         uuid REFERENCES tickets (id) ON DELETE SET NULL,
    event_id          uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    scanner_device_id uuid REFERENCES scanner_devices (id) ON DELETE SET NULL,
    scanned_by        uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    raw_code          text NOT NULL,
    result            text NOT NULL CHECK (result IN ('valid', 'duplicate', 'invalid', 'wrong_event', 'refunded')),
    scanned_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE checkins (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ticket_id     uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    event_id      uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    session_id    uuid REFERENCES event_sessions (id) ON DELETE CASCADE,
    user_id       uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    method        text NOT NULL DEFAULT 'qr' CHECK (method IN ('qr', 'manual', 'nfc', 'guest_list')),
    checked_in_by uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    checked_in_at timestamptz NOT NULL DEFAULT now(),
    checked_out_at timestamptz
);

CREATE TABLE waitlists (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tier_id     uuid REFERENCES ticket_tiers (id) ON DELETE CASCADE,
    user_id     uuid REFERENCES user_profiles (id) ON DELETE CASCADE,
    email       text NOT NULL,
    quantity    smallint NOT NULL DEFAULT 1 CHECK (quantity > 0),
    position    integer NOT NULL,
    status      text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'converted', 'expired', 'removed')),
    offered_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, tier_id, email)
);

CREATE TABLE promo_code_redemptions (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    promo_code_id  uuid NOT NULL REFERENCES promo_codes (id) ON DELETE CASCADE,
    order_id       uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    user_id        uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    discount_cents integer NOT NULL CHECK (discount_cents >= 0),
    redeemed_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (promo_code_id, order_id)
);

CREATE TABLE ticket_bundles (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name        text NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    currency    char(3) NOT NULL REFERENCES currencies (code),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bundle_items (
    bundle_id uuid NOT NULL REFERENCES ticket_bundles (id) ON DELETE CASCADE,
    tier_id   uuid NOT NULL REFERENCES ticket_tiers (id) ON DELETE CASCADE,
    quantity  smallint NOT NULL DEFAULT 1 CHECK (quantity > 0),
    PRIMARY KEY (bundle_id, tier_id)
);

CREATE TABLE ticket_addons (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    name        text NOT NULL,
    description text,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    quantity    integer CHECK (quantity >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_addons (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id         uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    addon_id         uuid NOT NULL REFERENCES ticket_addons (id),
    quantity         integer NOT NULL CHECK (quantity > 0),
    unit_price_cents integer NOT NULL CHECK (unit_price_cents >= 0)
);

CREATE TABLE guest_lists (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    max_entries     integer,
    created_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guest_list_entries (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    guest_list_id uuid NOT NULL REFERENCES guest_lists (id) ON DELETE CASCADE,
    full_name     text NOT NULL,
    email         text,
    plus_ones     smallint NOT NULL DEFAULT 0 CHECK (plus_ones BETWEEN 0 AND 10),
    notes         text,
    checked_in_at timestamptz,
    added_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE attendee_questions (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    tier_id    uuid REFERENCES ticket_tiers (id) ON DELETE CASCADE,
    prompt     text NOT NULL,
    kind       text NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'choice', 'multi_choice', 'checkbox', 'date')),
    options    jsonb,
    required   boolean NOT NULL DEFAULT false,
    sort_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE attendee_answers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    question_id uuid NOT NULL REFERENCES attendee_questions (id) ON DELETE CASCADE,
    ticket_id   uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    answer      text,
    answered_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (question_id, ticket_id)
);


-- =============================================================================
-- sponsorship — sponsors, packages, proposals, escrowed sponsorship orders
-- =============================================================================

CREATE TABLE sponsors (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id      uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,  -- the brand's own org
    name                 text NOT NULL,
    industry_id          smallint REFERENCES industries (id),
    website              text,
    logo_url             text,
    description          text,
    annual_budget_cents  bigint CHECK (annual_budget_cents >= 0),
    currency             char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    preferred_categories smallint[] NOT NULL DEFAULT '{}',
    target_countries     char(2)[] NOT NULL DEFAULT '{}',
    status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sponsor_contacts (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sponsor_id uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    user_id    uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    full_name  text NOT NULL,
    email      text NOT NULL,
    phone      text,
    job_title  text,
    is_primary boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sponsor_brand_assets (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sponsor_id uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('logo', 'banner', 'video', 'guidelines', 'other')),
    url        text NOT NULL,
    metadata   jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sponsor_category_interests (
    sponsor_id  uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    category_id smallint NOT NULL REFERENCES event_categories (id) ON DELETE CASCADE,
    weight      real NOT NULL DEFAULT 1.0,
    PRIMARY KEY (sponsor_id, category_id)
);

CREATE TABLE sponsorship_packages (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title           text NOT NULL,
    description     text,
    tier_label      text NOT NULL DEFAULT 'custom' CHECK (tier_label IN ('title', 'platinum', 'gold', 'silver', 'bronze', 'custom')),
    price_cents     bigint NOT NULL CHECK (price_cents >= 0),
    currency        char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    inventory       integer NOT NULL DEFAULT 1 CHECK (inventory >= 0),
    sold            integer NOT NULL DEFAULT 0 CHECK (sold >= 0),
    benefits        jsonb NOT NULL DEFAULT '[]'::jsonb,
    visibility      text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite_only', 'hidden')),
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (sold <= inventory)
);

CREATE TABLE package_benefits (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    package_id       uuid NOT NULL REFERENCES sponsorship_packages (id) ON DELETE CASCADE,
    label            text NOT NULL,
    deliverable_type text NOT NULL CHECK (deliverable_type IN ('logo_placement', 'booth', 'social_post', 'stage_mention', 'email_feature', 'tickets', 'other')),
    quantity         integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    sort_order       smallint NOT NULL DEFAULT 0
);

CREATE TABLE sponsorship_orders (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    package_id               uuid NOT NULL REFERENCES sponsorship_packages (id),
    sponsor_id               uuid NOT NULL REFERENCES sponsors (id),
    event_id                 uuid NOT NULL REFERENCES events (id),
    organization_id          uuid NOT NULL REFERENCES organizations (id),
    amount_cents             bigint NOT NULL CHECK (amount_cents > 0),
    platform_fee_cents       bigint NOT NULL DEFAULT 0 CHECK (platform_fee_cents >= 0),
    currency                 char(3) NOT NULL REFERENCES currencies (code),
    escrow_state             escrow_state NOT NULL DEFAULT 'pending',
    stripe_payment_intent_id text UNIQUE,
    notes                    text,
    funded_at                timestamptz,
    locked_at                timestamptz,
    released_at              timestamptz,
    refunded_at              timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (platform_fee_cents <= amount_cents)
);

COMMENT ON TABLE sponsorship_orders IS 'Sponsor purchases of a package. Money sits in escrow until deliverables are approved (escrow_state machine).';

CREATE TABLE escrow_events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   uuid NOT NULL REFERENCES sponsorship_orders (id) ON DELETE CASCADE,
    from_state escrow_state,
    to_state   escrow_state NOT NULL,
    reason     text,
    actor_id   uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sponsorship_matches (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    sponsor_id uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    score      numeric(5,4) NOT NULL CHECK (score BETWEEN 0 AND 1),
    reasons    jsonb NOT NULL DEFAULT '{}'::jsonb,
    status     text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'viewed', 'contacted', 'dismissed', 'converted')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, sponsor_id)
);

CREATE TABLE sponsorship_proposals (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    sponsor_id      uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    package_id      uuid REFERENCES sponsorship_packages (id) ON DELETE SET NULL,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    match_id        uuid REFERENCES sponsorship_matches (id) ON DELETE SET NULL,
    status          proposal_status NOT NULL DEFAULT 'draft',
    offer_cents     bigint CHECK (offer_cents >= 0),
    currency        char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    message         text,
    created_by      uuid NOT NULL REFERENCES user_profiles (id),
    sent_at         timestamptz,
    viewed_at       timestamptz,
    responded_at    timestamptz,
    expires_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE proposal_messages (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    proposal_id uuid NOT NULL REFERENCES sponsorship_proposals (id) ON DELETE CASCADE,
    sender_id   uuid NOT NULL REFERENCES user_profiles (id),
    body        text NOT NULL,
    attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE proposal_revisions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    proposal_id uuid NOT NULL REFERENCES sponsorship_proposals (id) ON DELETE CASCADE,
    revision_no integer NOT NULL CHECK (revision_no > 0),
    offer_cents bigint NOT NULL CHECK (offer_cents >= 0),
    terms       jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_by  uuid NOT NULL REFERENCES user_profiles (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (proposal_id, revision_no)
);

CREATE TABLE sponsorship_deliverables (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id     uuid NOT NULL REFERENCES sponsorship_orders (id) ON DELETE CASCADE,
    sponsor_id   uuid NOT NULL REFERENCES sponsors (id),
    event_id     uuid NOT NULL REFERENCES events (id),
    benefit_id   uuid REFERENCES package_benefits (id) ON DELETE SET NULL,
    title        text NOT NULL,
    kind         text NOT NULL,
    status       deliverable_status NOT NULL DEFAULT 'pending',
    due_at       timestamptz,
    evidence_url text,
    approved_by  uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    approved_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE deliverable_proofs (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    deliverable_id uuid NOT NULL REFERENCES sponsorship_deliverables (id) ON DELETE CASCADE,
    url            text NOT NULL,
    note           text,
    submitted_by   uuid NOT NULL REFERENCES user_profiles (id),
    submitted_at   timestamptz NOT NULL DEFAULT now(),
    review_note    text
);

CREATE TABLE sponsorship_contracts (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id             uuid NOT NULL UNIQUE REFERENCES sponsorship_orders (id) ON DELETE CASCADE,
    document_url         text NOT NULL,
    terms                jsonb NOT NULL DEFAULT '{}'::jsonb,
    signed_by_sponsor_at timestamptz,
    signed_by_org_at     timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sponsor_reviews (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sponsor_id      uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    event_id        uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    direction       text NOT NULL CHECK (direction IN ('org_to_sponsor', 'sponsor_to_org')),
    rating          smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sponsor_id, event_id, direction)
);


-- =============================================================================
-- campaigns — self-serve ads and promotions
-- =============================================================================

CREATE TABLE ad_placements (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    surface     text NOT NULL CHECK (surface IN ('feed', 'search', 'event_page', 'story', 'email')),
    description text,
    floor_cpm_micros bigint NOT NULL DEFAULT 0
);

CREATE TABLE campaigns (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id    uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name               text NOT NULL,
    objective          text NOT NULL CHECK (objective IN ('awareness', 'traffic', 'ticket_sales', 'engagement', 'followers')),
    status             campaign_status NOT NULL DEFAULT 'draft',
    pricing_model      text NOT NULL DEFAULT 'cpm' CHECK (pricing_model IN ('cpm', 'cpc', 'cpa')),
    bid_micros         bigint CHECK (bid_micros > 0),
    budget_cents       bigint NOT NULL CHECK (budget_cents > 0),
    daily_budget_cents bigint CHECK (daily_budget_cents > 0),
    spent_cents        bigint NOT NULL DEFAULT 0 CHECK (spent_cents >= 0),
    currency           char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    starts_at          timestamptz,
    ends_at            timestamptz,
    created_by         uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    archived_at        timestamptz,
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
);

CREATE TABLE campaign_events (
    campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, event_id)
);

CREATE TABLE campaign_targeting (
    campaign_id   uuid PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
    country_codes char(2)[] NOT NULL DEFAULT '{}',
    cities        text[] NOT NULL DEFAULT '{}',
    radius_km     integer CHECK (radius_km > 0),
    age_min       smallint CHECK (age_min >= 13),
    age_max       smallint,
    interest_ids  integer[] NOT NULL DEFAULT '{}',
    category_ids  smallint[] NOT NULL DEFAULT '{}',
    placements    text[] NOT NULL DEFAULT '{feed}',
    CHECK (age_max IS NULL OR age_min IS NULL OR age_max >= age_min)
);

CREATE TABLE audience_segments (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            text NOT NULL,
    definition      jsonb NOT NULL DEFAULT '{}'::jsonb,
    estimated_size  integer,
    refreshed_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audience_segment_members (
    segment_id uuid NOT NULL REFERENCES audience_segments (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (segment_id, user_id)
);

CREATE TABLE campaign_segments (
    campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    segment_id  uuid NOT NULL REFERENCES audience_segments (id) ON DELETE CASCADE,
    exclude     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (campaign_id, segment_id)
);

CREATE TABLE ad_creatives (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    campaign_id     uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    post_id         uuid REFERENCES event_posts (id) ON DELETE SET NULL,  -- promoted post
    format          text NOT NULL CHECK (format IN ('feed', 'story', 'banner', 'video', 'promoted_post')),
    headline        text,
    body            text,
    media_url       text,
    cta_label       text,
    cta_url         text,
    status          text NOT NULL DEFAULT 'pending_review' CHECK (status IN ('pending_review', 'approved', 'rejected', 'paused')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ad_reviews (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    creative_id uuid NOT NULL REFERENCES ad_creatives (id) ON DELETE CASCADE,
    reviewer_id uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    decision    text NOT NULL CHECK (decision IN ('approved', 'rejected', 'needs_changes')),
    notes       text,
    reviewed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ad_frequency_caps (
    campaign_id     uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    window_hours    smallint NOT NULL CHECK (window_hours > 0),
    max_impressions smallint NOT NULL CHECK (max_impressions > 0),
    PRIMARY KEY (campaign_id, window_hours)
);

-- High-volume, append-only; not (yet) partitioned.
CREATE TABLE ad_impressions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id    uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    creative_id    uuid REFERENCES ad_creatives (id) ON DELETE SET NULL,
    event_id       uuid REFERENCES events (id) ON DELETE SET NULL,
    user_id        uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    placement_code text NOT NULL REFERENCES ad_placements (code),
    request_id     uuid NOT NULL,
    session_id     text,
    device_type    text CHECK (device_type IN ('ios', 'android', 'web', 'other')),
    country_code   char(2),
    cost_micros    bigint NOT NULL DEFAULT 0 CHECK (cost_micros >= 0),
    occurred_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ad_impressions IS 'Ad impression log (~50M rows/month). Candidate for monthly partitioning during the migration.';

CREATE TABLE ad_clicks (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    impression_id bigint REFERENCES ad_impressions (id) ON DELETE SET NULL,
    campaign_id   uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    creative_id   uuid REFERENCES ad_creatives (id) ON DELETE SET NULL,
    user_id       uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    cost_micros   bigint NOT NULL DEFAULT 0 CHECK (cost_micros >= 0),
    occurred_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ad_conversions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    click_id    bigint REFERENCES ad_clicks (id) ON DELETE SET NULL,
    campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    order_id    uuid REFERENCES orders (id) ON DELETE SET NULL,
    kind        text NOT NULL DEFAULT 'purchase' CHECK (kind IN ('purchase', 'signup', 'follow', 'save')),
    value_cents bigint NOT NULL DEFAULT 0,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ad_spend_ledger (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id   uuid NOT NULL REFERENCES campaigns (id),
    wallet_id     uuid NOT NULL REFERENCES org_wallets (id),
    credit_lot_id uuid,                  -- FK to credit_lots added in the payments section
    kind          text NOT NULL CHECK (kind IN ('impressions', 'clicks', 'conversions', 'adjustment', 'refund')),
    amount_cents  bigint NOT NULL,
    units         bigint NOT NULL DEFAULT 0,
    period_start  timestamptz NOT NULL,
    period_end    timestamptz NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (period_end > period_start)
);

CREATE TABLE utm_links (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    campaign_id     uuid REFERENCES campaigns (id) ON DELETE SET NULL,
    event_id        uuid REFERENCES events (id) ON DELETE CASCADE,
    short_code      text NOT NULL UNIQUE,
    destination_url text NOT NULL,
    utm_source      text,
    utm_medium      text,
    utm_campaign    text,
    click_count     bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE referral_codes (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    event_id       uuid REFERENCES events (id) ON DELETE CASCADE,
    code           text NOT NULL UNIQUE,
    commission_bps integer NOT NULL DEFAULT 0 CHECK (commission_bps BETWEEN 0 AND 5000),
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE referral_conversions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    referral_code_id uuid NOT NULL REFERENCES referral_codes (id) ON DELETE CASCADE,
    order_id         uuid NOT NULL UNIQUE REFERENCES orders (id) ON DELETE CASCADE,
    commission_cents integer NOT NULL DEFAULT 0 CHECK (commission_cents >= 0),
    created_at       timestamptz NOT NULL DEFAULT now()
);


-- =============================================================================
-- payments — wallets, credits, invoices, Stripe plumbing
-- (the migration replaces wallets/wallet_transactions by a double-entry ledger)
-- =============================================================================

CREATE TABLE wallets (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    currency      char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    balance_cents bigint NOT NULL DEFAULT 0 CHECK (balance_cents >= 0),
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen', 'closed')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, currency)
);

CREATE TABLE wallet_transactions (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wallet_id           uuid REFERENCES wallets (id) ON DELETE CASCADE,
    org_wallet_id       uuid REFERENCES org_wallets (id) ON DELETE CASCADE,
    type                wallet_txn_type NOT NULL,
    amount_cents        bigint NOT NULL CHECK (amount_cents <> 0),
    balance_after_cents bigint NOT NULL,
    reference_type      text CHECK (reference_type IN ('order', 'refund', 'sponsorship_order', 'campaign', 'payout', 'credit_lot', 'manual')),
    reference_id        uuid,
    idempotency_key     text UNIQUE,
    description         text,
    created_by          uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(wallet_id, org_wallet_id) = 1)
);

CREATE TABLE credit_packages (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL,
    credits     integer NOT NULL CHECK (credits > 0),
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    currency    char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credit_lots (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    wallet_id          uuid REFERENCES wallets (id) ON DELETE CASCADE,
    org_wallet_id      uuid REFERENCES org_wallets (id) ON DELETE CASCADE,
    package_id         uuid REFERENCES credit_packages (id),
    source             text NOT NULL CHECK (source IN ('purchase', 'grant', 'refund', 'promo')),
    quantity_purchased integer NOT NULL CHECK (quantity_purchased > 0),
    quantity_remaining integer NOT NULL CHECK (quantity_remaining >= 0),
    unit_price_cents   integer NOT NULL DEFAULT 0 CHECK (unit_price_cents >= 0),
    expires_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (quantity_remaining <= quantity_purchased),
    CHECK (num_nonnulls(wallet_id, org_wallet_id) = 1)
);

ALTER TABLE ad_spend_ledger
    ADD CONSTRAINT ad_spend_ledger_credit_lot_id_fkey FOREIGN KEY (credit_lot_id) REFERENCES credit_lots (id) ON DELETE SET NULL;

CREATE TABLE tax_rates (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    country_code char(2) NOT NULL REFERENCES countries (code),
    region_id    integer REFERENCES regions (id),
    name         text NOT NULL,
    rate_bps     integer NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
    is_inclusive boolean NOT NULL DEFAULT false,
    applies_to   text NOT NULL DEFAULT 'all' CHECK (applies_to IN ('all', 'tickets', 'fees', 'sponsorship', 'ads')),
    valid_from   date NOT NULL,
    valid_to     date,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE fee_schedules (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,  -- NULL = platform default
    applies_to      text NOT NULL CHECK (applies_to IN ('tickets', 'sponsorship', 'ads', 'payouts')),
    percent_bps     integer NOT NULL DEFAULT 0 CHECK (percent_bps BETWEEN 0 AND 10000),
    fixed_cents     integer NOT NULL DEFAULT 0 CHECK (fixed_cents >= 0),
    currency        char(3) NOT NULL DEFAULT 'USD' REFERENCES currencies (code),
    valid_from      timestamptz NOT NULL DEFAULT now(),
    valid_to        timestamptz
);

CREATE TABLE invoices (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number            text NOT NULL UNIQUE DEFAULT ('INV-' || lpad(nextval('invoice_number_seq')::text, 8, '0')),
    organization_id   uuid REFERENCES organizations (id) ON DELETE RESTRICT,
    user_id           uuid REFERENCES user_profiles (id) ON DELETE RESTRICT,
    sponsorship_order_id uuid REFERENCES sponsorship_orders (id) ON DELETE SET NULL,
    status            invoice_status NOT NULL DEFAULT 'draft',
    currency          char(3) NOT NULL REFERENCES currencies (code),
    subtotal_cents    bigint NOT NULL DEFAULT 0,
    tax_cents         bigint NOT NULL DEFAULT 0,
    total_cents       bigint NOT NULL DEFAULT 0,
    stripe_invoice_id text UNIQUE,
    pdf_url           text,
    issued_at         timestamptz,
    due_at            timestamptz,
    paid_at           timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(organization_id, user_id) >= 1)
);

CREATE TABLE invoice_line_items (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    invoice_id        uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description       text NOT NULL,
    quantity          numeric(12,2) NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_amount_cents bigint NOT NULL,
    amount_cents      bigint NOT NULL,
    tax_rate_id       uuid REFERENCES tax_rates (id),
    sort_order        smallint NOT NULL DEFAULT 0
);

CREATE TABLE stripe_customers (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid UNIQUE REFERENCES user_profiles (id) ON DELETE CASCADE,
    organization_id    uuid UNIQUE REFERENCES organizations (id) ON DELETE CASCADE,
    stripe_customer_id text NOT NULL UNIQUE,
    livemode           boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(user_id, organization_id) = 1)
);

CREATE TABLE stripe_connect_accounts (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id   uuid NOT NULL UNIQUE REFERENCES organizations (id) ON DELETE CASCADE,
    stripe_account_id text NOT NULL UNIQUE,
    country_code      char(2) NOT NULL REFERENCES countries (code),
    default_currency  char(3) NOT NULL REFERENCES currencies (code),
    charges_enabled   boolean NOT NULL DEFAULT false,
    payouts_enabled   boolean NOT NULL DEFAULT false,
    details_submitted boolean NOT NULL DEFAULT false,
    requirements      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payment_methods (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                  uuid REFERENCES user_profiles (id) ON DELETE CASCADE,
    organization_id          uuid REFERENCES organizations (id) ON DELETE CASCADE,
    stripe_payment_method_id text NOT NULL UNIQUE,
    kind                     text NOT NULL DEFAULT 'card' CHECK (kind IN ('card', 'sepa_debit', 'us_bank_account', 'apple_pay', 'google_pay')),
    brand                    text,
    last4                    char(4),
    exp_month                smallint CHECK (exp_month BETWEEN 1 AND 12),
    exp_year                 smallint,
    is_default               boolean NOT NULL DEFAULT false,
    created_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(user_id, organization_id) = 1)
);

CREATE TABLE payment_intents (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id                 uuid REFERENCES orders (id) ON DELETE SET NULL,
    sponsorship_order_id     uuid REFERENCES sponsorship_orders (id) ON DELETE SET NULL,
    invoice_id               uuid REFERENCES invoices (id) ON DELETE SET NULL,
    payment_method_id        uuid REFERENCES payment_methods (id) ON DELETE SET NULL,
    stripe_payment_intent_id text NOT NULL UNIQUE,
    amount_cents             bigint NOT NULL CHECK (amount_cents > 0),
    application_fee_cents    bigint NOT NULL DEFAULT 0,
    currency                 char(3) NOT NULL REFERENCES currencies (code),
    status                   text NOT NULL CHECK (status IN ('requires_payment_method', 'requires_confirmation', 'requires_action', 'processing', 'requires_capture', 'canceled', 'succeeded')),
    last_error               jsonb,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE refunds (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id          uuid NOT NULL REFERENCES orders (id),
    ticket_id         uuid REFERENCES tickets (id) ON DELETE SET NULL,
    payment_intent_id uuid REFERENCES payment_intents (id),
    amount_cents      integer NOT NULL CHECK (amount_cents > 0),
    currency          char(3) NOT NULL REFERENCES currencies (code),
    reason            text CHECK (reason IN ('requested_by_customer', 'event_cancelled', 'duplicate', 'fraudulent', 'other')),
    status            refund_status NOT NULL DEFAULT 'requested',
    stripe_refund_id  text UNIQUE,
    requested_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    approved_by       uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    processed_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE disputes (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    payment_intent_id uuid NOT NULL REFERENCES payment_intents (id),
    stripe_dispute_id text NOT NULL UNIQUE,
    amount_cents      bigint NOT NULL,
    reason            text,
    status            text NOT NULL CHECK (status IN ('warning_needs_response', 'needs_response', 'under_review', 'won', 'lost')),
    evidence_due_by   timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payouts (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id    uuid NOT NULL REFERENCES organizations (id),
    connect_account_id uuid NOT NULL REFERENCES stripe_connect_accounts (id),
    amount_cents       bigint NOT NULL CHECK (amount_cents > 0),
    currency           char(3) NOT NULL REFERENCES currencies (code),
    status             payout_status NOT NULL DEFAULT 'pending',
    stripe_payout_id   text UNIQUE,
    arrival_date       date,
    failure_reason     text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payout_items (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    payout_id            uuid NOT NULL REFERENCES payouts (id) ON DELETE CASCADE,
    order_id             uuid REFERENCES orders (id),
    sponsorship_order_id uuid REFERENCES sponsorship_orders (id),
    amount_cents         bigint NOT NULL,
    CHECK (num_nonnulls(order_id, sponsorship_order_id) = 1)
);

CREATE TABLE stripe_events (
    id           text PRIMARY KEY CHECK (id LIKE 'evt\_%'),
    type         text NOT NULL,
    api_version  text,
    livemode     boolean NOT NULL DEFAULT true,
    payload      jsonb NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz,
    error        text
);


-- =============================================================================
-- analytics — impressions and derived metrics (time series partitioned by month)
-- =============================================================================

CREATE TABLE event_impressions (
    id           bigserial,
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    session_id   text,
    source       text NOT NULL DEFAULT 'feed' CHECK (source IN ('feed', 'search', 'profile', 'share', 'ad', 'direct', 'email')),
    referrer     text,
    device_type  text,
    country_code char(2),
    dwell_ms     integer CHECK (dwell_ms >= 0),
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE event_impressions_2025_10 PARTITION OF event_impressions
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE event_impressions_2025_11 PARTITION OF event_impressions
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE event_impressions_2025_12 PARTITION OF event_impressions
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE post_impressions (
    id           bigserial,
    post_id      uuid NOT NULL REFERENCES event_posts (id) ON DELETE CASCADE,
    event_id     uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    source       text NOT NULL DEFAULT 'feed',
    dwell_ms     integer CHECK (dwell_ms >= 0),
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE post_impressions_2025_10 PARTITION OF post_impressions
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE post_impressions_2025_11 PARTITION OF post_impressions
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE post_impressions_2025_12 PARTITION OF post_impressions
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE ticket_analytics (
    id          uuid NOT NULL DEFAULT gen_random_uuid(),
    ticket_id   uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id     uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    action      text NOT NULL CHECK (action IN ('view', 'qr_open', 'wallet_add', 'share', 'transfer', 'scan', 'download')),
    metadata    jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE ticket_analytics_2025_10 PARTITION OF ticket_analytics
    FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');
CREATE TABLE ticket_analytics_2025_11 PARTITION OF ticket_analytics
    FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');
CREATE TABLE ticket_analytics_2025_12 PARTITION OF ticket_analytics
    FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

COMMENT ON TABLE event_impressions IS 'Raw event-card impressions, one partition per calendar month (UTC). Retention: 13 months.';

CREATE TABLE event_audience_insights (
    event_id      uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    computed_on   date NOT NULL,
    attendee_count integer NOT NULL DEFAULT 0,
    age_buckets   jsonb NOT NULL DEFAULT '{}'::jsonb,
    gender_split  jsonb NOT NULL DEFAULT '{}'::jsonb,
    top_cities    jsonb NOT NULL DEFAULT '[]'::jsonb,
    top_interests jsonb NOT NULL DEFAULT '[]'::jsonb,
    repeat_rate   numeric(5,4),
    computed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, computed_on)
);

CREATE TABLE page_views (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    anon_id     text,
    path        text NOT NULL,
    referrer    text,
    utm         jsonb,
    user_agent  text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE search_queries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    query            text NOT NULL,
    filters          jsonb NOT NULL DEFAULT '{}'::jsonb,
    results_count    integer NOT NULL DEFAULT 0,
    clicked_event_id uuid REFERENCES events (id) ON DELETE SET NULL,
    occurred_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE funnel_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id  text NOT NULL,
    user_id     uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    step        text NOT NULL CHECK (step IN ('view', 'tier_select', 'checkout_start', 'payment_submit', 'complete', 'abandon')),
    order_id    uuid REFERENCES orders (id) ON DELETE SET NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE share_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    event_id    uuid REFERENCES events (id) ON DELETE CASCADE,
    post_id     uuid REFERENCES event_posts (id) ON DELETE CASCADE,
    channel     text NOT NULL CHECK (channel IN ('copy_link', 'whatsapp', 'instagram', 'x', 'sms', 'email', 'other')),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    CHECK (event_id IS NOT NULL OR post_id IS NOT NULL)
);

CREATE TABLE event_daily_metrics (
    event_id       uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    day            date NOT NULL,
    views          integer NOT NULL DEFAULT 0,
    unique_viewers integer NOT NULL DEFAULT 0,
    saves          integer NOT NULL DEFAULT 0,
    tickets_sold   integer NOT NULL DEFAULT 0,
    revenue_cents  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, day)
);

CREATE TABLE org_daily_metrics (
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    day             date NOT NULL,
    new_followers   integer NOT NULL DEFAULT 0,
    tickets_sold    integer NOT NULL DEFAULT 0,
    gross_cents     bigint NOT NULL DEFAULT 0,
    net_cents       bigint NOT NULL DEFAULT 0,
    ad_spend_cents  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, day)
);

CREATE TABLE sponsor_performance_daily (
    sponsor_id  uuid NOT NULL REFERENCES sponsors (id) ON DELETE CASCADE,
    event_id    uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    day         date NOT NULL,
    impressions integer NOT NULL DEFAULT 0,
    clicks      integer NOT NULL DEFAULT 0,
    leads       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (sponsor_id, event_id, day)
);


-- =============================================================================
-- messaging — notifications, broadcast jobs, direct messages
-- =============================================================================

CREATE TABLE conversations (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind            text NOT NULL DEFAULT 'direct' CHECK (kind IN ('direct', 'group', 'event', 'sponsorship', 'support')),
    event_id        uuid REFERENCES events (id) ON DELETE CASCADE,
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    title           text,
    created_by      uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    last_message_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversation_participants (
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    role            text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
    joined_at       timestamptz NOT NULL DEFAULT now(),
    last_read_at    timestamptz,
    muted_until     timestamptz,
    PRIMARY KEY (conversation_id, user_id)
);

CREATE TABLE direct_messages (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id       uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    reply_to_id     uuid REFERENCES direct_messages (id) ON DELETE SET NULL,
    body            text CHECK (char_length(body) <= 4000),
    attachments     jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    edited_at       timestamptz,
    deleted_at      timestamptz
);

CREATE TABLE message_reactions (
    message_id uuid NOT NULL REFERENCES direct_messages (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    emoji      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, user_id, emoji)
);

CREATE TABLE notifications (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    actor_id   uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    event_id   uuid REFERENCES events (id) ON DELETE SET NULL,
    type       text NOT NULL,
    channel    notification_channel NOT NULL DEFAULT 'in_app',
    title      text NOT NULL,
    body       text,
    data       jsonb NOT NULL DEFAULT '{}'::jsonb,
    read_at    timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification_preferences (
    user_id uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    type    text NOT NULL,
    channel notification_channel NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    PRIMARY KEY (user_id, type, channel)
);

CREATE TABLE message_templates (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,  -- NULL = platform template
    key             text NOT NULL,
    channel         notification_channel NOT NULL,
    locale          varchar(8) NOT NULL DEFAULT 'en' REFERENCES languages (code),
    subject         text,
    body            text NOT NULL,
    variables       text[] NOT NULL DEFAULT '{}',
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE message_jobs (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    event_id         uuid REFERENCES events (id) ON DELETE SET NULL,
    template_id      uuid REFERENCES message_templates (id) ON DELETE SET NULL,
    channel          notification_channel NOT NULL,
    status           message_job_status NOT NULL DEFAULT 'draft',
    subject          text,
    body             text,
    audience         jsonb NOT NULL DEFAULT '{}'::jsonb,
    scheduled_at     timestamptz,
    started_at       timestamptz,
    completed_at     timestamptz,
    total_recipients integer NOT NULL DEFAULT 0,
    sent_count       integer NOT NULL DEFAULT 0,
    failed_count     integer NOT NULL DEFAULT 0,
    created_by       uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE message_job_recipients (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id     uuid NOT NULL REFERENCES message_jobs (id) ON DELETE CASCADE,
    user_id    uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    address    text NOT NULL,
    status     text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'delivered', 'bounced', 'failed', 'suppressed')),
    provider_message_id text,
    error      text,
    sent_at    timestamptz
);

CREATE TABLE push_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES user_profiles (id) ON DELETE CASCADE,
    device_id    uuid REFERENCES user_devices (id) ON DELETE CASCADE,
    provider     text NOT NULL CHECK (provider IN ('apns', 'fcm', 'expo', 'webpush')),
    token        text NOT NULL UNIQUE,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE email_events (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_message_id text NOT NULL,
    recipient           text NOT NULL,
    job_id              uuid REFERENCES message_jobs (id) ON DELETE SET NULL,
    event_type          text NOT NULL CHECK (event_type IN ('delivered', 'opened', 'clicked', 'bounced', 'complained', 'unsubscribed', 'deferred')),
    payload             jsonb NOT NULL DEFAULT '{}'::jsonb,
    occurred_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sms_events (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_message_id text NOT NULL,
    recipient           text NOT NULL,
    job_id              uuid REFERENCES message_jobs (id) ON DELETE SET NULL,
    status              text NOT NULL CHECK (status IN ('queued', 'sent', 'delivered', 'undelivered', 'failed')),
    segments            smallint NOT NULL DEFAULT 1,
    cost_micros         bigint,
    occurred_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE email_suppressions (
    email      text PRIMARY KEY CHECK (email = lower(email)),
    reason     text NOT NULL CHECK (reason IN ('bounce', 'complaint', 'unsubscribe', 'manual')),
    created_at timestamptz NOT NULL DEFAULT now()
);


-- =============================================================================
-- ml — embeddings, features, models (vectors stored as real[]; no pgvector)
-- =============================================================================

CREATE TABLE ml_models (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text NOT NULL,
    version      text NOT NULL,
    task         text NOT NULL CHECK (task IN ('embedding', 'recommendation', 'sponsor_match', 'fraud', 'demand_forecast', 'churn')),
    framework    text,
    artifact_url text,
    dims         smallint CHECK (dims > 0),
    metrics      jsonb NOT NULL DEFAULT '{}'::jsonb,
    is_active    boolean NOT NULL DEFAULT false,
    trained_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, version)
);

CREATE TABLE training_runs (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    model_id    uuid NOT NULL REFERENCES ml_models (id) ON DELETE CASCADE,
    status      text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    params      jsonb NOT NULL DEFAULT '{}'::jsonb,
    metrics     jsonb NOT NULL DEFAULT '{}'::jsonb,
    started_at  timestamptz,
    finished_at timestamptz
);

CREATE TABLE user_embeddings (
    user_id    uuid PRIMARY KEY REFERENCES user_profiles (id) ON DELETE CASCADE,
    model_id   uuid NOT NULL REFERENCES ml_models (id),
    embedding  real[] NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (array_ndims(embedding) = 1)
);

CREATE TABLE event_embeddings (
    event_id   uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    model_id   uuid NOT NULL REFERENCES ml_models (id),
    embedding  real[] NOT NULL,
    source_hash text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (array_ndims(embedding) = 1)
);

CREATE TABLE sponsor_embeddings (
    sponsor_id uuid PRIMARY KEY REFERENCES sponsors (id) ON DELETE CASCADE,
    model_id   uuid NOT NULL REFERENCES ml_models (id),
    embedding  real[] NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (array_ndims(embedding) = 1)
);

CREATE TABLE post_embeddings (
    post_id    uuid PRIMARY KEY REFERENCES event_posts (id) ON DELETE CASCADE,
    model_id   uuid NOT NULL REFERENCES ml_models (id),
    embedding  double precision[] NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ml_features (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity_type text NOT NULL CHECK (entity_type IN ('user', 'event', 'sponsor', 'organization', 'post')),
    entity_id   uuid NOT NULL,
    feature_set text NOT NULL,
    features    jsonb NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (entity_type, entity_id, feature_set)
);

CREATE TABLE model_predictions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id    uuid NOT NULL REFERENCES ml_models (id) ON DELETE CASCADE,
    entity_type text NOT NULL,
    entity_id   uuid NOT NULL,
    score       real,
    prediction  jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE recommendation_logs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    uuid REFERENCES user_profiles (id) ON DELETE SET NULL,
    event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    model_id   uuid REFERENCES ml_models (id) ON DELETE SET NULL,
    surface    text NOT NULL DEFAULT 'for_you',
    rank       smallint NOT NULL,
    score      real,
    served_at  timestamptz NOT NULL DEFAULT now(),
    clicked_at timestamptz
);


-- =============================================================================
-- public — infrastructure that stays in public after the migration
-- =============================================================================

CREATE TABLE outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic        text NOT NULL,
    payload      jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz
);

COMMENT ON TABLE outbox IS 'Transactional outbox: rows are written in the same transaction as the domain change and relayed to webhooks/queues by a worker.';

CREATE TABLE audit_log (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id        uuid,
    organization_id uuid,
    action          text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'LOGIN', 'EXPORT', 'ADMIN')),
    table_name      text,
    record_id       text,
    old_data        jsonb,
    new_data        jsonb,
    ip              inet,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feature_flags (
    key             text PRIMARY KEY CHECK (key ~ '^[a-z0-9_.]+$'),
    description     text,
    enabled         boolean NOT NULL DEFAULT false,
    rollout_percent smallint NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
    rules           jsonb NOT NULL DEFAULT '[]'::jsonb,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feature_flag_overrides (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    flag_key        text NOT NULL REFERENCES feature_flags (key) ON DELETE CASCADE,
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    user_id         uuid REFERENCES user_profiles (id) ON DELETE CASCADE,
    enabled         boolean NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(organization_id, user_id) = 1)
);

CREATE TABLE webhooks (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url             text NOT NULL CHECK (url LIKE 'https://%'),
    secret          text NOT NULL,
    topics          text[] NOT NULL DEFAULT '{}',
    is_active       boolean NOT NULL DEFAULT true,
    failure_count   integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id    uuid NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    outbox_id     bigint REFERENCES outbox (id) ON DELETE SET NULL,
    attempt       smallint NOT NULL DEFAULT 1,
    status_code   smallint,
    response_body text,
    duration_ms   integer,
    delivered_at  timestamptz,
    next_retry_at timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE idempotency_keys (
    key          text PRIMARY KEY,
    user_id      uuid,
    request_hash text NOT NULL,
    response     jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL DEFAULT (now() + interval '24 hours')
);

CREATE TABLE background_jobs (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue      text NOT NULL DEFAULT 'default',
    kind       text NOT NULL,
    payload    jsonb NOT NULL DEFAULT '{}'::jsonb,
    status     text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'dead')),
    attempts   smallint NOT NULL DEFAULT 0,
    run_at     timestamptz NOT NULL DEFAULT now(),
    locked_at  timestamptz,
    locked_by  text,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rate_limits (
    bucket       text NOT NULL,
    window_start timestamptz NOT NULL,
    hits         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, window_start)
);

CREATE TABLE app_config (
    key        text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE schema_migrations (
    version    text PRIMARY KEY,
    name       text,
    applied_at timestamptz NOT NULL DEFAULT now()
);


-- =============================================================================
-- Functions that read/write tables (API surface, triggers, security helpers)
-- =============================================================================

-- Organizations the calling user belongs to.  SECURITY DEFINER so RLS policies
-- on org_memberships can call it without recursion; pinned search_path.
CREATE FUNCTION user_orgs() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
    SELECT m.organization_id
      FROM public.org_memberships m
     WHERE m.user_id = public.current_user_id()
       AND m.status = 'active'
$$;

-- Role check used by policies and RPCs.  NOTE: SECURITY DEFINER *without* a
-- pinned search_path and with unqualified table names (flagged by linters).
CREATE FUNCTION is_org_member(p_org_id uuid, p_min_role org_role DEFAULT 'viewer') RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM org_memberships
         WHERE organization_id = p_org_id
           AND user_id = current_user_id()
           AND status = 'active'
           AND role <= p_min_role          -- enum order: owner < admin < editor < scanner < viewer
    )
$$;

CREATE FUNCTION enqueue_outbox(p_topic text, p_payload jsonb) RETURNS bigint
    LANGUAGE sql
AS $$
    INSERT INTO outbox (topic, payload) VALUES (p_topic, p_payload) RETURNING id
$$;

-- Issues p_quantity tickets for a tier.  Body uses unqualified table names
-- (ticket_tiers, tickets, outbox) and therefore depends on search_path.
CREATE FUNCTION issue_ticket(p_order_id uuid, p_tier_id uuid, p_owner_user_id uuid, p_quantity integer DEFAULT 1)
    RETURNS SETOF uuid
    LANGUAGE plpgsql
AS $$
DECLARE
    v_tier      ticket_tiers%ROWTYPE;
    v_ticket_id uuid;
BEGIN
    IF p_quantity < 1 THEN
        RAISE EXCEPTION 'quantity must be positive' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    SELECT * INTO v_tier FROM ticket_tiers WHERE id = p_tier_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ticket tier % not found', p_tier_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_tier.status <> 'active' OR v_tier.quantity_sold + p_quantity > v_tier.quantity THEN
        RAISE EXCEPTION 'ticket tier % is not available', p_tier_id USING ERRCODE = 'check_violation';
    END IF;

    UPDATE ticket_tiers
       SET quantity_sold = quantity_sold + p_quantity,
           status = CASE WHEN quantity_sold + p_quantity = quantity THEN 'sold_out' ELSE status END
     WHERE id = p_tier_id;

    FOR i IN 1 .. p_quantity LOOP
        INSERT INTO tickets (event_id, tier_id, order_id, owner_user_id)
        VALUES (v_tier.event_id, p_tier_id, p_order_id, p_owner_user_id)
        RETURNING id INTO v_ticket_id;

        INSERT INTO outbox (topic, payload)
        VALUES ('ticket.issued', jsonb_build_object('ticket_id', v_ticket_id,
                                                    'order_id', p_order_id,
                                                    'event_id', v_tier.event_id,
                                                    'owner_user_id', p_owner_user_id));
        RETURN NEXT v_ticket_id;
    END LOOP;
    RETURN;
END;
$$;

-- RPC: create a draft event for the current tenant.
CREATE FUNCTION create_event(p_title text, p_starts_at timestamptz, p_ends_at timestamptz,
                             p_timezone text DEFAULT 'UTC', p_venue_id uuid DEFAULT NULL,
                             p_category_id smallint DEFAULT NULL)
    RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_org uuid := current_org_id();
    v_id  uuid;
BEGIN
    IF v_org IS NULL OR NOT is_org_member(v_org, 'editor') THEN
        RAISE EXCEPTION 'not allowed to create events for organization %', v_org USING ERRCODE = 'insufficient_privilege';
    END IF;

    INSERT INTO events (organization_id, slug, title, starts_at, ends_at, timezone, venue_id, category_id, created_by)
    VALUES (v_org,
            lower(regexp_replace(p_title, '[^a-zA-Z0-9]+', '-', 'g')) || '-' || substr(md5(random()::text), 1, 6),
            p_title, p_starts_at, p_ends_at, p_timezone, p_venue_id, p_category_id, current_user_id())
    RETURNING id INTO v_id;

    PERFORM enqueue_outbox('event.created', jsonb_build_object('event_id', v_id, 'organization_id', v_org));
    RETURN v_id;
END;
$$;

CREATE FUNCTION wallet_balance(p_wallet_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(sum(amount_cents), 0)::bigint FROM wallet_transactions WHERE wallet_id = p_wallet_id
$$;

-- Ticket state machine:  issued -> redeemed | transferred | refunded | cancelled
CREATE FUNCTION enforce_ticket_status_transition() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status = OLD.status THEN
        RETURN NEW;
    END IF;

    IF OLD.status <> 'issued' THEN
        RAISE EXCEPTION 'invalid ticket status transition: % -> %', OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;

    IF NEW.status = 'redeemed' THEN
        NEW.redeemed_at := coalesce(NEW.redeemed_at, now());
    ELSIF NEW.status = 'transferred' THEN
        NEW.transferred_at := coalesce(NEW.transferred_at, now());
    END IF;

    INSERT INTO outbox (topic, payload)
    VALUES ('ticket.status_changed',
            jsonb_build_object('ticket_id', NEW.id, 'from', OLD.status, 'to', NEW.status));
    RETURN NEW;
END;
$$;

-- Escrow state machine:
--   pending -> funded | refunded;  funded -> locked | refunded;
--   locked -> released | disputed; disputed -> released | refunded
CREATE FUNCTION enforce_escrow_transition() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.escrow_state = OLD.escrow_state THEN
        RETURN NEW;
    END IF;

    IF (OLD.escrow_state::text || '>' || NEW.escrow_state::text) <> ALL (ARRAY[
            'pending>funded', 'pending>refunded',
            'funded>locked', 'funded>refunded',
            'locked>released', 'locked>disputed',
            'disputed>released', 'disputed>refunded']) THEN
        RAISE EXCEPTION 'invalid escrow transition: % -> %', OLD.escrow_state, NEW.escrow_state
            USING ERRCODE = 'check_violation';
    END IF;

    CASE NEW.escrow_state
        WHEN 'funded'   THEN NEW.funded_at   := now();
        WHEN 'locked'   THEN NEW.locked_at   := now();
        WHEN 'released' THEN NEW.released_at := now();
        WHEN 'refunded' THEN NEW.refunded_at := now();
        ELSE NULL;
    END CASE;

    INSERT INTO escrow_events (order_id, from_state, to_state, actor_id)
    VALUES (NEW.id, OLD.escrow_state, NEW.escrow_state, current_user_id());
    INSERT INTO outbox (topic, payload)
    VALUES ('sponsorship.escrow_' || NEW.escrow_state::text,
            jsonb_build_object('sponsorship_order_id', NEW.id, 'amount_cents', NEW.amount_cents));
    RETURN NEW;
END;
$$;

CREATE FUNCTION bump_post_comment_count() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE event_posts SET comment_count = comment_count + 1 WHERE id = NEW.post_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE event_posts SET comment_count = greatest(comment_count - 1, 0) WHERE id = OLD.post_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION touch_conversation() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE conversations SET last_message_at = NEW.created_at WHERE id = NEW.conversation_id;
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
DECLARE
    v_old jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    v_new jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
    INSERT INTO public.audit_log (actor_id, organization_id, action, table_name, record_id, old_data, new_data)
    VALUES (current_user_id(),
            coalesce(current_org_id(), (coalesce(v_new, v_old) ->> 'organization_id')::uuid),
            TG_OP, TG_TABLE_NAME, coalesce(v_new, v_old) ->> 'id', v_old, v_new);
    RETURN NULL;
END;
$$;


-- =============================================================================
-- Views and materialized views
-- =============================================================================

CREATE VIEW public_events AS
SELECT e.id,
       e.slug,
       e.title,
       e.subtitle,
       e.starts_at,
       e.ends_at,
       e.timezone,
       e.city,
       e.country_code,
       e.cover_image_url,
       e.category_id,
       o.name AS organizer_name,
       o.slug AS organizer_slug,
       v.name AS venue_name
  FROM events e
  JOIN organizations o ON o.id = e.organization_id
  LEFT JOIN venues v ON v.id = e.venue_id
 WHERE e.visibility = 'public'
   AND e.status = 'published'
   AND o.deleted_at IS NULL;

CREATE VIEW event_sales_summary AS
SELECT e.id AS event_id,
       e.organization_id,
       e.title,
       e.starts_at,
       count(t.id) FILTER (WHERE t.status IN ('issued', 'redeemed', 'transferred')) AS tickets_sold,
       count(t.id) FILTER (WHERE t.status = 'redeemed') AS tickets_redeemed,
       count(t.id) FILTER (WHERE t.status = 'refunded') AS tickets_refunded,
       (SELECT coalesce(sum(tt.quantity), 0) FROM ticket_tiers tt WHERE tt.event_id = e.id) AS capacity,
       (SELECT coalesce(sum(o.total_cents), 0)
          FROM orders o
         WHERE o.event_id = e.id AND o.status IN ('paid', 'partially_refunded')) AS gross_cents
  FROM events e
  LEFT JOIN tickets t ON t.event_id = e.id
 GROUP BY e.id;

CREATE VIEW active_campaigns AS
SELECT c.id,
       c.organization_id,
       c.name,
       c.objective,
       c.pricing_model,
       c.budget_cents,
       c.spent_cents,
       c.budget_cents - c.spent_cents AS remaining_cents,
       c.starts_at,
       c.ends_at
  FROM campaigns c
 WHERE c.status = 'active'
   AND (c.starts_at IS NULL OR c.starts_at <= now())
   AND (c.ends_at IS NULL OR c.ends_at > now())
   AND c.spent_cents < c.budget_cents;

CREATE VIEW sponsorship_overview AS
SELECT so.id AS sponsorship_order_id,
       so.organization_id,
       so.event_id,
       e.title AS event_title,
       s.id AS sponsor_id,
       s.name AS sponsor_name,
       p.title AS package_title,
       p.tier_label,
       so.amount_cents,
       so.currency,
       so.escrow_state,
       (SELECT count(*) FROM sponsorship_deliverables d WHERE d.order_id = so.id) AS deliverables_total,
       (SELECT count(*) FROM sponsorship_deliverables d WHERE d.order_id = so.id AND d.status = 'approved') AS deliverables_approved
  FROM sponsorship_orders so
  JOIN sponsors s ON s.id = so.sponsor_id
  JOIN sponsorship_packages p ON p.id = so.package_id
  JOIN events e ON e.id = so.event_id;

CREATE VIEW org_member_directory AS
SELECT m.organization_id,
       m.user_id,
       u.handle,
       u.display_name,
       u.avatar_url,
       m.role,
       m.status,
       m.joined_at
  FROM org_memberships m
  JOIN user_profiles u ON u.id = m.user_id
 WHERE u.deleted_at IS NULL;

CREATE VIEW wallet_balances AS
SELECT w.id AS wallet_id,
       w.user_id,
       w.currency,
       w.balance_cents AS cached_balance_cents,
       coalesce(sum(wt.amount_cents), 0)::bigint AS ledger_balance_cents,
       max(wt.created_at) AS last_transaction_at
  FROM wallets w
  LEFT JOIN wallet_transactions wt ON wt.wallet_id = w.id
 GROUP BY w.id;

CREATE VIEW upcoming_sessions AS
SELECT s.id AS session_id,
       s.event_id,
       e.organization_id,
       e.title AS event_title,
       s.title,
       s.track,
       s.room,
       s.starts_at,
       s.ends_at
  FROM event_sessions s
  JOIN events e ON e.id = s.event_id
 WHERE s.starts_at > now()
   AND e.status = 'published';

CREATE VIEW my_tickets WITH (security_invoker = true) AS
SELECT t.id AS ticket_id,
       t.status,
       t.qr_code,
       e.id AS event_id,
       e.title AS event_title,
       e.starts_at,
       tt.name AS tier_name
  FROM tickets t
  JOIN events e ON e.id = t.event_id
  JOIN ticket_tiers tt ON tt.id = t.tier_id
 WHERE t.owner_user_id = current_user_id();

CREATE MATERIALIZED VIEW mv_event_daily_stats AS
SELECT ei.event_id,
       (ei.occurred_at AT TIME ZONE 'UTC')::date AS day,
       count(*) AS total_views,
       count(DISTINCT ei.user_id) AS unique_users,
       count(DISTINCT ei.session_id) AS sessions,
       avg(ei.dwell_ms)::integer AS avg_dwell_ms
  FROM event_impressions ei
 GROUP BY ei.event_id, (ei.occurred_at AT TIME ZONE 'UTC')::date;

CREATE UNIQUE INDEX mv_event_daily_stats_event_day_idx ON mv_event_daily_stats (event_id, day);

CREATE FUNCTION refresh_event_daily_stats() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS $$
BEGIN
    -- CONCURRENTLY needs a populated view (a schema-only restore leaves it WITH NO DATA).
    IF (SELECT c.relispopulated FROM pg_catalog.pg_class c
         WHERE c.oid = 'public.mv_event_daily_stats'::regclass) THEN
        REFRESH MATERIALIZED VIEW CONCURRENTLY mv_event_daily_stats;
    ELSE
        REFRESH MATERIALIZED VIEW mv_event_daily_stats;
    END IF;
END;
$$;


-- =============================================================================
-- Indexes
-- =============================================================================

-- users
CREATE INDEX user_profiles_country_idx ON user_profiles (country_code);
CREATE INDEX user_profiles_active_idx ON user_profiles (last_active_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX follows_followee_idx ON follows (followee_id);
CREATE INDEX user_devices_user_idx ON user_devices (user_id);
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id) WHERE revoked_at IS NULL;
CREATE UNIQUE INDEX user_addresses_one_default_idx ON user_addresses (user_id) WHERE is_default;

-- organizations
CREATE INDEX org_memberships_user_idx ON org_memberships (user_id);
CREATE UNIQUE INDEX org_invitations_pending_email_idx ON org_invitations (organization_id, lower(email))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX organizations_settings_gin ON organizations USING gin (settings);
CREATE INDEX api_keys_org_idx ON api_keys (organization_id) WHERE revoked_at IS NULL;

-- events
CREATE INDEX events_org_starts_idx ON events (organization_id, starts_at);
CREATE INDEX events_discover_idx ON events (starts_at) WHERE status = 'published' AND visibility = 'public';
CREATE INDEX events_category_idx ON events (category_id);
CREATE INDEX events_venue_idx ON events (venue_id);
CREATE INDEX events_metadata_gin ON events USING gin (metadata jsonb_path_ops);
CREATE INDEX events_tags_gin ON events USING gin (tags);
CREATE INDEX event_posts_event_created_idx ON event_posts (event_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX event_comments_post_created_idx ON event_comments (post_id, created_at);
CREATE INDEX event_sessions_event_idx ON event_sessions (event_id, starts_at);
CREATE INDEX venues_geo_idx ON venues (country_code, city);

-- ticketing
CREATE INDEX ticket_tiers_event_idx ON ticket_tiers (event_id);
CREATE INDEX orders_user_created_idx ON orders (user_id, created_at DESC);
CREATE INDEX orders_event_idx ON orders (event_id);
CREATE INDEX orders_org_status_idx ON orders (organization_id, status);
CREATE INDEX order_items_order_idx ON order_items (order_id);
CREATE INDEX tickets_event_status_idx ON tickets (event_id, status);
CREATE INDEX tickets_owner_active_idx ON tickets (owner_user_id) WHERE status = 'issued';
CREATE INDEX tickets_order_idx ON tickets (order_id);
CREATE INDEX ticket_holds_expires_idx ON ticket_holds (expires_at);
CREATE INDEX ticket_scans_event_scanned_idx ON ticket_scans (event_id, scanned_at);
CREATE UNIQUE INDEX checkins_ticket_event_once_idx ON checkins (ticket_id) WHERE session_id IS NULL;
CREATE UNIQUE INDEX checkins_ticket_session_once_idx ON checkins (ticket_id, session_id) WHERE session_id IS NOT NULL;
CREATE INDEX waitlists_event_position_idx ON waitlists (event_id, position) WHERE status = 'waiting';
CREATE INDEX promo_codes_event_idx ON promo_codes (event_id);

-- sponsorship
CREATE INDEX sponsorship_packages_event_idx ON sponsorship_packages (event_id);
CREATE INDEX sponsorship_orders_sponsor_idx ON sponsorship_orders (sponsor_id);
CREATE INDEX sponsorship_orders_event_idx ON sponsorship_orders (event_id);
CREATE INDEX sponsorship_orders_open_escrow_idx ON sponsorship_orders (escrow_state) WHERE escrow_state IN ('funded', 'locked', 'disputed');
CREATE INDEX sponsorship_proposals_sponsor_status_idx ON sponsorship_proposals (sponsor_id, status);
CREATE INDEX sponsorship_matches_sponsor_score_idx ON sponsorship_matches (sponsor_id, score DESC);

-- campaigns
CREATE INDEX campaigns_org_status_idx ON campaigns (organization_id, status);
CREATE INDEX ad_creatives_campaign_idx ON ad_creatives (campaign_id);
CREATE INDEX ad_impressions_occurred_brin ON ad_impressions USING brin (occurred_at);
CREATE INDEX ad_impressions_campaign_occurred_idx ON ad_impressions (campaign_id, occurred_at);
CREATE INDEX ad_clicks_campaign_occurred_idx ON ad_clicks (campaign_id, occurred_at);
CREATE INDEX ad_clicks_impression_idx ON ad_clicks (impression_id);
CREATE INDEX ad_spend_ledger_campaign_period_idx ON ad_spend_ledger (campaign_id, period_start);

-- payments
CREATE INDEX wallet_transactions_wallet_created_idx ON wallet_transactions (wallet_id, created_at DESC);
CREATE INDEX wallet_transactions_org_wallet_created_idx ON wallet_transactions (org_wallet_id, created_at DESC);
CREATE INDEX wallet_transactions_reference_idx ON wallet_transactions (reference_type, reference_id);
CREATE INDEX credit_lots_org_wallet_available_idx ON credit_lots (org_wallet_id, expires_at) WHERE quantity_remaining > 0;
CREATE UNIQUE INDEX payment_methods_user_default_idx ON payment_methods (user_id) WHERE is_default AND user_id IS NOT NULL;
CREATE INDEX invoices_org_status_idx ON invoices (organization_id, status);
CREATE INDEX refunds_order_idx ON refunds (order_id);
CREATE INDEX payouts_org_created_idx ON payouts (organization_id, created_at DESC);
CREATE INDEX stripe_events_unprocessed_idx ON stripe_events (type, received_at) WHERE processed_at IS NULL;

-- analytics
CREATE INDEX event_impressions_occurred_brin ON event_impressions USING brin (occurred_at);
CREATE INDEX event_impressions_event_occurred_idx ON event_impressions (event_id, occurred_at);
CREATE INDEX post_impressions_post_occurred_idx ON post_impressions (post_id, occurred_at);
CREATE INDEX ticket_analytics_ticket_idx ON ticket_analytics (ticket_id);
CREATE INDEX ticket_analytics_metadata_gin ON ticket_analytics USING gin (metadata);
CREATE INDEX page_views_occurred_brin ON page_views USING brin (occurred_at);
CREATE INDEX funnel_events_event_step_idx ON funnel_events (event_id, step, occurred_at);

-- messaging
CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX direct_messages_conversation_created_idx ON direct_messages (conversation_id, created_at);
CREATE INDEX conversation_participants_user_idx ON conversation_participants (user_id);
CREATE INDEX message_jobs_scheduled_idx ON message_jobs (scheduled_at) WHERE status = 'scheduled';
CREATE UNIQUE INDEX message_templates_key_idx ON message_templates
    (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), key, channel, locale);
CREATE INDEX email_events_message_idx ON email_events (provider_message_id);
CREATE INDEX push_tokens_user_idx ON push_tokens (user_id) WHERE revoked_at IS NULL;

-- ml
CREATE INDEX ml_features_features_gin ON ml_features USING gin (features);
CREATE INDEX model_predictions_entity_idx ON model_predictions (entity_type, entity_id, created_at DESC);
CREATE INDEX recommendation_logs_user_served_idx ON recommendation_logs (user_id, served_at DESC);

-- public
CREATE INDEX outbox_unprocessed_idx ON outbox (created_at) WHERE processed_at IS NULL;
CREATE INDEX audit_log_org_created_idx ON audit_log (organization_id, created_at DESC);
CREATE INDEX audit_log_created_brin ON audit_log USING brin (created_at);
CREATE INDEX background_jobs_ready_idx ON background_jobs (queue, run_at) WHERE status = 'queued';
CREATE INDEX webhook_deliveries_retry_idx ON webhook_deliveries (next_retry_at) WHERE delivered_at IS NULL;


-- =============================================================================
-- Triggers
-- =============================================================================

CREATE TRIGGER user_profiles_set_updated_at BEFORE UPDATE ON user_profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER user_settings_set_updated_at BEFORE UPDATE ON user_settings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER org_wallets_set_updated_at BEFORE UPDATE ON org_wallets FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER org_settings_set_updated_at BEFORE UPDATE ON org_settings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER venues_set_updated_at BEFORE UPDATE ON venues FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER events_set_updated_at BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER event_posts_set_updated_at BEFORE UPDATE ON event_posts FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER event_comments_set_updated_at BEFORE UPDATE ON event_comments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER cultural_guides_set_updated_at BEFORE UPDATE ON cultural_guides FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER ticket_tiers_set_updated_at BEFORE UPDATE ON ticket_tiers FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER orders_set_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER tickets_set_updated_at BEFORE UPDATE ON tickets FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER sponsors_set_updated_at BEFORE UPDATE ON sponsors FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER sponsorship_packages_set_updated_at BEFORE UPDATE ON sponsorship_packages FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER sponsorship_orders_set_updated_at BEFORE UPDATE ON sponsorship_orders FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER sponsorship_proposals_set_updated_at BEFORE UPDATE ON sponsorship_proposals FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER sponsorship_deliverables_set_updated_at BEFORE UPDATE ON sponsorship_deliverables FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER campaigns_set_updated_at BEFORE UPDATE ON campaigns FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER ad_creatives_set_updated_at BEFORE UPDATE ON ad_creatives FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER wallets_set_updated_at BEFORE UPDATE ON wallets FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER invoices_set_updated_at BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER payouts_set_updated_at BEFORE UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER message_templates_set_updated_at BEFORE UPDATE ON message_templates FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER webhooks_set_updated_at BEFORE UPDATE ON webhooks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- state machines
CREATE TRIGGER tickets_status_transition
    BEFORE UPDATE OF status ON tickets
    FOR EACH ROW EXECUTE FUNCTION enforce_ticket_status_transition();
CREATE TRIGGER sponsorship_orders_escrow_transition
    BEFORE UPDATE OF escrow_state ON sponsorship_orders
    FOR EACH ROW EXECUTE FUNCTION enforce_escrow_transition();

-- denormalised counters
CREATE TRIGGER event_comments_bump_count
    AFTER INSERT OR DELETE ON event_comments
    FOR EACH ROW EXECUTE FUNCTION bump_post_comment_count();
CREATE TRIGGER direct_messages_touch_conversation
    AFTER INSERT ON direct_messages
    FOR EACH ROW EXECUTE FUNCTION touch_conversation();

-- auditing
CREATE TRIGGER organizations_audit AFTER INSERT OR UPDATE OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER org_memberships_audit AFTER INSERT OR UPDATE OR DELETE ON org_memberships FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER orders_audit AFTER UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER payouts_audit AFTER INSERT OR UPDATE ON payouts FOR EACH ROW EXECUTE FUNCTION audit_row_change();


-- =============================================================================
-- Row level security (partial: roughly half of the tenant tables have it)
-- =============================================================================

-- organizations
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organizations_member_read ON organizations
    FOR SELECT TO authenticated USING (id IN (SELECT user_orgs()));
CREATE POLICY organizations_admin_update ON organizations
    FOR UPDATE TO authenticated
    USING (id = current_org_id() AND is_org_member(id, 'admin'))
    WITH CHECK (id = current_org_id());

ALTER TABLE org_memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON org_memberships
    FOR ALL USING (organization_id = current_org_id());
CREATE POLICY org_memberships_self_read ON org_memberships
    FOR SELECT TO authenticated USING (user_id = current_user_id());

ALTER TABLE org_invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON org_invitations
    FOR ALL USING (organization_id = current_org_id());

ALTER TABLE org_wallets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON org_wallets
    FOR SELECT USING (organization_id = current_org_id());

-- RLS on, no policy: only service_role (BYPASSRLS) / the owner can reach api keys.
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;

-- users
ALTER TABLE user_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_profiles_public_read ON user_profiles
    FOR SELECT USING (deleted_at IS NULL);
CREATE POLICY user_profiles_self_update ON user_profiles
    FOR UPDATE TO authenticated USING (id = current_user_id()) WITH CHECK (id = current_user_id());

ALTER TABLE user_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_settings_owner ON user_settings
    FOR ALL TO authenticated USING (user_id = current_user_id());

-- events
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY public_events ON events
    FOR SELECT TO anon, authenticated
    USING (visibility = 'public' OR organization_id = current_org_id());
CREATE POLICY tenant_isolation ON events
    FOR ALL TO authenticated
    USING (organization_id = current_org_id())
    WITH CHECK (organization_id = current_org_id());

ALTER TABLE event_posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_posts_read ON event_posts
    FOR SELECT USING (deleted_at IS NULL);
CREATE POLICY event_posts_author_write ON event_posts
    FOR ALL TO authenticated USING (author_id = current_user_id()) WITH CHECK (author_id = current_user_id());

-- ticketing
ALTER TABLE ticket_tiers ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_tiers_public_read ON ticket_tiers
    FOR SELECT USING (NOT is_hidden OR organization_id = current_org_id());
CREATE POLICY tenant_isolation ON ticket_tiers
    FOR ALL TO authenticated USING (organization_id = current_org_id());

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_orders ON orders
    FOR SELECT TO authenticated USING (user_id = current_user_id());
CREATE POLICY tenant_isolation ON orders
    FOR ALL TO authenticated USING (organization_id = current_org_id());

ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_tickets ON tickets
    FOR SELECT TO authenticated USING (owner_user_id = current_user_id());
CREATE POLICY tenant_tickets ON tickets
    FOR ALL TO authenticated
    USING (event_id IN (SELECT e.id FROM events e WHERE e.organization_id = current_org_id()));

ALTER TABLE promo_codes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON promo_codes
    FOR ALL USING (organization_id = current_org_id());

-- sponsorship
ALTER TABLE sponsors ENABLE ROW LEVEL SECURITY;
-- Over-permissive legacy policy (tenant column ignored).
CREATE POLICY sponsors_all_authenticated ON sponsors
    FOR ALL TO authenticated USING (true);

ALTER TABLE sponsorship_packages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sponsorship_packages
    FOR ALL USING (organization_id = current_org_id());
CREATE POLICY sponsorship_packages_public_read ON sponsorship_packages
    FOR SELECT TO anon, authenticated USING (visibility = 'public' AND is_active);

ALTER TABLE sponsorship_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sponsorship_orders
    FOR ALL USING (organization_id = current_org_id());
CREATE POLICY sponsor_side_read ON sponsorship_orders
    FOR SELECT TO authenticated
    USING (sponsor_id IN (SELECT s.id FROM sponsors s WHERE s.organization_id = current_org_id()));

ALTER TABLE sponsorship_proposals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sponsorship_proposals
    FOR ALL USING (organization_id = current_org_id());
CREATE POLICY sponsor_side_read ON sponsorship_proposals
    FOR SELECT TO authenticated
    USING (status <> 'draft' AND sponsor_id IN (SELECT s.id FROM sponsors s WHERE s.organization_id = current_org_id()));

-- campaigns
ALTER TABLE campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns
    FOR ALL USING (organization_id = current_org_id());

ALTER TABLE ad_creatives ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ad_creatives
    FOR ALL USING (organization_id = current_org_id());

-- payments
ALTER TABLE wallets ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_wallet ON wallets
    FOR SELECT TO authenticated USING (user_id = current_user_id());

ALTER TABLE wallet_transactions ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_wallet_transactions ON wallet_transactions
    FOR SELECT TO authenticated
    USING (wallet_id IN (SELECT w.id FROM wallets w WHERE w.user_id = current_user_id()));

ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_owner ON invoices
    FOR SELECT TO authenticated
    USING (organization_id = current_org_id() OR user_id = current_user_id());

ALTER TABLE payouts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payouts
    FOR SELECT USING (organization_id = current_org_id());

-- messaging
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notifications ON notifications
    FOR ALL TO authenticated USING (user_id = current_user_id());

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
CREATE POLICY conversation_participants_only ON conversations
    FOR SELECT TO authenticated
    USING (id IN (SELECT cp.conversation_id FROM conversation_participants cp WHERE cp.user_id = current_user_id()));

ALTER TABLE direct_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY conversation_participants_read ON direct_messages
    FOR SELECT TO authenticated
    USING (conversation_id IN (SELECT cp.conversation_id FROM conversation_participants cp WHERE cp.user_id = current_user_id()));
CREATE POLICY sender_insert ON direct_messages
    FOR INSERT TO authenticated WITH CHECK (sender_id = current_user_id());

ALTER TABLE message_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message_jobs
    FOR ALL USING (organization_id = current_org_id());


-- =============================================================================
-- Privileges (Supabase style: anon / authenticated / service_role)
-- =============================================================================

GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;

-- reference data: read-only for clients
GRANT SELECT ON TABLE countries, currencies, regions, timezones, languages, industries,
                      event_categories, interest_tags, venue_types, accessibility_features, fx_rates
    TO anon, authenticated;
GRANT ALL ON TABLE countries, currencies, regions, timezones, languages, industries,
                   event_categories, interest_tags, venue_types, accessibility_features, fx_rates
    TO service_role;

-- PostgREST-exposed tables (protected by RLS where enabled)
GRANT ALL ON TABLE user_profiles, events, event_posts, event_comments, event_reactions,
                   ticket_tiers, sponsorship_packages, organizations, cultural_guides,
                   event_sessions, speakers, venues
    TO anon, authenticated, service_role;

GRANT ALL ON TABLE user_settings, follows, org_memberships, org_invitations, org_wallets,
                   orders, order_items, tickets, ticket_transfers, promo_codes, waitlists,
                   sponsors, sponsorship_orders, sponsorship_proposals, sponsorship_deliverables,
                   campaigns, ad_creatives, wallets, wallet_transactions, invoices, payouts,
                   notifications, conversations, conversation_participants, direct_messages,
                   message_jobs, message_templates
    TO authenticated, service_role;

-- backend-only tables
GRANT ALL ON TABLE api_keys, outbox, audit_log, stripe_events, payment_intents, refunds,
                   credit_lots, ad_impressions, ad_clicks, ad_spend_ledger, webhooks,
                   webhook_deliveries, user_embeddings, event_embeddings, sponsor_embeddings
    TO service_role;

GRANT SELECT ON TABLE public_events TO anon, authenticated;
GRANT SELECT ON TABLE event_sales_summary, active_campaigns, org_member_directory, my_tickets,
                      upcoming_sessions, mv_event_daily_stats
    TO authenticated;
GRANT SELECT ON TABLE event_sales_summary, active_campaigns, sponsorship_overview, org_member_directory,
                      wallet_balances, upcoming_sessions, my_tickets, mv_event_daily_stats
    TO service_role;

GRANT USAGE, SELECT ON SEQUENCE order_number_seq, invoice_number_seq TO service_role;
GRANT USAGE, SELECT ON SEQUENCE order_number_seq TO authenticated;

REVOKE EXECUTE ON FUNCTION issue_ticket(uuid, uuid, uuid, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION refresh_event_daily_stats() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_org_id(), current_user_id(), user_orgs(), is_org_member(uuid, org_role)
    TO anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION create_event(text, timestamptz, timestamptz, text, uuid, smallint) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION issue_ticket(uuid, uuid, uuid, integer) TO service_role;
GRANT EXECUTE ON FUNCTION refresh_event_daily_stats() TO service_role;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO service_role;
