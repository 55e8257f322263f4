--
-- PostgreSQL database dump
--

\restrict YardPassDemoDumpRestrictKey0000000000000000

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: campaign_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.campaign_status AS ENUM (
    'draft',
    'pending_review',
    'scheduled',
    'active',
    'paused',
    'completed',
    'archived',
    'rejected'
);


--
-- Name: deliverable_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.deliverable_status AS ENUM (
    'pending',
    'in_progress',
    'submitted',
    'approved',
    'rejected',
    'waived'
);


--
-- Name: escrow_state; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.escrow_state AS ENUM (
    'pending',
    'funded',
    'locked',
    'released',
    'refunded',
    'disputed'
);


--
-- Name: event_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.event_status AS ENUM (
    'draft',
    'published',
    'cancelled',
    'postponed',
    'completed'
);


--
-- Name: event_visibility; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.event_visibility AS ENUM (
    'public',
    'unlisted',
    'private'
);


--
-- Name: invoice_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.invoice_status AS ENUM (
    'draft',
    'open',
    'paid',
    'void',
    'uncollectible'
);


--
-- Name: message_job_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.message_job_status AS ENUM (
    'draft',
    'scheduled',
    'sending',
    'sent',
    'failed',
    'cancelled'
);


--
-- Name: notification_channel; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.notification_channel AS ENUM (
    'in_app',
    'email',
    'push',
    'sms'
);


--
-- Name: order_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.order_status AS ENUM (
    'pending',
    'awaiting_payment',
    'paid',
    'partially_refunded',
    'refunded',
    'cancelled',
    'failed'
);


--
-- Name: org_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.org_role AS ENUM (
    'owner',
    'admin',
    'editor',
    'scanner',
    'viewer'
);


--
-- Name: payout_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payout_status AS ENUM (
    'pending',
    'in_transit',
    'paid',
    'failed',
    'cancelled'
);


--
-- Name: proposal_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.proposal_status AS ENUM (
    'draft',
    'sent',
    'viewed',
    'counter_offer',
    'accepted',
    'rejected',
    'expired'
);


--
-- Name: refund_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.refund_status AS ENUM (
    'requested',
    'approved',
    'processing',
    'succeeded',
    'failed',
    'denied'
);


--
-- Name: ticket_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.ticket_status AS ENUM (
    'issued',
    'redeemed',
    'transferred',
    'refunded',
    'cancelled'
);


--
-- Name: wallet_txn_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.wallet_txn_type AS ENUM (
    'deposit',
    'withdrawal',
    'purchase',
    'refund',
    'ad_spend',
    'credit_grant',
    'credit_expiry',
    'adjustment',
    'payout'
);


--
-- Name: audit_row_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
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


--
-- Name: bump_post_comment_count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bump_post_comment_count() RETURNS trigger
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


--
-- Name: create_event(text, timestamp with time zone, timestamp with time zone, text, uuid, smallint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.create_event(p_title text, p_starts_at timestamp with time zone, p_ends_at timestamp with time zone, p_timezone text DEFAULT 'UTC'::text, p_venue_id uuid DEFAULT NULL::uuid, p_category_id smallint DEFAULT NULL::smallint) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
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


--
-- Name: current_org_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$
    SELECT nullif(current_setting('app.current_org_id', true), '')::uuid
$$;


--
-- Name: FUNCTION current_org_id(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.current_org_id() IS 'Tenant of the current request (set by the API gateway via SET app.current_org_id). Used by RLS policies.';


--
-- Name: current_user_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.current_user_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
    )::uuid
$$;


--
-- Name: enforce_escrow_transition(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.enforce_escrow_transition() RETURNS trigger
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


--
-- Name: enforce_ticket_status_transition(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.enforce_ticket_status_transition() RETURNS trigger
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


--
-- Name: enqueue_outbox(text, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.enqueue_outbox(p_topic text, p_payload jsonb) RETURNS bigint
    LANGUAGE sql
    AS $$
    INSERT INTO outbox (topic, payload) VALUES (p_topic, p_payload) RETURNING id
$$;


--
-- Name: is_org_member(uuid, public.org_role); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_org_member(p_org_id uuid, p_min_role public.org_role DEFAULT 'viewer'::public.org_role) RETURNS boolean
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


--
-- Name: issue_ticket(uuid, uuid, uuid, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.issue_ticket(p_order_id uuid, p_tier_id uuid, p_owner_user_id uuid, p_quantity integer DEFAULT 1) RETURNS SETOF uuid
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


--
-- Name: refresh_event_daily_stats(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refresh_event_daily_stats() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
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


--
-- Name: set_updated_at(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;


--
-- Name: touch_conversation(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.touch_conversation() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE conversations SET last_message_at = NEW.created_at WHERE id = NEW.conversation_id;
    RETURN NULL;
END;
$$;


--
-- Name: user_orgs(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user_orgs() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
    SELECT m.organization_id
      FROM public.org_memberships m
     WHERE m.user_id = public.current_user_id()
       AND m.status = 'active'
$$;


--
-- Name: wallet_balance(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.wallet_balance(p_wallet_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(sum(amount_cents), 0)::bigint FROM wallet_transactions WHERE wallet_id = p_wallet_id
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accessibility_features; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accessibility_features (
    code text NOT NULL,
    label text NOT NULL,
    description text
);


--
-- Name: campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaigns (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    objective text NOT NULL,
    status public.campaign_status DEFAULT 'draft'::public.campaign_status NOT NULL,
    pricing_model text DEFAULT 'cpm'::text NOT NULL,
    bid_micros bigint,
    budget_cents bigint NOT NULL,
    daily_budget_cents bigint,
    spent_cents bigint DEFAULT 0 NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    archived_at timestamp with time zone,
    CONSTRAINT campaigns_bid_micros_check CHECK ((bid_micros > 0)),
    CONSTRAINT campaigns_budget_cents_check CHECK ((budget_cents > 0)),
    CONSTRAINT campaigns_check CHECK (((ends_at IS NULL) OR (starts_at IS NULL) OR (ends_at > starts_at))),
    CONSTRAINT campaigns_daily_budget_cents_check CHECK ((daily_budget_cents > 0)),
    CONSTRAINT campaigns_objective_check CHECK ((objective = ANY (ARRAY['awareness'::text, 'traffic'::text, 'ticket_sales'::text, 'engagement'::text, 'followers'::text]))),
    CONSTRAINT campaigns_pricing_model_check CHECK ((pricing_model = ANY (ARRAY['cpm'::text, 'cpc'::text, 'cpa'::text]))),
    CONSTRAINT campaigns_spent_cents_check CHECK ((spent_cents >= 0))
);


--
-- Name: active_campaigns; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.active_campaigns AS
 SELECT c.id,
    c.organization_id,
    c.name,
    c.objective,
    c.pricing_model,
    c.budget_cents,
    c.spent_cents,
    (c.budget_cents - c.spent_cents) AS remaining_cents,
    c.starts_at,
    c.ends_at
   FROM public.campaigns c
  WHERE ((c.status = 'active'::public.campaign_status) AND ((c.starts_at IS NULL) OR (c.starts_at <= now())) AND ((c.ends_at IS NULL) OR (c.ends_at > now())) AND (c.spent_cents < c.budget_cents));


--
-- Name: ad_clicks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_clicks (
    id bigint NOT NULL,
    impression_id bigint,
    campaign_id uuid NOT NULL,
    creative_id uuid,
    user_id uuid,
    cost_micros bigint DEFAULT 0 NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_clicks_cost_micros_check CHECK ((cost_micros >= 0))
);


--
-- Name: ad_clicks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ad_clicks ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ad_clicks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ad_conversions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_conversions (
    id bigint NOT NULL,
    click_id bigint,
    campaign_id uuid NOT NULL,
    order_id uuid,
    kind text DEFAULT 'purchase'::text NOT NULL,
    value_cents bigint DEFAULT 0 NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_conversions_kind_check CHECK ((kind = ANY (ARRAY['purchase'::text, 'signup'::text, 'follow'::text, 'save'::text])))
);


--
-- Name: ad_conversions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ad_conversions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ad_conversions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ad_creatives; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_creatives (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    campaign_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    post_id uuid,
    format text NOT NULL,
    headline text,
    body text,
    media_url text,
    cta_label text,
    cta_url text,
    status text DEFAULT 'pending_review'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_creatives_format_check CHECK ((format = ANY (ARRAY['feed'::text, 'story'::text, 'banner'::text, 'video'::text, 'promoted_post'::text]))),
    CONSTRAINT ad_creatives_status_check CHECK ((status = ANY (ARRAY['pending_review'::text, 'approved'::text, 'rejected'::text, 'paused'::text])))
);


--
-- Name: ad_frequency_caps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_frequency_caps (
    campaign_id uuid NOT NULL,
    window_hours smallint NOT NULL,
    max_impressions smallint NOT NULL,
    CONSTRAINT ad_frequency_caps_max_impressions_check CHECK ((max_impressions > 0)),
    CONSTRAINT ad_frequency_caps_window_hours_check CHECK ((window_hours > 0))
);


--
-- Name: ad_impressions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_impressions (
    id bigint NOT NULL,
    campaign_id uuid NOT NULL,
    creative_id uuid,
    event_id uuid,
    user_id uuid,
    placement_code text NOT NULL,
    request_id uuid NOT NULL,
    session_id text,
    device_type text,
    country_code character(2),
    cost_micros bigint DEFAULT 0 NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_impressions_cost_micros_check CHECK ((cost_micros >= 0)),
    CONSTRAINT ad_impressions_device_type_check CHECK ((device_type = ANY (ARRAY['ios'::text, 'android'::text, 'web'::text, 'other'::text])))
);


--
-- Name: TABLE ad_impressions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.ad_impressions IS 'Ad impression log (~50M rows/month). Candidate for monthly partitioning during the migration.';


--
-- Name: ad_impressions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ad_impressions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ad_impressions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ad_placements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_placements (
    code text NOT NULL,
    name text NOT NULL,
    surface text NOT NULL,
    description text,
    floor_cpm_micros bigint DEFAULT 0 NOT NULL,
    CONSTRAINT ad_placements_surface_check CHECK ((surface = ANY (ARRAY['feed'::text, 'search'::text, 'event_page'::text, 'story'::text, 'email'::text])))
);


--
-- Name: ad_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_reviews (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    creative_id uuid NOT NULL,
    reviewer_id uuid,
    decision text NOT NULL,
    notes text,
    reviewed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_reviews_decision_check CHECK ((decision = ANY (ARRAY['approved'::text, 'rejected'::text, 'needs_changes'::text])))
);


--
-- Name: ad_spend_ledger; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ad_spend_ledger (
    id bigint NOT NULL,
    campaign_id uuid NOT NULL,
    wallet_id uuid NOT NULL,
    credit_lot_id uuid,
    kind text NOT NULL,
    amount_cents bigint NOT NULL,
    units bigint DEFAULT 0 NOT NULL,
    period_start timestamp with time zone NOT NULL,
    period_end timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ad_spend_ledger_check CHECK ((period_end > period_start)),
    CONSTRAINT ad_spend_ledger_kind_check CHECK ((kind = ANY (ARRAY['impressions'::text, 'clicks'::text, 'conversions'::text, 'adjustment'::text, 'refund'::text])))
);


--
-- Name: ad_spend_ledger_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ad_spend_ledger ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ad_spend_ledger_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_keys (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    key_prefix character(8) NOT NULL,
    key_hash text NOT NULL,
    scopes text[] DEFAULT '{read}'::text[] NOT NULL,
    created_by uuid,
    last_used_at timestamp with time zone,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: app_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_config (
    key text NOT NULL,
    value jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: attendee_answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendee_answers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    question_id uuid NOT NULL,
    ticket_id uuid NOT NULL,
    answer text,
    answered_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: attendee_questions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendee_questions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    tier_id uuid,
    prompt text NOT NULL,
    kind text DEFAULT 'text'::text NOT NULL,
    options jsonb,
    required boolean DEFAULT false NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    CONSTRAINT attendee_questions_kind_check CHECK ((kind = ANY (ARRAY['text'::text, 'choice'::text, 'multi_choice'::text, 'checkbox'::text, 'date'::text])))
);


--
-- Name: audience_segment_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audience_segment_members (
    segment_id uuid NOT NULL,
    user_id uuid NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audience_segments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audience_segments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    definition jsonb DEFAULT '{}'::jsonb NOT NULL,
    estimated_size integer,
    refreshed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    actor_id uuid,
    organization_id uuid,
    action text NOT NULL,
    table_name text,
    record_id text,
    old_data jsonb,
    new_data jsonb,
    ip inet,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_log_action_check CHECK ((action = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text, 'LOGIN'::text, 'EXPORT'::text, 'ADMIN'::text])))
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: background_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.background_jobs (
    id bigint NOT NULL,
    queue text DEFAULT 'default'::text NOT NULL,
    kind text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts smallint DEFAULT 0 NOT NULL,
    run_at timestamp with time zone DEFAULT now() NOT NULL,
    locked_at timestamp with time zone,
    locked_by text,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT background_jobs_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text, 'dead'::text])))
);


--
-- Name: background_jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.background_jobs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.background_jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bundle_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bundle_items (
    bundle_id uuid NOT NULL,
    tier_id uuid NOT NULL,
    quantity smallint DEFAULT 1 NOT NULL,
    CONSTRAINT bundle_items_quantity_check CHECK ((quantity > 0))
);


--
-- Name: campaign_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaign_events (
    campaign_id uuid NOT NULL,
    event_id uuid NOT NULL
);


--
-- Name: campaign_segments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaign_segments (
    campaign_id uuid NOT NULL,
    segment_id uuid NOT NULL,
    exclude boolean DEFAULT false NOT NULL
);


--
-- Name: campaign_targeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaign_targeting (
    campaign_id uuid NOT NULL,
    country_codes character(2)[] DEFAULT '{}'::bpchar[] NOT NULL,
    cities text[] DEFAULT '{}'::text[] NOT NULL,
    radius_km integer,
    age_min smallint,
    age_max smallint,
    interest_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    category_ids smallint[] DEFAULT '{}'::smallint[] NOT NULL,
    placements text[] DEFAULT '{feed}'::text[] NOT NULL,
    CONSTRAINT campaign_targeting_age_min_check CHECK ((age_min >= 13)),
    CONSTRAINT campaign_targeting_check CHECK (((age_max IS NULL) OR (age_min IS NULL) OR (age_max >= age_min))),
    CONSTRAINT campaign_targeting_radius_km_check CHECK ((radius_km > 0))
);


--
-- Name: checkins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkins (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    event_id uuid NOT NULL,
    session_id uuid,
    user_id uuid,
    method text DEFAULT 'qr'::text NOT NULL,
    checked_in_by uuid,
    checked_in_at timestamp with time zone DEFAULT now() NOT NULL,
    checked_out_at timestamp with time zone,
    CONSTRAINT checkins_method_check CHECK ((method = ANY (ARRAY['qr'::text, 'manual'::text, 'nfc'::text, 'guest_list'::text])))
);


--
-- Name: checkout_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkout_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    event_id uuid NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    cart jsonb DEFAULT '[]'::jsonb NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '00:15:00'::interval) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT checkout_sessions_status_check CHECK ((status = ANY (ARRAY['open'::text, 'completed'::text, 'expired'::text, 'abandoned'::text])))
);


--
-- Name: comment_reactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_reactions (
    comment_id uuid NOT NULL,
    user_id uuid NOT NULL,
    kind text DEFAULT 'like'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT comment_reactions_kind_check CHECK ((kind = ANY (ARRAY['like'::text, 'love'::text, 'fire'::text, 'clap'::text, 'laugh'::text])))
);


--
-- Name: conversation_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.conversation_participants (
    conversation_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    last_read_at timestamp with time zone,
    muted_until timestamp with time zone,
    CONSTRAINT conversation_participants_role_check CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text])))
);


--
-- Name: conversations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.conversations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    kind text DEFAULT 'direct'::text NOT NULL,
    event_id uuid,
    organization_id uuid,
    title text,
    created_by uuid,
    last_message_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT conversations_kind_check CHECK ((kind = ANY (ARRAY['direct'::text, 'group'::text, 'event'::text, 'sponsorship'::text, 'support'::text])))
);


--
-- Name: countries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.countries (
    code character(2) NOT NULL,
    iso3 character(3) NOT NULL,
    name text NOT NULL,
    default_currency character(3),
    phone_prefix text,
    is_supported boolean DEFAULT false NOT NULL,
    CONSTRAINT countries_code_check CHECK ((code ~ '^[A-Z]{2}$'::text))
);


--
-- Name: TABLE countries; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.countries IS 'ISO 3166-1 countries; is_supported marks countries where YardPass sells tickets.';


--
-- Name: credit_lots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credit_lots (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    wallet_id uuid,
    org_wallet_id uuid,
    package_id uuid,
    source text NOT NULL,
    quantity_purchased integer NOT NULL,
    quantity_remaining integer NOT NULL,
    unit_price_cents integer DEFAULT 0 NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT credit_lots_check CHECK ((quantity_remaining <= quantity_purchased)),
    CONSTRAINT credit_lots_check1 CHECK ((num_nonnulls(wallet_id, org_wallet_id) = 1)),
    CONSTRAINT credit_lots_quantity_purchased_check CHECK ((quantity_purchased > 0)),
    CONSTRAINT credit_lots_quantity_remaining_check CHECK ((quantity_remaining >= 0)),
    CONSTRAINT credit_lots_source_check CHECK ((source = ANY (ARRAY['purchase'::text, 'grant'::text, 'refund'::text, 'promo'::text]))),
    CONSTRAINT credit_lots_unit_price_cents_check CHECK ((unit_price_cents >= 0))
);


--
-- Name: credit_packages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credit_packages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    credits integer NOT NULL,
    price_cents integer NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT credit_packages_credits_check CHECK ((credits > 0)),
    CONSTRAINT credit_packages_price_cents_check CHECK ((price_cents >= 0))
);


--
-- Name: cultural_guides; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cultural_guides (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    language character varying(8) DEFAULT 'en'::character varying NOT NULL,
    title text NOT NULL,
    summary text,
    dress_code text,
    etiquette text,
    sections jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: currencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.currencies (
    code character(3) NOT NULL,
    name text NOT NULL,
    symbol text,
    minor_units smallint DEFAULT 2 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    CONSTRAINT currencies_code_check CHECK ((code ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT currencies_minor_units_check CHECK (((minor_units >= 0) AND (minor_units <= 4)))
);


--
-- Name: TABLE currencies; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.currencies IS 'ISO 4217 currencies. Amounts everywhere are stored in minor units (cents).';


--
-- Name: deliverable_proofs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deliverable_proofs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    deliverable_id uuid NOT NULL,
    url text NOT NULL,
    note text,
    submitted_by uuid NOT NULL,
    submitted_at timestamp with time zone DEFAULT now() NOT NULL,
    review_note text
);


--
-- Name: direct_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.direct_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    conversation_id uuid NOT NULL,
    sender_id uuid NOT NULL,
    reply_to_id uuid,
    body text,
    attachments jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone,
    CONSTRAINT direct_messages_body_check CHECK ((char_length(body) <= 4000))
);


--
-- Name: disputes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.disputes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    payment_intent_id uuid NOT NULL,
    stripe_dispute_id text NOT NULL,
    amount_cents bigint NOT NULL,
    reason text,
    status text NOT NULL,
    evidence_due_by timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT disputes_status_check CHECK ((status = ANY (ARRAY['warning_needs_response'::text, 'needs_response'::text, 'under_review'::text, 'won'::text, 'lost'::text])))
);


--
-- Name: email_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.email_events (
    id bigint NOT NULL,
    provider_message_id text NOT NULL,
    recipient text NOT NULL,
    job_id uuid,
    event_type text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT email_events_event_type_check CHECK ((event_type = ANY (ARRAY['delivered'::text, 'opened'::text, 'clicked'::text, 'bounced'::text, 'complained'::text, 'unsubscribed'::text, 'deferred'::text])))
);


--
-- Name: email_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.email_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.email_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: email_suppressions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.email_suppressions (
    email text NOT NULL,
    reason text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT email_suppressions_email_check CHECK ((email = lower(email))),
    CONSTRAINT email_suppressions_reason_check CHECK ((reason = ANY (ARRAY['bounce'::text, 'complaint'::text, 'unsubscribe'::text, 'manual'::text])))
);


--
-- Name: escrow_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.escrow_events (
    id bigint NOT NULL,
    order_id uuid NOT NULL,
    from_state public.escrow_state,
    to_state public.escrow_state NOT NULL,
    reason text,
    actor_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: escrow_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.escrow_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.escrow_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: event_accessibility; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_accessibility (
    event_id uuid NOT NULL,
    feature_code text NOT NULL,
    notes text
);


--
-- Name: event_announcements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_announcements (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    audience text DEFAULT 'ticket_holders'::text NOT NULL,
    created_by uuid,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_announcements_audience_check CHECK ((audience = ANY (ARRAY['everyone'::text, 'ticket_holders'::text, 'waitlist'::text, 'staff'::text])))
);


--
-- Name: event_audience_insights; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_audience_insights (
    event_id uuid NOT NULL,
    computed_on date NOT NULL,
    attendee_count integer DEFAULT 0 NOT NULL,
    age_buckets jsonb DEFAULT '{}'::jsonb NOT NULL,
    gender_split jsonb DEFAULT '{}'::jsonb NOT NULL,
    top_cities jsonb DEFAULT '[]'::jsonb NOT NULL,
    top_interests jsonb DEFAULT '[]'::jsonb NOT NULL,
    repeat_rate numeric(5,4),
    computed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: event_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_categories (
    id smallint NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    parent_id smallint,
    icon text,
    sort_order integer DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    CONSTRAINT event_categories_slug_check CHECK ((slug ~ '^[a-z0-9-]+$'::text))
);


--
-- Name: event_categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.event_categories_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: event_categories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.event_categories_id_seq OWNED BY public.event_categories.id;


--
-- Name: event_comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_comments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    post_id uuid NOT NULL,
    author_id uuid NOT NULL,
    parent_id uuid,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT event_comments_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 2000)))
);


--
-- Name: event_daily_metrics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_daily_metrics (
    event_id uuid NOT NULL,
    day date NOT NULL,
    views integer DEFAULT 0 NOT NULL,
    unique_viewers integer DEFAULT 0 NOT NULL,
    saves integer DEFAULT 0 NOT NULL,
    tickets_sold integer DEFAULT 0 NOT NULL,
    revenue_cents bigint DEFAULT 0 NOT NULL
);


--
-- Name: event_embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_embeddings (
    event_id uuid NOT NULL,
    model_id uuid NOT NULL,
    embedding real[] NOT NULL,
    source_hash text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_embeddings_embedding_check CHECK ((array_ndims(embedding) = 1))
);


--
-- Name: event_faqs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_faqs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    question text NOT NULL,
    answer text NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL
);


--
-- Name: event_hosts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_hosts (
    event_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text DEFAULT 'cohost'::text NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_hosts_role_check CHECK ((role = ANY (ARRAY['host'::text, 'cohost'::text, 'moderator'::text])))
);


--
-- Name: event_impressions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_impressions (
    id bigint NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    session_id text,
    source text DEFAULT 'feed'::text NOT NULL,
    referrer text,
    device_type text,
    country_code character(2),
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_impressions_dwell_ms_check CHECK ((dwell_ms >= 0)),
    CONSTRAINT event_impressions_source_check CHECK ((source = ANY (ARRAY['feed'::text, 'search'::text, 'profile'::text, 'share'::text, 'ad'::text, 'direct'::text, 'email'::text])))
)
PARTITION BY RANGE (occurred_at);


--
-- Name: TABLE event_impressions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.event_impressions IS 'Raw event-card impressions, one partition per calendar month (UTC). Retention: 13 months.';


--
-- Name: event_impressions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.event_impressions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: event_impressions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.event_impressions_id_seq OWNED BY public.event_impressions.id;


--
-- Name: event_impressions_2025_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_impressions_2025_10 (
    id bigint DEFAULT nextval('public.event_impressions_id_seq'::regclass) NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    session_id text,
    source text DEFAULT 'feed'::text NOT NULL,
    referrer text,
    device_type text,
    country_code character(2),
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_impressions_dwell_ms_check CHECK ((dwell_ms >= 0)),
    CONSTRAINT event_impressions_source_check CHECK ((source = ANY (ARRAY['feed'::text, 'search'::text, 'profile'::text, 'share'::text, 'ad'::text, 'direct'::text, 'email'::text])))
);


--
-- Name: event_impressions_2025_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_impressions_2025_11 (
    id bigint DEFAULT nextval('public.event_impressions_id_seq'::regclass) NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    session_id text,
    source text DEFAULT 'feed'::text NOT NULL,
    referrer text,
    device_type text,
    country_code character(2),
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_impressions_dwell_ms_check CHECK ((dwell_ms >= 0)),
    CONSTRAINT event_impressions_source_check CHECK ((source = ANY (ARRAY['feed'::text, 'search'::text, 'profile'::text, 'share'::text, 'ad'::text, 'direct'::text, 'email'::text])))
);


--
-- Name: event_impressions_2025_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_impressions_2025_12 (
    id bigint DEFAULT nextval('public.event_impressions_id_seq'::regclass) NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    session_id text,
    source text DEFAULT 'feed'::text NOT NULL,
    referrer text,
    device_type text,
    country_code character(2),
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_impressions_dwell_ms_check CHECK ((dwell_ms >= 0)),
    CONSTRAINT event_impressions_source_check CHECK ((source = ANY (ARRAY['feed'::text, 'search'::text, 'profile'::text, 'share'::text, 'ad'::text, 'direct'::text, 'email'::text])))
);


--
-- Name: event_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    label text NOT NULL,
    url text NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL
);


--
-- Name: event_media; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_media (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    kind text NOT NULL,
    url text NOT NULL,
    caption text,
    sort_order smallint DEFAULT 0 NOT NULL,
    uploaded_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_media_kind_check CHECK ((kind = ANY (ARRAY['image'::text, 'video'::text, 'audio'::text])))
);


--
-- Name: event_poll_votes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_poll_votes (
    poll_id uuid NOT NULL,
    user_id uuid NOT NULL,
    option_index smallint NOT NULL,
    voted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_poll_votes_option_index_check CHECK ((option_index >= 0))
);


--
-- Name: event_polls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_polls (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    post_id uuid,
    question text NOT NULL,
    options jsonb NOT NULL,
    closes_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_polls_options_check CHECK ((jsonb_typeof(options) = 'array'::text))
);


--
-- Name: event_posts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_posts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    author_id uuid NOT NULL,
    organization_id uuid,
    body text,
    media_urls text[] DEFAULT '{}'::text[] NOT NULL,
    visibility text DEFAULT 'public'::text NOT NULL,
    is_pinned boolean DEFAULT false NOT NULL,
    like_count integer DEFAULT 0 NOT NULL,
    comment_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT event_posts_body_check CHECK ((char_length(body) <= 5000)),
    CONSTRAINT event_posts_comment_count_check CHECK ((comment_count >= 0)),
    CONSTRAINT event_posts_like_count_check CHECK ((like_count >= 0)),
    CONSTRAINT event_posts_visibility_check CHECK ((visibility = ANY (ARRAY['public'::text, 'ticket_holders'::text, 'organizers'::text])))
);


--
-- Name: event_reactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_reactions (
    post_id uuid NOT NULL,
    user_id uuid NOT NULL,
    kind text DEFAULT 'like'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_reactions_kind_check CHECK ((kind = ANY (ARRAY['like'::text, 'love'::text, 'fire'::text, 'clap'::text, 'laugh'::text])))
);


--
-- Name: event_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    post_id uuid,
    comment_id uuid,
    reporter_id uuid NOT NULL,
    reason text NOT NULL,
    details text,
    status text DEFAULT 'open'::text NOT NULL,
    resolved_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    resolved_at timestamp with time zone,
    CONSTRAINT event_reports_reason_check CHECK ((reason = ANY (ARRAY['spam'::text, 'scam'::text, 'offensive'::text, 'misleading'::text, 'copyright'::text, 'other'::text]))),
    CONSTRAINT event_reports_status_check CHECK ((status = ANY (ARRAY['open'::text, 'reviewing'::text, 'actioned'::text, 'dismissed'::text])))
);


--
-- Name: event_sales_summary; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.event_sales_summary AS
SELECT
    NULL::uuid AS event_id,
    NULL::uuid AS organization_id,
    NULL::text AS title,
    NULL::timestamp with time zone AS starts_at,
    NULL::bigint AS tickets_sold,
    NULL::bigint AS tickets_redeemed,
    NULL::bigint AS tickets_refunded,
    NULL::bigint AS capacity,
    NULL::bigint AS gross_cents;


--
-- Name: event_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_series (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    title text NOT NULL,
    recurrence_rule text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: event_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    track text,
    room text,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    capacity integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_sessions_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT event_sessions_check CHECK ((ends_at > starts_at))
);


--
-- Name: event_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_tags (
    event_id uuid NOT NULL,
    tag_id integer NOT NULL
);


--
-- Name: event_translations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_translations (
    event_id uuid NOT NULL,
    language_code character varying(8) NOT NULL,
    title text NOT NULL,
    subtitle text,
    description text,
    is_machine boolean DEFAULT false NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    subtitle text,
    description text,
    category_id smallint,
    series_id uuid,
    venue_id uuid,
    status public.event_status DEFAULT 'draft'::public.event_status NOT NULL,
    visibility public.event_visibility DEFAULT 'public'::public.event_visibility NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    timezone text NOT NULL,
    country_code character(2),
    city text,
    is_online boolean DEFAULT false NOT NULL,
    online_url text,
    cover_image_url text,
    capacity integer,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    age_restriction smallint,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by uuid NOT NULL,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_age_restriction_check CHECK ((age_restriction = ANY (ARRAY[0, 13, 16, 18, 21]))),
    CONSTRAINT events_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT events_check CHECK ((ends_at > starts_at)),
    CONSTRAINT events_check1 CHECK (((NOT is_online) OR (online_url IS NOT NULL))),
    CONSTRAINT events_title_check CHECK (((char_length(title) >= 3) AND (char_length(title) <= 140)))
);


--
-- Name: TABLE events; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.events IS 'Core event record. Referenced by ticketing, sponsorship, campaigns, analytics and messaging.';


--
-- Name: COLUMN events.organization_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.organization_id IS 'Owning tenant (the seeds call this owner_context_id).';


--
-- Name: feature_flag_overrides; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feature_flag_overrides (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    flag_key text NOT NULL,
    organization_id uuid,
    user_id uuid,
    enabled boolean NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feature_flag_overrides_check CHECK ((num_nonnulls(organization_id, user_id) = 1))
);


--
-- Name: feature_flags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feature_flags (
    key text NOT NULL,
    description text,
    enabled boolean DEFAULT false NOT NULL,
    rollout_percent smallint DEFAULT 0 NOT NULL,
    rules jsonb DEFAULT '[]'::jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feature_flags_key_check CHECK ((key ~ '^[a-z0-9_.]+$'::text)),
    CONSTRAINT feature_flags_rollout_percent_check CHECK (((rollout_percent >= 0) AND (rollout_percent <= 100)))
);


--
-- Name: fee_schedules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fee_schedules (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    applies_to text NOT NULL,
    percent_bps integer DEFAULT 0 NOT NULL,
    fixed_cents integer DEFAULT 0 NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    valid_from timestamp with time zone DEFAULT now() NOT NULL,
    valid_to timestamp with time zone,
    CONSTRAINT fee_schedules_applies_to_check CHECK ((applies_to = ANY (ARRAY['tickets'::text, 'sponsorship'::text, 'ads'::text, 'payouts'::text]))),
    CONSTRAINT fee_schedules_fixed_cents_check CHECK ((fixed_cents >= 0)),
    CONSTRAINT fee_schedules_percent_bps_check CHECK (((percent_bps >= 0) AND (percent_bps <= 10000)))
);


--
-- Name: follows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.follows (
    follower_id uuid NOT NULL,
    followee_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT follows_check CHECK ((follower_id <> followee_id))
);


--
-- Name: funnel_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.funnel_events (
    id bigint NOT NULL,
    session_id text NOT NULL,
    user_id uuid,
    event_id uuid NOT NULL,
    step text NOT NULL,
    order_id uuid,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT funnel_events_step_check CHECK ((step = ANY (ARRAY['view'::text, 'tier_select'::text, 'checkout_start'::text, 'payment_submit'::text, 'complete'::text, 'abandon'::text])))
);


--
-- Name: funnel_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.funnel_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.funnel_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fx_rates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fx_rates (
    base_currency character(3) NOT NULL,
    quote_currency character(3) NOT NULL,
    as_of date NOT NULL,
    rate numeric(18,8) NOT NULL,
    source text DEFAULT 'ecb'::text NOT NULL,
    CONSTRAINT fx_rates_check CHECK ((base_currency <> quote_currency)),
    CONSTRAINT fx_rates_rate_check CHECK ((rate > (0)::numeric))
);


--
-- Name: guest_list_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guest_list_entries (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    guest_list_id uuid NOT NULL,
    full_name text NOT NULL,
    email text,
    plus_ones smallint DEFAULT 0 NOT NULL,
    notes text,
    checked_in_at timestamp with time zone,
    added_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT guest_list_entries_plus_ones_check CHECK (((plus_ones >= 0) AND (plus_ones <= 10)))
);


--
-- Name: guest_lists; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.guest_lists (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    max_entries integer,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_keys (
    key text NOT NULL,
    user_id uuid,
    request_hash text NOT NULL,
    response jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '24:00:00'::interval) NOT NULL
);


--
-- Name: industries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.industries (
    id smallint NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    parent_id smallint
);


--
-- Name: industries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.industries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.industries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: interest_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.interest_tags (
    id integer NOT NULL,
    slug text NOT NULL,
    label text NOT NULL,
    category_id smallint
);


--
-- Name: interest_tags_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.interest_tags_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: interest_tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.interest_tags_id_seq OWNED BY public.interest_tags.id;


--
-- Name: invoice_line_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoice_line_items (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    invoice_id uuid NOT NULL,
    description text NOT NULL,
    quantity numeric(12,2) DEFAULT 1 NOT NULL,
    unit_amount_cents bigint NOT NULL,
    amount_cents bigint NOT NULL,
    tax_rate_id uuid,
    sort_order smallint DEFAULT 0 NOT NULL,
    CONSTRAINT invoice_line_items_quantity_check CHECK ((quantity > (0)::numeric))
);


--
-- Name: invoice_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.invoice_number_seq
    START WITH 100001
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: invoices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    number text DEFAULT ('INV-'::text || lpad((nextval('public.invoice_number_seq'::regclass))::text, 8, '0'::text)) NOT NULL,
    organization_id uuid,
    user_id uuid,
    sponsorship_order_id uuid,
    status public.invoice_status DEFAULT 'draft'::public.invoice_status NOT NULL,
    currency character(3) NOT NULL,
    subtotal_cents bigint DEFAULT 0 NOT NULL,
    tax_cents bigint DEFAULT 0 NOT NULL,
    total_cents bigint DEFAULT 0 NOT NULL,
    stripe_invoice_id text,
    pdf_url text,
    issued_at timestamp with time zone,
    due_at timestamp with time zone,
    paid_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT invoices_check CHECK ((num_nonnulls(organization_id, user_id) >= 1))
);


--
-- Name: languages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.languages (
    code character varying(8) NOT NULL,
    name text NOT NULL,
    native_name text,
    is_rtl boolean DEFAULT false NOT NULL
);


--
-- Name: message_job_recipients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.message_job_recipients (
    id bigint NOT NULL,
    job_id uuid NOT NULL,
    user_id uuid,
    address text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    provider_message_id text,
    error text,
    sent_at timestamp with time zone,
    CONSTRAINT message_job_recipients_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sent'::text, 'delivered'::text, 'bounced'::text, 'failed'::text, 'suppressed'::text])))
);


--
-- Name: message_job_recipients_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.message_job_recipients ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.message_job_recipients_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: message_jobs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.message_jobs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid,
    template_id uuid,
    channel public.notification_channel NOT NULL,
    status public.message_job_status DEFAULT 'draft'::public.message_job_status NOT NULL,
    subject text,
    body text,
    audience jsonb DEFAULT '{}'::jsonb NOT NULL,
    scheduled_at timestamp with time zone,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    total_recipients integer DEFAULT 0 NOT NULL,
    sent_count integer DEFAULT 0 NOT NULL,
    failed_count integer DEFAULT 0 NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: message_reactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.message_reactions (
    message_id uuid NOT NULL,
    user_id uuid NOT NULL,
    emoji text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: message_templates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.message_templates (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    key text NOT NULL,
    channel public.notification_channel NOT NULL,
    locale character varying(8) DEFAULT 'en'::character varying NOT NULL,
    subject text,
    body text NOT NULL,
    variables text[] DEFAULT '{}'::text[] NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ml_features; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ml_features (
    id bigint NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    feature_set text NOT NULL,
    features jsonb NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ml_features_entity_type_check CHECK ((entity_type = ANY (ARRAY['user'::text, 'event'::text, 'sponsor'::text, 'organization'::text, 'post'::text])))
);


--
-- Name: ml_features_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ml_features ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.ml_features_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ml_models; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ml_models (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    version text NOT NULL,
    task text NOT NULL,
    framework text,
    artifact_url text,
    dims smallint,
    metrics jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_active boolean DEFAULT false NOT NULL,
    trained_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ml_models_dims_check CHECK ((dims > 0)),
    CONSTRAINT ml_models_task_check CHECK ((task = ANY (ARRAY['embedding'::text, 'recommendation'::text, 'sponsor_match'::text, 'fraud'::text, 'demand_forecast'::text, 'churn'::text])))
);


--
-- Name: model_predictions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.model_predictions (
    id bigint NOT NULL,
    model_id uuid NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    score real,
    prediction jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: model_predictions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.model_predictions ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.model_predictions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: mv_event_daily_stats; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.mv_event_daily_stats AS
 SELECT ei.event_id,
    ((ei.occurred_at AT TIME ZONE 'UTC'::text))::date AS day,
    count(*) AS total_views,
    count(DISTINCT ei.user_id) AS unique_users,
    count(DISTINCT ei.session_id) AS sessions,
    (avg(ei.dwell_ms))::integer AS avg_dwell_ms
   FROM public.event_impressions ei
  GROUP BY ei.event_id, (((ei.occurred_at AT TIME ZONE 'UTC'::text))::date)
  WITH NO DATA;


--
-- Name: ticket_tiers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_tiers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    badge_label text,
    price_cents integer DEFAULT 0 NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    quantity integer NOT NULL,
    quantity_sold integer DEFAULT 0 NOT NULL,
    max_per_order smallint DEFAULT 10 NOT NULL,
    sales_start_at timestamp with time zone,
    sales_end_at timestamp with time zone,
    status text DEFAULT 'active'::text NOT NULL,
    is_hidden boolean DEFAULT false NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_tiers_check CHECK ((quantity_sold <= quantity)),
    CONSTRAINT ticket_tiers_check1 CHECK (((sales_end_at IS NULL) OR (sales_start_at IS NULL) OR (sales_end_at > sales_start_at))),
    CONSTRAINT ticket_tiers_max_per_order_check CHECK (((max_per_order >= 1) AND (max_per_order <= 100))),
    CONSTRAINT ticket_tiers_price_cents_check CHECK ((price_cents >= 0)),
    CONSTRAINT ticket_tiers_quantity_check CHECK ((quantity >= 0)),
    CONSTRAINT ticket_tiers_quantity_sold_check CHECK ((quantity_sold >= 0)),
    CONSTRAINT ticket_tiers_status_check CHECK ((status = ANY (ARRAY['active'::text, 'paused'::text, 'sold_out'::text, 'archived'::text])))
);


--
-- Name: tickets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tickets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    tier_id uuid NOT NULL,
    order_id uuid,
    owner_user_id uuid,
    seat_id uuid,
    status public.ticket_status DEFAULT 'issued'::public.ticket_status NOT NULL,
    qr_code text DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text) NOT NULL,
    attendee_name text,
    attendee_email text,
    redeemed_at timestamp with time zone,
    transferred_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tickets_check CHECK (((status <> 'redeemed'::public.ticket_status) OR (redeemed_at IS NOT NULL)))
);


--
-- Name: TABLE tickets; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tickets IS 'Issued tickets. No organization_id yet: tenant is reached through event_id (the migration plan adds it).';


--
-- Name: my_tickets; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.my_tickets WITH (security_invoker='true') AS
 SELECT t.id AS ticket_id,
    t.status,
    t.qr_code,
    e.id AS event_id,
    e.title AS event_title,
    e.starts_at,
    tt.name AS tier_name
   FROM ((public.tickets t
     JOIN public.events e ON ((e.id = t.event_id)))
     JOIN public.ticket_tiers tt ON ((tt.id = t.tier_id)))
  WHERE (t.owner_user_id = public.current_user_id());


--
-- Name: notification_preferences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_preferences (
    user_id uuid NOT NULL,
    type text NOT NULL,
    channel public.notification_channel NOT NULL,
    enabled boolean DEFAULT true NOT NULL
);


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    actor_id uuid,
    event_id uuid,
    type text NOT NULL,
    channel public.notification_channel DEFAULT 'in_app'::public.notification_channel NOT NULL,
    title text NOT NULL,
    body text,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: order_addons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_addons (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid NOT NULL,
    addon_id uuid NOT NULL,
    quantity integer NOT NULL,
    unit_price_cents integer NOT NULL,
    CONSTRAINT order_addons_quantity_check CHECK ((quantity > 0)),
    CONSTRAINT order_addons_unit_price_cents_check CHECK ((unit_price_cents >= 0))
);


--
-- Name: order_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_items (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid NOT NULL,
    tier_id uuid NOT NULL,
    quantity integer NOT NULL,
    unit_price_cents integer NOT NULL,
    total_cents integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT order_items_quantity_check CHECK ((quantity > 0)),
    CONSTRAINT order_items_total_cents_check CHECK ((total_cents >= 0)),
    CONSTRAINT order_items_unit_price_cents_check CHECK ((unit_price_cents >= 0))
);


--
-- Name: order_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_number_seq
    START WITH 1000000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 20;


--
-- Name: orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orders (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_number bigint DEFAULT nextval('public.order_number_seq'::regclass) NOT NULL,
    user_id uuid,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    checkout_session_id uuid,
    promo_code_id uuid,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    currency character(3) NOT NULL,
    subtotal_cents integer NOT NULL,
    discount_cents integer DEFAULT 0 NOT NULL,
    fees_cents integer DEFAULT 0 NOT NULL,
    tax_cents integer DEFAULT 0 NOT NULL,
    total_cents integer NOT NULL,
    contact_email text NOT NULL,
    contact_name text,
    stripe_payment_intent_id text,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    paid_at timestamp with time zone,
    cancelled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT orders_check CHECK ((total_cents = (((subtotal_cents - discount_cents) + fees_cents) + tax_cents))),
    CONSTRAINT orders_discount_cents_check CHECK ((discount_cents >= 0)),
    CONSTRAINT orders_fees_cents_check CHECK ((fees_cents >= 0)),
    CONSTRAINT orders_subtotal_cents_check CHECK ((subtotal_cents >= 0)),
    CONSTRAINT orders_tax_cents_check CHECK ((tax_cents >= 0)),
    CONSTRAINT orders_total_cents_check CHECK ((total_cents >= 0))
);


--
-- Name: org_billing_contacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_billing_contacts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    phone text,
    is_primary boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_daily_metrics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_daily_metrics (
    organization_id uuid NOT NULL,
    day date NOT NULL,
    new_followers integer DEFAULT 0 NOT NULL,
    tickets_sold integer DEFAULT 0 NOT NULL,
    gross_cents bigint DEFAULT 0 NOT NULL,
    net_cents bigint DEFAULT 0 NOT NULL,
    ad_spend_cents bigint DEFAULT 0 NOT NULL
);


--
-- Name: org_domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_domains (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    domain text NOT NULL,
    verification_token text NOT NULL,
    verified_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_followers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_followers (
    organization_id uuid NOT NULL,
    user_id uuid NOT NULL,
    notify boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    email text NOT NULL,
    role public.org_role DEFAULT 'viewer'::public.org_role NOT NULL,
    token text NOT NULL,
    invited_by uuid NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '7 days'::interval) NOT NULL,
    accepted_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role public.org_role DEFAULT 'viewer'::public.org_role NOT NULL,
    custom_role_id uuid,
    status text DEFAULT 'active'::text NOT NULL,
    invited_by uuid,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT org_memberships_status_check CHECK ((status = ANY (ARRAY['active'::text, 'suspended'::text, 'left'::text])))
);


--
-- Name: user_profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_profiles (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    handle text NOT NULL,
    display_name text NOT NULL,
    email text NOT NULL,
    phone text,
    avatar_url text,
    bio text,
    country_code character(2),
    timezone text,
    locale character varying(8) DEFAULT 'en'::character varying NOT NULL,
    date_of_birth date,
    platform_role text DEFAULT 'attendee'::text NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    follower_count integer DEFAULT 0 NOT NULL,
    following_count integer DEFAULT 0 NOT NULL,
    last_active_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT user_profiles_bio_check CHECK ((char_length(bio) <= 500)),
    CONSTRAINT user_profiles_email_check CHECK ((POSITION(('@'::text) IN (email)) > 1)),
    CONSTRAINT user_profiles_handle_check CHECK ((handle ~ '^[a-z0-9_.]{3,30}$'::text)),
    CONSTRAINT user_profiles_platform_role_check CHECK ((platform_role = ANY (ARRAY['attendee'::text, 'organizer'::text, 'sponsor'::text, 'staff'::text, 'admin'::text])))
);


--
-- Name: TABLE user_profiles; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_profiles IS 'One row per Supabase auth user (id = auth.users.id).';


--
-- Name: org_member_directory; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.org_member_directory AS
 SELECT m.organization_id,
    m.user_id,
    u.handle,
    u.display_name,
    u.avatar_url,
    m.role,
    m.status,
    m.joined_at
   FROM (public.org_memberships m
     JOIN public.user_profiles u ON ((u.id = m.user_id)))
  WHERE (u.deleted_at IS NULL);


--
-- Name: org_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_roles (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    permissions text[] DEFAULT '{}'::text[] NOT NULL,
    is_system boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_settings (
    organization_id uuid NOT NULL,
    branding jsonb DEFAULT '{}'::jsonb NOT NULL,
    ticket_fee_mode text DEFAULT 'pass_through'::text NOT NULL,
    refund_policy text DEFAULT 'no_refunds'::text NOT NULL,
    refund_policy_text text,
    require_2fa boolean DEFAULT false NOT NULL,
    default_event_visibility public.event_visibility DEFAULT 'public'::public.event_visibility NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT org_settings_refund_policy_check CHECK ((refund_policy = ANY (ARRAY['no_refunds'::text, '7_days'::text, '30_days'::text, 'until_event'::text, 'custom'::text]))),
    CONSTRAINT org_settings_ticket_fee_mode_check CHECK ((ticket_fee_mode = ANY (ARRAY['absorb'::text, 'pass_through'::text, 'split'::text])))
);


--
-- Name: org_social_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_social_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    provider text NOT NULL,
    url text NOT NULL
);


--
-- Name: org_team_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_team_members (
    team_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    is_lead boolean DEFAULT false NOT NULL,
    added_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_teams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_teams (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_verification_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_verification_requests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    status text DEFAULT 'submitted'::text NOT NULL,
    documents jsonb DEFAULT '[]'::jsonb NOT NULL,
    submitted_by uuid NOT NULL,
    reviewed_by uuid,
    review_notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    reviewed_at timestamp with time zone,
    CONSTRAINT org_verification_requests_status_check CHECK ((status = ANY (ARRAY['submitted'::text, 'in_review'::text, 'approved'::text, 'rejected'::text])))
);


--
-- Name: org_wallets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_wallets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    balance_cents bigint DEFAULT 0 NOT NULL,
    credit_balance integer DEFAULT 0 NOT NULL,
    low_balance_alert bigint,
    status text DEFAULT 'active'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT org_wallets_credit_balance_check CHECK ((credit_balance >= 0)),
    CONSTRAINT org_wallets_status_check CHECK ((status = ANY (ARRAY['active'::text, 'frozen'::text, 'closed'::text])))
);


--
-- Name: organizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organizations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    legal_name text,
    kind text DEFAULT 'organizer'::text NOT NULL,
    industry_id smallint,
    country_code character(2),
    timezone text,
    default_currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    website text,
    logo_url text,
    description text,
    plan text DEFAULT 'free'::text NOT NULL,
    owner_user_id uuid NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    verified_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT organizations_kind_check CHECK ((kind = ANY (ARRAY['organizer'::text, 'venue'::text, 'brand'::text, 'agency'::text]))),
    CONSTRAINT organizations_plan_check CHECK ((plan = ANY (ARRAY['free'::text, 'pro'::text, 'enterprise'::text]))),
    CONSTRAINT organizations_slug_check CHECK ((slug ~ '^[a-z0-9-]{2,48}$'::text))
);


--
-- Name: TABLE organizations; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.organizations IS 'Tenants. organization_id on other tables points here; RLS isolates by current_org_id().';


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    topic text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    processed_at timestamp with time zone
);


--
-- Name: TABLE outbox; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.outbox IS 'Transactional outbox: rows are written in the same transaction as the domain change and relayed to webhooks/queues by a worker.';


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: package_benefits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.package_benefits (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    package_id uuid NOT NULL,
    label text NOT NULL,
    deliverable_type text NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    CONSTRAINT package_benefits_deliverable_type_check CHECK ((deliverable_type = ANY (ARRAY['logo_placement'::text, 'booth'::text, 'social_post'::text, 'stage_mention'::text, 'email_feature'::text, 'tickets'::text, 'other'::text]))),
    CONSTRAINT package_benefits_quantity_check CHECK ((quantity > 0))
);


--
-- Name: page_views; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.page_views (
    id bigint NOT NULL,
    user_id uuid,
    anon_id text,
    path text NOT NULL,
    referrer text,
    utm jsonb,
    user_agent text,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: page_views_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.page_views ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.page_views_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: payment_intents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_intents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid,
    sponsorship_order_id uuid,
    invoice_id uuid,
    payment_method_id uuid,
    stripe_payment_intent_id text NOT NULL,
    amount_cents bigint NOT NULL,
    application_fee_cents bigint DEFAULT 0 NOT NULL,
    currency character(3) NOT NULL,
    status text NOT NULL,
    last_error jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payment_intents_amount_cents_check CHECK ((amount_cents > 0)),
    CONSTRAINT payment_intents_status_check CHECK ((status = ANY (ARRAY['requires_payment_method'::text, 'requires_confirmation'::text, 'requires_action'::text, 'processing'::text, 'requires_capture'::text, 'canceled'::text, 'succeeded'::text])))
);


--
-- Name: payment_methods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_methods (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    organization_id uuid,
    stripe_payment_method_id text NOT NULL,
    kind text DEFAULT 'card'::text NOT NULL,
    brand text,
    last4 character(4),
    exp_month smallint,
    exp_year smallint,
    is_default boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payment_methods_check CHECK ((num_nonnulls(user_id, organization_id) = 1)),
    CONSTRAINT payment_methods_exp_month_check CHECK (((exp_month >= 1) AND (exp_month <= 12))),
    CONSTRAINT payment_methods_kind_check CHECK ((kind = ANY (ARRAY['card'::text, 'sepa_debit'::text, 'us_bank_account'::text, 'apple_pay'::text, 'google_pay'::text])))
);


--
-- Name: payout_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payout_items (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    payout_id uuid NOT NULL,
    order_id uuid,
    sponsorship_order_id uuid,
    amount_cents bigint NOT NULL,
    CONSTRAINT payout_items_check CHECK ((num_nonnulls(order_id, sponsorship_order_id) = 1))
);


--
-- Name: payouts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payouts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    connect_account_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    currency character(3) NOT NULL,
    status public.payout_status DEFAULT 'pending'::public.payout_status NOT NULL,
    stripe_payout_id text,
    arrival_date date,
    failure_reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payouts_amount_cents_check CHECK ((amount_cents > 0))
);


--
-- Name: post_embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_embeddings (
    post_id uuid NOT NULL,
    model_id uuid NOT NULL,
    embedding double precision[] NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: post_impressions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_impressions (
    id bigint NOT NULL,
    post_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    source text DEFAULT 'feed'::text NOT NULL,
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT post_impressions_dwell_ms_check CHECK ((dwell_ms >= 0))
)
PARTITION BY RANGE (occurred_at);


--
-- Name: post_impressions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.post_impressions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: post_impressions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.post_impressions_id_seq OWNED BY public.post_impressions.id;


--
-- Name: post_impressions_2025_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_impressions_2025_10 (
    id bigint DEFAULT nextval('public.post_impressions_id_seq'::regclass) NOT NULL,
    post_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    source text DEFAULT 'feed'::text NOT NULL,
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT post_impressions_dwell_ms_check CHECK ((dwell_ms >= 0))
);


--
-- Name: post_impressions_2025_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_impressions_2025_11 (
    id bigint DEFAULT nextval('public.post_impressions_id_seq'::regclass) NOT NULL,
    post_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    source text DEFAULT 'feed'::text NOT NULL,
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT post_impressions_dwell_ms_check CHECK ((dwell_ms >= 0))
);


--
-- Name: post_impressions_2025_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_impressions_2025_12 (
    id bigint DEFAULT nextval('public.post_impressions_id_seq'::regclass) NOT NULL,
    post_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    source text DEFAULT 'feed'::text NOT NULL,
    dwell_ms integer,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT post_impressions_dwell_ms_check CHECK ((dwell_ms >= 0))
);


--
-- Name: post_media; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.post_media (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    post_id uuid NOT NULL,
    kind text NOT NULL,
    url text NOT NULL,
    width integer,
    height integer,
    duration_seconds numeric(8,2),
    sort_order smallint DEFAULT 0 NOT NULL,
    CONSTRAINT post_media_kind_check CHECK ((kind = ANY (ARRAY['image'::text, 'video'::text, 'gif'::text])))
);


--
-- Name: promo_code_redemptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promo_code_redemptions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    promo_code_id uuid NOT NULL,
    order_id uuid NOT NULL,
    user_id uuid,
    discount_cents integer NOT NULL,
    redeemed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT promo_code_redemptions_discount_cents_check CHECK ((discount_cents >= 0))
);


--
-- Name: promo_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promo_codes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid,
    code text NOT NULL,
    discount_type text NOT NULL,
    discount_value numeric(10,2) NOT NULL,
    max_redemptions integer,
    redemptions_count integer DEFAULT 0 NOT NULL,
    valid_from timestamp with time zone,
    valid_until timestamp with time zone,
    is_active boolean DEFAULT true NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT promo_codes_check CHECK (((discount_type <> 'percent'::text) OR (discount_value <= (100)::numeric))),
    CONSTRAINT promo_codes_code_check CHECK ((code = upper(code))),
    CONSTRAINT promo_codes_discount_type_check CHECK ((discount_type = ANY (ARRAY['percent'::text, 'fixed'::text]))),
    CONSTRAINT promo_codes_discount_value_check CHECK ((discount_value > (0)::numeric)),
    CONSTRAINT promo_codes_max_redemptions_check CHECK ((max_redemptions > 0))
);


--
-- Name: proposal_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposal_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    proposal_id uuid NOT NULL,
    sender_id uuid NOT NULL,
    body text NOT NULL,
    attachments jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: proposal_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposal_revisions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    proposal_id uuid NOT NULL,
    revision_no integer NOT NULL,
    offer_cents bigint NOT NULL,
    terms jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT proposal_revisions_offer_cents_check CHECK ((offer_cents >= 0)),
    CONSTRAINT proposal_revisions_revision_no_check CHECK ((revision_no > 0))
);


--
-- Name: venues; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.venues (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    name text NOT NULL,
    venue_type text,
    address_line1 text,
    address_line2 text,
    city text NOT NULL,
    region_id integer,
    postal_code text,
    country_code character(2) NOT NULL,
    timezone text NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    capacity integer,
    accessibility text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT venues_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT venues_latitude_check CHECK (((latitude >= ('-90'::integer)::numeric) AND (latitude <= (90)::numeric))),
    CONSTRAINT venues_longitude_check CHECK (((longitude >= ('-180'::integer)::numeric) AND (longitude <= (180)::numeric)))
);


--
-- Name: public_events; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.public_events AS
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
   FROM ((public.events e
     JOIN public.organizations o ON ((o.id = e.organization_id)))
     LEFT JOIN public.venues v ON ((v.id = e.venue_id)))
  WHERE ((e.visibility = 'public'::public.event_visibility) AND (e.status = 'published'::public.event_status) AND (o.deleted_at IS NULL));


--
-- Name: push_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    device_id uuid,
    provider text NOT NULL,
    token text NOT NULL,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT push_tokens_provider_check CHECK ((provider = ANY (ARRAY['apns'::text, 'fcm'::text, 'expo'::text, 'webpush'::text])))
);


--
-- Name: rate_limits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rate_limits (
    bucket text NOT NULL,
    window_start timestamp with time zone NOT NULL,
    hits integer DEFAULT 0 NOT NULL
);


--
-- Name: recommendation_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recommendation_logs (
    id bigint NOT NULL,
    user_id uuid,
    event_id uuid NOT NULL,
    model_id uuid,
    surface text DEFAULT 'for_you'::text NOT NULL,
    rank smallint NOT NULL,
    score real,
    served_at timestamp with time zone DEFAULT now() NOT NULL,
    clicked_at timestamp with time zone
);


--
-- Name: recommendation_logs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.recommendation_logs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.recommendation_logs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: referral_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referral_codes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    event_id uuid,
    code text NOT NULL,
    commission_bps integer DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT referral_codes_commission_bps_check CHECK (((commission_bps >= 0) AND (commission_bps <= 5000)))
);


--
-- Name: referral_conversions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referral_conversions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    referral_code_id uuid NOT NULL,
    order_id uuid NOT NULL,
    commission_cents integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT referral_conversions_commission_cents_check CHECK ((commission_cents >= 0))
);


--
-- Name: refunds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refunds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid NOT NULL,
    ticket_id uuid,
    payment_intent_id uuid,
    amount_cents integer NOT NULL,
    currency character(3) NOT NULL,
    reason text,
    status public.refund_status DEFAULT 'requested'::public.refund_status NOT NULL,
    stripe_refund_id text,
    requested_by uuid,
    approved_by uuid,
    processed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT refunds_amount_cents_check CHECK ((amount_cents > 0)),
    CONSTRAINT refunds_reason_check CHECK ((reason = ANY (ARRAY['requested_by_customer'::text, 'event_cancelled'::text, 'duplicate'::text, 'fraudulent'::text, 'other'::text])))
);


--
-- Name: regions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.regions (
    id integer NOT NULL,
    country_code character(2) NOT NULL,
    code text NOT NULL,
    name text NOT NULL
);


--
-- Name: regions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.regions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: regions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.regions_id_seq OWNED BY public.regions.id;


--
-- Name: scanner_devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scanner_devices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid,
    name text NOT NULL,
    device_token text NOT NULL,
    last_seen_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version text NOT NULL,
    name text,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: search_queries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_queries (
    id bigint NOT NULL,
    user_id uuid,
    query text NOT NULL,
    filters jsonb DEFAULT '{}'::jsonb NOT NULL,
    results_count integer DEFAULT 0 NOT NULL,
    clicked_event_id uuid,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: search_queries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.search_queries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.search_queries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: seat_maps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seat_maps (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    venue_id uuid NOT NULL,
    event_id uuid,
    name text NOT NULL,
    layout jsonb DEFAULT '{}'::jsonb NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: seat_sections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seat_sections (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    seat_map_id uuid NOT NULL,
    tier_id uuid,
    name text NOT NULL,
    capacity integer NOT NULL,
    CONSTRAINT seat_sections_capacity_check CHECK ((capacity > 0))
);


--
-- Name: seats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seats (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    section_id uuid NOT NULL,
    row_label text NOT NULL,
    seat_number text NOT NULL,
    x real,
    y real,
    is_accessible boolean DEFAULT false NOT NULL
);


--
-- Name: session_speakers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_speakers (
    session_id uuid NOT NULL,
    speaker_id uuid NOT NULL,
    role text DEFAULT 'speaker'::text NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    CONSTRAINT session_speakers_role_check CHECK ((role = ANY (ARRAY['speaker'::text, 'moderator'::text, 'panelist'::text, 'host'::text])))
);


--
-- Name: share_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.share_events (
    id bigint NOT NULL,
    user_id uuid,
    event_id uuid,
    post_id uuid,
    channel text NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT share_events_channel_check CHECK ((channel = ANY (ARRAY['copy_link'::text, 'whatsapp'::text, 'instagram'::text, 'x'::text, 'sms'::text, 'email'::text, 'other'::text]))),
    CONSTRAINT share_events_check CHECK (((event_id IS NOT NULL) OR (post_id IS NOT NULL)))
);


--
-- Name: share_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.share_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.share_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sms_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sms_events (
    id bigint NOT NULL,
    provider_message_id text NOT NULL,
    recipient text NOT NULL,
    job_id uuid,
    status text NOT NULL,
    segments smallint DEFAULT 1 NOT NULL,
    cost_micros bigint,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sms_events_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sent'::text, 'delivered'::text, 'undelivered'::text, 'failed'::text])))
);


--
-- Name: sms_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sms_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sms_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: speakers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.speakers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    user_id uuid,
    name text NOT NULL,
    headline text,
    company text,
    bio text,
    photo_url text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sponsor_brand_assets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_brand_assets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    sponsor_id uuid NOT NULL,
    kind text NOT NULL,
    url text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsor_brand_assets_kind_check CHECK ((kind = ANY (ARRAY['logo'::text, 'banner'::text, 'video'::text, 'guidelines'::text, 'other'::text])))
);


--
-- Name: sponsor_category_interests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_category_interests (
    sponsor_id uuid NOT NULL,
    category_id smallint NOT NULL,
    weight real DEFAULT 1.0 NOT NULL
);


--
-- Name: sponsor_contacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_contacts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    sponsor_id uuid NOT NULL,
    user_id uuid,
    full_name text NOT NULL,
    email text NOT NULL,
    phone text,
    job_title text,
    is_primary boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sponsor_embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_embeddings (
    sponsor_id uuid NOT NULL,
    model_id uuid NOT NULL,
    embedding real[] NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsor_embeddings_embedding_check CHECK ((array_ndims(embedding) = 1))
);


--
-- Name: sponsor_performance_daily; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_performance_daily (
    sponsor_id uuid NOT NULL,
    event_id uuid NOT NULL,
    day date NOT NULL,
    impressions integer DEFAULT 0 NOT NULL,
    clicks integer DEFAULT 0 NOT NULL,
    leads integer DEFAULT 0 NOT NULL
);


--
-- Name: sponsor_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsor_reviews (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    sponsor_id uuid NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    direction text NOT NULL,
    rating smallint NOT NULL,
    body text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsor_reviews_direction_check CHECK ((direction = ANY (ARRAY['org_to_sponsor'::text, 'sponsor_to_org'::text]))),
    CONSTRAINT sponsor_reviews_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);


--
-- Name: sponsors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    industry_id smallint,
    website text,
    logo_url text,
    description text,
    annual_budget_cents bigint,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    preferred_categories smallint[] DEFAULT '{}'::smallint[] NOT NULL,
    target_countries character(2)[] DEFAULT '{}'::bpchar[] NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsors_annual_budget_cents_check CHECK ((annual_budget_cents >= 0)),
    CONSTRAINT sponsors_status_check CHECK ((status = ANY (ARRAY['active'::text, 'paused'::text, 'archived'::text])))
);


--
-- Name: sponsorship_contracts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_contracts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid NOT NULL,
    document_url text NOT NULL,
    terms jsonb DEFAULT '{}'::jsonb NOT NULL,
    signed_by_sponsor_at timestamp with time zone,
    signed_by_org_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sponsorship_deliverables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_deliverables (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id uuid NOT NULL,
    sponsor_id uuid NOT NULL,
    event_id uuid NOT NULL,
    benefit_id uuid,
    title text NOT NULL,
    kind text NOT NULL,
    status public.deliverable_status DEFAULT 'pending'::public.deliverable_status NOT NULL,
    due_at timestamp with time zone,
    evidence_url text,
    approved_by uuid,
    approved_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sponsorship_matches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_matches (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    sponsor_id uuid NOT NULL,
    score numeric(5,4) NOT NULL,
    reasons jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'suggested'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsorship_matches_score_check CHECK (((score >= (0)::numeric) AND (score <= (1)::numeric))),
    CONSTRAINT sponsorship_matches_status_check CHECK ((status = ANY (ARRAY['suggested'::text, 'viewed'::text, 'contacted'::text, 'dismissed'::text, 'converted'::text])))
);


--
-- Name: sponsorship_orders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_orders (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    package_id uuid NOT NULL,
    sponsor_id uuid NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    amount_cents bigint NOT NULL,
    platform_fee_cents bigint DEFAULT 0 NOT NULL,
    currency character(3) NOT NULL,
    escrow_state public.escrow_state DEFAULT 'pending'::public.escrow_state NOT NULL,
    stripe_payment_intent_id text,
    notes text,
    funded_at timestamp with time zone,
    locked_at timestamp with time zone,
    released_at timestamp with time zone,
    refunded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsorship_orders_amount_cents_check CHECK ((amount_cents > 0)),
    CONSTRAINT sponsorship_orders_check CHECK ((platform_fee_cents <= amount_cents)),
    CONSTRAINT sponsorship_orders_platform_fee_cents_check CHECK ((platform_fee_cents >= 0))
);


--
-- Name: TABLE sponsorship_orders; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.sponsorship_orders IS 'Sponsor purchases of a package. Money sits in escrow until deliverables are approved (escrow_state machine).';


--
-- Name: sponsorship_packages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_packages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    tier_label text DEFAULT 'custom'::text NOT NULL,
    price_cents bigint NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    inventory integer DEFAULT 1 NOT NULL,
    sold integer DEFAULT 0 NOT NULL,
    benefits jsonb DEFAULT '[]'::jsonb NOT NULL,
    visibility text DEFAULT 'public'::text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsorship_packages_check CHECK ((sold <= inventory)),
    CONSTRAINT sponsorship_packages_inventory_check CHECK ((inventory >= 0)),
    CONSTRAINT sponsorship_packages_price_cents_check CHECK ((price_cents >= 0)),
    CONSTRAINT sponsorship_packages_sold_check CHECK ((sold >= 0)),
    CONSTRAINT sponsorship_packages_tier_label_check CHECK ((tier_label = ANY (ARRAY['title'::text, 'platinum'::text, 'gold'::text, 'silver'::text, 'bronze'::text, 'custom'::text]))),
    CONSTRAINT sponsorship_packages_visibility_check CHECK ((visibility = ANY (ARRAY['public'::text, 'invite_only'::text, 'hidden'::text])))
);


--
-- Name: sponsorship_overview; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.sponsorship_overview AS
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
    ( SELECT count(*) AS count
           FROM public.sponsorship_deliverables d
          WHERE (d.order_id = so.id)) AS deliverables_total,
    ( SELECT count(*) AS count
           FROM public.sponsorship_deliverables d
          WHERE ((d.order_id = so.id) AND (d.status = 'approved'::public.deliverable_status))) AS deliverables_approved
   FROM (((public.sponsorship_orders so
     JOIN public.sponsors s ON ((s.id = so.sponsor_id)))
     JOIN public.sponsorship_packages p ON ((p.id = so.package_id)))
     JOIN public.events e ON ((e.id = so.event_id)));


--
-- Name: sponsorship_proposals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sponsorship_proposals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    sponsor_id uuid NOT NULL,
    package_id uuid,
    organization_id uuid NOT NULL,
    match_id uuid,
    status public.proposal_status DEFAULT 'draft'::public.proposal_status NOT NULL,
    offer_cents bigint,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    message text,
    created_by uuid NOT NULL,
    sent_at timestamp with time zone,
    viewed_at timestamp with time zone,
    responded_at timestamp with time zone,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsorship_proposals_offer_cents_check CHECK ((offer_cents >= 0))
);


--
-- Name: stripe_connect_accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stripe_connect_accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    stripe_account_id text NOT NULL,
    country_code character(2) NOT NULL,
    default_currency character(3) NOT NULL,
    charges_enabled boolean DEFAULT false NOT NULL,
    payouts_enabled boolean DEFAULT false NOT NULL,
    details_submitted boolean DEFAULT false NOT NULL,
    requirements jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: stripe_customers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stripe_customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid,
    organization_id uuid,
    stripe_customer_id text NOT NULL,
    livemode boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT stripe_customers_check CHECK ((num_nonnulls(user_id, organization_id) = 1))
);


--
-- Name: stripe_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stripe_events (
    id text NOT NULL,
    type text NOT NULL,
    api_version text,
    livemode boolean DEFAULT true NOT NULL,
    payload jsonb NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    processed_at timestamp with time zone,
    error text,
    CONSTRAINT stripe_events_id_check CHECK ((id ~~ 'evt\_%'::text))
);


--
-- Name: tax_rates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_rates (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    country_code character(2) NOT NULL,
    region_id integer,
    name text NOT NULL,
    rate_bps integer NOT NULL,
    is_inclusive boolean DEFAULT false NOT NULL,
    applies_to text DEFAULT 'all'::text NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    CONSTRAINT tax_rates_applies_to_check CHECK ((applies_to = ANY (ARRAY['all'::text, 'tickets'::text, 'fees'::text, 'sponsorship'::text, 'ads'::text]))),
    CONSTRAINT tax_rates_check CHECK (((valid_to IS NULL) OR (valid_to > valid_from))),
    CONSTRAINT tax_rates_rate_bps_check CHECK (((rate_bps >= 0) AND (rate_bps <= 10000)))
);


--
-- Name: ticket_addons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_addons (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    price_cents integer NOT NULL,
    quantity integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_addons_price_cents_check CHECK ((price_cents >= 0)),
    CONSTRAINT ticket_addons_quantity_check CHECK ((quantity >= 0))
);


--
-- Name: ticket_analytics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_analytics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_analytics_action_check CHECK ((action = ANY (ARRAY['view'::text, 'qr_open'::text, 'wallet_add'::text, 'share'::text, 'transfer'::text, 'scan'::text, 'download'::text])))
)
PARTITION BY RANGE (occurred_at);


--
-- Name: ticket_analytics_2025_10; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_analytics_2025_10 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_analytics_action_check CHECK ((action = ANY (ARRAY['view'::text, 'qr_open'::text, 'wallet_add'::text, 'share'::text, 'transfer'::text, 'scan'::text, 'download'::text])))
);


--
-- Name: ticket_analytics_2025_11; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_analytics_2025_11 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_analytics_action_check CHECK ((action = ANY (ARRAY['view'::text, 'qr_open'::text, 'wallet_add'::text, 'share'::text, 'transfer'::text, 'scan'::text, 'download'::text])))
);


--
-- Name: ticket_analytics_2025_12; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_analytics_2025_12 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_analytics_action_check CHECK ((action = ANY (ARRAY['view'::text, 'qr_open'::text, 'wallet_add'::text, 'share'::text, 'transfer'::text, 'scan'::text, 'download'::text])))
);


--
-- Name: ticket_bundles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_bundles (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    name text NOT NULL,
    price_cents integer NOT NULL,
    currency character(3) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_bundles_price_cents_check CHECK ((price_cents >= 0))
);


--
-- Name: ticket_holds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_holds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tier_id uuid NOT NULL,
    session_id uuid NOT NULL,
    seat_id uuid,
    quantity integer DEFAULT 1 NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_holds_quantity_check CHECK ((quantity > 0))
);


--
-- Name: ticket_scans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_scans (
    id bigint NOT NULL,
    ticket_id uuid,
    event_id uuid NOT NULL,
    scanner_device_id uuid,
    scanned_by uuid,
    raw_code text NOT NULL,
    result text NOT NULL,
    scanned_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ticket_scans_result_check CHECK ((result = ANY (ARRAY['valid'::text, 'duplicate'::text, 'invalid'::text, 'wrong_event'::text, 'refunded'::text])))
);


--
-- Name: ticket_scans_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.ticket_scans ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ticket_scans_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_transfers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ticket_transfers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ticket_id uuid NOT NULL,
    from_user_id uuid NOT NULL,
    to_user_id uuid,
    to_email text,
    status text DEFAULT 'pending'::text NOT NULL,
    message text,
    initiated_at timestamp with time zone DEFAULT now() NOT NULL,
    responded_at timestamp with time zone,
    CONSTRAINT ticket_transfers_check CHECK (((to_user_id IS NOT NULL) OR (to_email IS NOT NULL))),
    CONSTRAINT ticket_transfers_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'accepted'::text, 'declined'::text, 'cancelled'::text, 'expired'::text])))
);


--
-- Name: tier_price_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tier_price_changes (
    id bigint NOT NULL,
    tier_id uuid NOT NULL,
    old_price_cents integer NOT NULL,
    new_price_cents integer NOT NULL,
    effective_at timestamp with time zone DEFAULT now() NOT NULL,
    changed_by uuid
);


--
-- Name: tier_price_changes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.tier_price_changes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.tier_price_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: timezones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timezones (
    name text NOT NULL,
    utc_offset interval NOT NULL,
    abbreviation text,
    country_code character(2)
);


--
-- Name: training_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_runs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    model_id uuid NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    params jsonb DEFAULT '{}'::jsonb NOT NULL,
    metrics jsonb DEFAULT '{}'::jsonb NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    CONSTRAINT training_runs_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'running'::text, 'succeeded'::text, 'failed'::text, 'cancelled'::text])))
);


--
-- Name: upcoming_sessions; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.upcoming_sessions AS
 SELECT s.id AS session_id,
    s.event_id,
    e.organization_id,
    e.title AS event_title,
    s.title,
    s.track,
    s.room,
    s.starts_at,
    s.ends_at
   FROM (public.event_sessions s
     JOIN public.events e ON ((e.id = s.event_id)))
  WHERE ((s.starts_at > now()) AND (e.status = 'published'::public.event_status));


--
-- Name: user_addresses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_addresses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    label text,
    line1 text NOT NULL,
    line2 text,
    city text NOT NULL,
    region_id integer,
    postal_code text,
    country_code character(2) NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: user_badges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_badges (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    badge_code text NOT NULL,
    event_id uuid,
    awarded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: user_blocks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_blocks (
    blocker_id uuid NOT NULL,
    blocked_id uuid NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_blocks_check CHECK ((blocker_id <> blocked_id))
);


--
-- Name: user_consents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_consents (
    id bigint NOT NULL,
    user_id uuid NOT NULL,
    consent_type text NOT NULL,
    version text NOT NULL,
    granted boolean NOT NULL,
    ip inet,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_consents_consent_type_check CHECK ((consent_type = ANY (ARRAY['terms'::text, 'privacy'::text, 'marketing'::text, 'data_sharing'::text])))
);


--
-- Name: user_consents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.user_consents ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.user_consents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: user_devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_devices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    platform text NOT NULL,
    device_model text,
    os_version text,
    app_version text,
    last_seen_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_devices_platform_check CHECK ((platform = ANY (ARRAY['ios'::text, 'android'::text, 'web'::text])))
);


--
-- Name: user_embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_embeddings (
    user_id uuid NOT NULL,
    model_id uuid NOT NULL,
    embedding real[] NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_embeddings_embedding_check CHECK ((array_ndims(embedding) = 1))
);


--
-- Name: user_interests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_interests (
    user_id uuid NOT NULL,
    tag_id integer NOT NULL,
    weight real DEFAULT 1.0 NOT NULL,
    source text DEFAULT 'explicit'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_interests_source_check CHECK ((source = ANY (ARRAY['explicit'::text, 'inferred'::text]))),
    CONSTRAINT user_interests_weight_check CHECK ((weight >= (0)::double precision))
);


--
-- Name: user_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reporter_id uuid NOT NULL,
    reported_user_id uuid NOT NULL,
    reason text NOT NULL,
    details text,
    status text DEFAULT 'open'::text NOT NULL,
    resolved_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    resolved_at timestamp with time zone,
    CONSTRAINT user_reports_reason_check CHECK ((reason = ANY (ARRAY['spam'::text, 'harassment'::text, 'impersonation'::text, 'scam'::text, 'other'::text]))),
    CONSTRAINT user_reports_status_check CHECK ((status = ANY (ARRAY['open'::text, 'reviewing'::text, 'actioned'::text, 'dismissed'::text])))
);


--
-- Name: user_saved_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_saved_events (
    user_id uuid NOT NULL,
    event_id uuid NOT NULL,
    saved_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: user_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    device_id uuid,
    ip inet,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: user_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_settings (
    user_id uuid NOT NULL,
    theme text DEFAULT 'system'::text NOT NULL,
    default_currency character(3),
    email_opt_in boolean DEFAULT true NOT NULL,
    push_opt_in boolean DEFAULT true NOT NULL,
    show_attendance boolean DEFAULT true NOT NULL,
    privacy jsonb DEFAULT '{}'::jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_settings_theme_check CHECK ((theme = ANY (ARRAY['light'::text, 'dark'::text, 'system'::text])))
);


--
-- Name: user_social_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_social_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    provider text NOT NULL,
    url text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_social_links_provider_check CHECK ((provider = ANY (ARRAY['instagram'::text, 'tiktok'::text, 'x'::text, 'linkedin'::text, 'youtube'::text, 'website'::text])))
);


--
-- Name: user_verifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_verifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    kind text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    provider text,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    verified_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_verifications_kind_check CHECK ((kind = ANY (ARRAY['email'::text, 'phone'::text, 'id_document'::text, 'age'::text]))),
    CONSTRAINT user_verifications_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'verified'::text, 'rejected'::text, 'expired'::text])))
);


--
-- Name: utm_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.utm_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    campaign_id uuid,
    event_id uuid,
    short_code text NOT NULL,
    destination_url text NOT NULL,
    utm_source text,
    utm_medium text,
    utm_campaign text,
    click_count bigint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: venue_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.venue_types (
    code text NOT NULL,
    label text NOT NULL
);


--
-- Name: waitlists; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.waitlists (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    event_id uuid NOT NULL,
    tier_id uuid,
    user_id uuid,
    email text NOT NULL,
    quantity smallint DEFAULT 1 NOT NULL,
    "position" integer NOT NULL,
    status text DEFAULT 'waiting'::text NOT NULL,
    offered_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT waitlists_quantity_check CHECK ((quantity > 0)),
    CONSTRAINT waitlists_status_check CHECK ((status = ANY (ARRAY['waiting'::text, 'offered'::text, 'converted'::text, 'expired'::text, 'removed'::text])))
);


--
-- Name: wallet_balances; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.wallet_balances AS
SELECT
    NULL::uuid AS wallet_id,
    NULL::uuid AS user_id,
    NULL::character(3) AS currency,
    NULL::bigint AS cached_balance_cents,
    NULL::bigint AS ledger_balance_cents,
    NULL::timestamp with time zone AS last_transaction_at;


--
-- Name: wallet_transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wallet_transactions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    wallet_id uuid,
    org_wallet_id uuid,
    type public.wallet_txn_type NOT NULL,
    amount_cents bigint NOT NULL,
    balance_after_cents bigint NOT NULL,
    reference_type text,
    reference_id uuid,
    idempotency_key text,
    description text,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT wallet_transactions_amount_cents_check CHECK ((amount_cents <> 0)),
    CONSTRAINT wallet_transactions_check CHECK ((num_nonnulls(wallet_id, org_wallet_id) = 1)),
    CONSTRAINT wallet_transactions_reference_type_check CHECK ((reference_type = ANY (ARRAY['order'::text, 'refund'::text, 'sponsorship_order'::text, 'campaign'::text, 'payout'::text, 'credit_lot'::text, 'manual'::text])))
);


--
-- Name: wallets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wallets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    balance_cents bigint DEFAULT 0 NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT wallets_balance_cents_check CHECK ((balance_cents >= 0)),
    CONSTRAINT wallets_status_check CHECK ((status = ANY (ARRAY['active'::text, 'frozen'::text, 'closed'::text])))
);


--
-- Name: webhook_deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webhook_deliveries (
    id bigint NOT NULL,
    webhook_id uuid NOT NULL,
    outbox_id bigint,
    attempt smallint DEFAULT 1 NOT NULL,
    status_code smallint,
    response_body text,
    duration_ms integer,
    delivered_at timestamp with time zone,
    next_retry_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.webhook_deliveries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.webhook_deliveries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: webhooks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webhooks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    url text NOT NULL,
    secret text NOT NULL,
    topics text[] DEFAULT '{}'::text[] NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    failure_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT webhooks_url_check CHECK ((url ~~ 'https://%'::text))
);


--
-- Name: event_impressions_2025_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions ATTACH PARTITION public.event_impressions_2025_10 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');


--
-- Name: event_impressions_2025_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions ATTACH PARTITION public.event_impressions_2025_11 FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');


--
-- Name: event_impressions_2025_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions ATTACH PARTITION public.event_impressions_2025_12 FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: post_impressions_2025_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions ATTACH PARTITION public.post_impressions_2025_10 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');


--
-- Name: post_impressions_2025_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions ATTACH PARTITION public.post_impressions_2025_11 FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');


--
-- Name: post_impressions_2025_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions ATTACH PARTITION public.post_impressions_2025_12 FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: ticket_analytics_2025_10; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics ATTACH PARTITION public.ticket_analytics_2025_10 FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');


--
-- Name: ticket_analytics_2025_11; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics ATTACH PARTITION public.ticket_analytics_2025_11 FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');


--
-- Name: ticket_analytics_2025_12; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics ATTACH PARTITION public.ticket_analytics_2025_12 FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: event_categories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_categories ALTER COLUMN id SET DEFAULT nextval('public.event_categories_id_seq'::regclass);


--
-- Name: event_impressions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions ALTER COLUMN id SET DEFAULT nextval('public.event_impressions_id_seq'::regclass);


--
-- Name: interest_tags id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interest_tags ALTER COLUMN id SET DEFAULT nextval('public.interest_tags_id_seq'::regclass);


--
-- Name: post_impressions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions ALTER COLUMN id SET DEFAULT nextval('public.post_impressions_id_seq'::regclass);


--
-- Name: regions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions ALTER COLUMN id SET DEFAULT nextval('public.regions_id_seq'::regclass);


--
-- Name: accessibility_features accessibility_features_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accessibility_features
    ADD CONSTRAINT accessibility_features_pkey PRIMARY KEY (code);


--
-- Name: ad_clicks ad_clicks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_clicks
    ADD CONSTRAINT ad_clicks_pkey PRIMARY KEY (id);


--
-- Name: ad_conversions ad_conversions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_conversions
    ADD CONSTRAINT ad_conversions_pkey PRIMARY KEY (id);


--
-- Name: ad_creatives ad_creatives_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_creatives
    ADD CONSTRAINT ad_creatives_pkey PRIMARY KEY (id);


--
-- Name: ad_frequency_caps ad_frequency_caps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_frequency_caps
    ADD CONSTRAINT ad_frequency_caps_pkey PRIMARY KEY (campaign_id, window_hours);


--
-- Name: ad_impressions ad_impressions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_pkey PRIMARY KEY (id);


--
-- Name: ad_placements ad_placements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_placements
    ADD CONSTRAINT ad_placements_pkey PRIMARY KEY (code);


--
-- Name: ad_reviews ad_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_reviews
    ADD CONSTRAINT ad_reviews_pkey PRIMARY KEY (id);


--
-- Name: ad_spend_ledger ad_spend_ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_spend_ledger
    ADD CONSTRAINT ad_spend_ledger_pkey PRIMARY KEY (id);


--
-- Name: api_keys api_keys_key_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: app_config app_config_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_config
    ADD CONSTRAINT app_config_pkey PRIMARY KEY (key);


--
-- Name: attendee_answers attendee_answers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_answers
    ADD CONSTRAINT attendee_answers_pkey PRIMARY KEY (id);


--
-- Name: attendee_answers attendee_answers_question_id_ticket_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_answers
    ADD CONSTRAINT attendee_answers_question_id_ticket_id_key UNIQUE (question_id, ticket_id);


--
-- Name: attendee_questions attendee_questions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_questions
    ADD CONSTRAINT attendee_questions_pkey PRIMARY KEY (id);


--
-- Name: audience_segment_members audience_segment_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audience_segment_members
    ADD CONSTRAINT audience_segment_members_pkey PRIMARY KEY (segment_id, user_id);


--
-- Name: audience_segments audience_segments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audience_segments
    ADD CONSTRAINT audience_segments_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: background_jobs background_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_jobs
    ADD CONSTRAINT background_jobs_pkey PRIMARY KEY (id);


--
-- Name: bundle_items bundle_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bundle_items
    ADD CONSTRAINT bundle_items_pkey PRIMARY KEY (bundle_id, tier_id);


--
-- Name: campaign_events campaign_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_events
    ADD CONSTRAINT campaign_events_pkey PRIMARY KEY (campaign_id, event_id);


--
-- Name: campaign_segments campaign_segments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_segments
    ADD CONSTRAINT campaign_segments_pkey PRIMARY KEY (campaign_id, segment_id);


--
-- Name: campaign_targeting campaign_targeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_targeting
    ADD CONSTRAINT campaign_targeting_pkey PRIMARY KEY (campaign_id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: checkins checkins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_pkey PRIMARY KEY (id);


--
-- Name: checkout_sessions checkout_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkout_sessions
    ADD CONSTRAINT checkout_sessions_pkey PRIMARY KEY (id);


--
-- Name: comment_reactions comment_reactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reactions
    ADD CONSTRAINT comment_reactions_pkey PRIMARY KEY (comment_id, user_id, kind);


--
-- Name: conversation_participants conversation_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversation_participants
    ADD CONSTRAINT conversation_participants_pkey PRIMARY KEY (conversation_id, user_id);


--
-- Name: conversations conversations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversations
    ADD CONSTRAINT conversations_pkey PRIMARY KEY (id);


--
-- Name: countries countries_iso3_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_iso3_key UNIQUE (iso3);


--
-- Name: countries countries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_pkey PRIMARY KEY (code);


--
-- Name: credit_lots credit_lots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_lots
    ADD CONSTRAINT credit_lots_pkey PRIMARY KEY (id);


--
-- Name: credit_packages credit_packages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_packages
    ADD CONSTRAINT credit_packages_pkey PRIMARY KEY (id);


--
-- Name: cultural_guides cultural_guides_event_id_language_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cultural_guides
    ADD CONSTRAINT cultural_guides_event_id_language_key UNIQUE (event_id, language);


--
-- Name: cultural_guides cultural_guides_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cultural_guides
    ADD CONSTRAINT cultural_guides_pkey PRIMARY KEY (id);


--
-- Name: currencies currencies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.currencies
    ADD CONSTRAINT currencies_pkey PRIMARY KEY (code);


--
-- Name: deliverable_proofs deliverable_proofs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliverable_proofs
    ADD CONSTRAINT deliverable_proofs_pkey PRIMARY KEY (id);


--
-- Name: direct_messages direct_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.direct_messages
    ADD CONSTRAINT direct_messages_pkey PRIMARY KEY (id);


--
-- Name: disputes disputes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_pkey PRIMARY KEY (id);


--
-- Name: disputes disputes_stripe_dispute_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_stripe_dispute_id_key UNIQUE (stripe_dispute_id);


--
-- Name: email_events email_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_events
    ADD CONSTRAINT email_events_pkey PRIMARY KEY (id);


--
-- Name: email_suppressions email_suppressions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_suppressions
    ADD CONSTRAINT email_suppressions_pkey PRIMARY KEY (email);


--
-- Name: escrow_events escrow_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escrow_events
    ADD CONSTRAINT escrow_events_pkey PRIMARY KEY (id);


--
-- Name: event_accessibility event_accessibility_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_accessibility
    ADD CONSTRAINT event_accessibility_pkey PRIMARY KEY (event_id, feature_code);


--
-- Name: event_announcements event_announcements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_announcements
    ADD CONSTRAINT event_announcements_pkey PRIMARY KEY (id);


--
-- Name: event_audience_insights event_audience_insights_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_audience_insights
    ADD CONSTRAINT event_audience_insights_pkey PRIMARY KEY (event_id, computed_on);


--
-- Name: event_categories event_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_categories
    ADD CONSTRAINT event_categories_pkey PRIMARY KEY (id);


--
-- Name: event_categories event_categories_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_categories
    ADD CONSTRAINT event_categories_slug_key UNIQUE (slug);


--
-- Name: event_comments event_comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_comments
    ADD CONSTRAINT event_comments_pkey PRIMARY KEY (id);


--
-- Name: event_daily_metrics event_daily_metrics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_daily_metrics
    ADD CONSTRAINT event_daily_metrics_pkey PRIMARY KEY (event_id, day);


--
-- Name: event_embeddings event_embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_embeddings
    ADD CONSTRAINT event_embeddings_pkey PRIMARY KEY (event_id);


--
-- Name: event_faqs event_faqs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_faqs
    ADD CONSTRAINT event_faqs_pkey PRIMARY KEY (id);


--
-- Name: event_hosts event_hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_hosts
    ADD CONSTRAINT event_hosts_pkey PRIMARY KEY (event_id, user_id);


--
-- Name: event_impressions event_impressions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions
    ADD CONSTRAINT event_impressions_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: event_impressions_2025_10 event_impressions_2025_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions_2025_10
    ADD CONSTRAINT event_impressions_2025_10_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: event_impressions_2025_11 event_impressions_2025_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions_2025_11
    ADD CONSTRAINT event_impressions_2025_11_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: event_impressions_2025_12 event_impressions_2025_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_impressions_2025_12
    ADD CONSTRAINT event_impressions_2025_12_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: event_links event_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_links
    ADD CONSTRAINT event_links_pkey PRIMARY KEY (id);


--
-- Name: event_media event_media_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_media
    ADD CONSTRAINT event_media_pkey PRIMARY KEY (id);


--
-- Name: event_poll_votes event_poll_votes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_poll_votes
    ADD CONSTRAINT event_poll_votes_pkey PRIMARY KEY (poll_id, user_id);


--
-- Name: event_polls event_polls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_polls
    ADD CONSTRAINT event_polls_pkey PRIMARY KEY (id);


--
-- Name: event_posts event_posts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_posts
    ADD CONSTRAINT event_posts_pkey PRIMARY KEY (id);


--
-- Name: event_reactions event_reactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reactions
    ADD CONSTRAINT event_reactions_pkey PRIMARY KEY (post_id, user_id, kind);


--
-- Name: event_reports event_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_pkey PRIMARY KEY (id);


--
-- Name: event_series event_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_series
    ADD CONSTRAINT event_series_pkey PRIMARY KEY (id);


--
-- Name: event_sessions event_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_sessions
    ADD CONSTRAINT event_sessions_pkey PRIMARY KEY (id);


--
-- Name: event_tags event_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_tags
    ADD CONSTRAINT event_tags_pkey PRIMARY KEY (event_id, tag_id);


--
-- Name: event_translations event_translations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_translations
    ADD CONSTRAINT event_translations_pkey PRIMARY KEY (event_id, language_code);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: events events_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_slug_key UNIQUE (slug);


--
-- Name: feature_flag_overrides feature_flag_overrides_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feature_flag_overrides
    ADD CONSTRAINT feature_flag_overrides_pkey PRIMARY KEY (id);


--
-- Name: feature_flags feature_flags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feature_flags
    ADD CONSTRAINT feature_flags_pkey PRIMARY KEY (key);


--
-- Name: fee_schedules fee_schedules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_pkey PRIMARY KEY (id);


--
-- Name: follows follows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follows
    ADD CONSTRAINT follows_pkey PRIMARY KEY (follower_id, followee_id);


--
-- Name: funnel_events funnel_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.funnel_events
    ADD CONSTRAINT funnel_events_pkey PRIMARY KEY (id);


--
-- Name: fx_rates fx_rates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fx_rates
    ADD CONSTRAINT fx_rates_pkey PRIMARY KEY (base_currency, quote_currency, as_of);


--
-- Name: guest_list_entries guest_list_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_list_entries
    ADD CONSTRAINT guest_list_entries_pkey PRIMARY KEY (id);


--
-- Name: guest_lists guest_lists_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_lists
    ADD CONSTRAINT guest_lists_pkey PRIMARY KEY (id);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (key);


--
-- Name: industries industries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.industries
    ADD CONSTRAINT industries_pkey PRIMARY KEY (id);


--
-- Name: industries industries_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.industries
    ADD CONSTRAINT industries_slug_key UNIQUE (slug);


--
-- Name: interest_tags interest_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interest_tags
    ADD CONSTRAINT interest_tags_pkey PRIMARY KEY (id);


--
-- Name: interest_tags interest_tags_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interest_tags
    ADD CONSTRAINT interest_tags_slug_key UNIQUE (slug);


--
-- Name: invoice_line_items invoice_line_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_line_items
    ADD CONSTRAINT invoice_line_items_pkey PRIMARY KEY (id);


--
-- Name: invoices invoices_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_number_key UNIQUE (number);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);


--
-- Name: invoices invoices_stripe_invoice_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_stripe_invoice_id_key UNIQUE (stripe_invoice_id);


--
-- Name: languages languages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.languages
    ADD CONSTRAINT languages_pkey PRIMARY KEY (code);


--
-- Name: message_job_recipients message_job_recipients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_job_recipients
    ADD CONSTRAINT message_job_recipients_pkey PRIMARY KEY (id);


--
-- Name: message_jobs message_jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_jobs
    ADD CONSTRAINT message_jobs_pkey PRIMARY KEY (id);


--
-- Name: message_reactions message_reactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_reactions
    ADD CONSTRAINT message_reactions_pkey PRIMARY KEY (message_id, user_id, emoji);


--
-- Name: message_templates message_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_templates
    ADD CONSTRAINT message_templates_pkey PRIMARY KEY (id);


--
-- Name: ml_features ml_features_entity_type_entity_id_feature_set_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ml_features
    ADD CONSTRAINT ml_features_entity_type_entity_id_feature_set_key UNIQUE (entity_type, entity_id, feature_set);


--
-- Name: ml_features ml_features_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ml_features
    ADD CONSTRAINT ml_features_pkey PRIMARY KEY (id);


--
-- Name: ml_models ml_models_name_version_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ml_models
    ADD CONSTRAINT ml_models_name_version_key UNIQUE (name, version);


--
-- Name: ml_models ml_models_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ml_models
    ADD CONSTRAINT ml_models_pkey PRIMARY KEY (id);


--
-- Name: model_predictions model_predictions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_predictions
    ADD CONSTRAINT model_predictions_pkey PRIMARY KEY (id);


--
-- Name: notification_preferences notification_preferences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id, type, channel);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: order_addons order_addons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_addons
    ADD CONSTRAINT order_addons_pkey PRIMARY KEY (id);


--
-- Name: order_items order_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_pkey PRIMARY KEY (id);


--
-- Name: orders orders_order_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_order_number_key UNIQUE (order_number);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders orders_stripe_payment_intent_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_stripe_payment_intent_id_key UNIQUE (stripe_payment_intent_id);


--
-- Name: org_billing_contacts org_billing_contacts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_billing_contacts
    ADD CONSTRAINT org_billing_contacts_pkey PRIMARY KEY (id);


--
-- Name: org_daily_metrics org_daily_metrics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_daily_metrics
    ADD CONSTRAINT org_daily_metrics_pkey PRIMARY KEY (organization_id, day);


--
-- Name: org_domains org_domains_domain_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_domains
    ADD CONSTRAINT org_domains_domain_key UNIQUE (domain);


--
-- Name: org_domains org_domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_domains
    ADD CONSTRAINT org_domains_pkey PRIMARY KEY (id);


--
-- Name: org_followers org_followers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_followers
    ADD CONSTRAINT org_followers_pkey PRIMARY KEY (organization_id, user_id);


--
-- Name: org_invitations org_invitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitations
    ADD CONSTRAINT org_invitations_pkey PRIMARY KEY (id);


--
-- Name: org_invitations org_invitations_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitations
    ADD CONSTRAINT org_invitations_token_key UNIQUE (token);


--
-- Name: org_memberships org_memberships_organization_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_organization_id_user_id_key UNIQUE (organization_id, user_id);


--
-- Name: org_memberships org_memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_pkey PRIMARY KEY (id);


--
-- Name: org_roles org_roles_organization_id_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_roles
    ADD CONSTRAINT org_roles_organization_id_name_key UNIQUE (organization_id, name);


--
-- Name: org_roles org_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_roles
    ADD CONSTRAINT org_roles_pkey PRIMARY KEY (id);


--
-- Name: org_settings org_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_settings
    ADD CONSTRAINT org_settings_pkey PRIMARY KEY (organization_id);


--
-- Name: org_social_links org_social_links_organization_id_provider_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_social_links
    ADD CONSTRAINT org_social_links_organization_id_provider_key UNIQUE (organization_id, provider);


--
-- Name: org_social_links org_social_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_social_links
    ADD CONSTRAINT org_social_links_pkey PRIMARY KEY (id);


--
-- Name: org_team_members org_team_members_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_team_members
    ADD CONSTRAINT org_team_members_pkey PRIMARY KEY (team_id, membership_id);


--
-- Name: org_teams org_teams_organization_id_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_teams
    ADD CONSTRAINT org_teams_organization_id_name_key UNIQUE (organization_id, name);


--
-- Name: org_teams org_teams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_teams
    ADD CONSTRAINT org_teams_pkey PRIMARY KEY (id);


--
-- Name: org_verification_requests org_verification_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_verification_requests
    ADD CONSTRAINT org_verification_requests_pkey PRIMARY KEY (id);


--
-- Name: org_wallets org_wallets_organization_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_wallets
    ADD CONSTRAINT org_wallets_organization_id_key UNIQUE (organization_id);


--
-- Name: org_wallets org_wallets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_wallets
    ADD CONSTRAINT org_wallets_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_slug_key UNIQUE (slug);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: package_benefits package_benefits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.package_benefits
    ADD CONSTRAINT package_benefits_pkey PRIMARY KEY (id);


--
-- Name: page_views page_views_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.page_views
    ADD CONSTRAINT page_views_pkey PRIMARY KEY (id);


--
-- Name: payment_intents payment_intents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_pkey PRIMARY KEY (id);


--
-- Name: payment_intents payment_intents_stripe_payment_intent_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_stripe_payment_intent_id_key UNIQUE (stripe_payment_intent_id);


--
-- Name: payment_methods payment_methods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_methods
    ADD CONSTRAINT payment_methods_pkey PRIMARY KEY (id);


--
-- Name: payment_methods payment_methods_stripe_payment_method_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_methods
    ADD CONSTRAINT payment_methods_stripe_payment_method_id_key UNIQUE (stripe_payment_method_id);


--
-- Name: payout_items payout_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_items
    ADD CONSTRAINT payout_items_pkey PRIMARY KEY (id);


--
-- Name: payouts payouts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payouts
    ADD CONSTRAINT payouts_pkey PRIMARY KEY (id);


--
-- Name: payouts payouts_stripe_payout_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payouts
    ADD CONSTRAINT payouts_stripe_payout_id_key UNIQUE (stripe_payout_id);


--
-- Name: post_embeddings post_embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_embeddings
    ADD CONSTRAINT post_embeddings_pkey PRIMARY KEY (post_id);


--
-- Name: post_impressions post_impressions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions
    ADD CONSTRAINT post_impressions_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: post_impressions_2025_10 post_impressions_2025_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions_2025_10
    ADD CONSTRAINT post_impressions_2025_10_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: post_impressions_2025_11 post_impressions_2025_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions_2025_11
    ADD CONSTRAINT post_impressions_2025_11_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: post_impressions_2025_12 post_impressions_2025_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_impressions_2025_12
    ADD CONSTRAINT post_impressions_2025_12_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: post_media post_media_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_media
    ADD CONSTRAINT post_media_pkey PRIMARY KEY (id);


--
-- Name: promo_code_redemptions promo_code_redemptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_code_redemptions
    ADD CONSTRAINT promo_code_redemptions_pkey PRIMARY KEY (id);


--
-- Name: promo_code_redemptions promo_code_redemptions_promo_code_id_order_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_code_redemptions
    ADD CONSTRAINT promo_code_redemptions_promo_code_id_order_id_key UNIQUE (promo_code_id, order_id);


--
-- Name: promo_codes promo_codes_organization_id_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_codes
    ADD CONSTRAINT promo_codes_organization_id_code_key UNIQUE (organization_id, code);


--
-- Name: promo_codes promo_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_codes
    ADD CONSTRAINT promo_codes_pkey PRIMARY KEY (id);


--
-- Name: proposal_messages proposal_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_messages
    ADD CONSTRAINT proposal_messages_pkey PRIMARY KEY (id);


--
-- Name: proposal_revisions proposal_revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_revisions
    ADD CONSTRAINT proposal_revisions_pkey PRIMARY KEY (id);


--
-- Name: proposal_revisions proposal_revisions_proposal_id_revision_no_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_revisions
    ADD CONSTRAINT proposal_revisions_proposal_id_revision_no_key UNIQUE (proposal_id, revision_no);


--
-- Name: push_tokens push_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_tokens
    ADD CONSTRAINT push_tokens_pkey PRIMARY KEY (id);


--
-- Name: push_tokens push_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_tokens
    ADD CONSTRAINT push_tokens_token_key UNIQUE (token);


--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (bucket, window_start);


--
-- Name: recommendation_logs recommendation_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_logs
    ADD CONSTRAINT recommendation_logs_pkey PRIMARY KEY (id);


--
-- Name: referral_codes referral_codes_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_codes
    ADD CONSTRAINT referral_codes_code_key UNIQUE (code);


--
-- Name: referral_codes referral_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_codes
    ADD CONSTRAINT referral_codes_pkey PRIMARY KEY (id);


--
-- Name: referral_conversions referral_conversions_order_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_conversions
    ADD CONSTRAINT referral_conversions_order_id_key UNIQUE (order_id);


--
-- Name: referral_conversions referral_conversions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_conversions
    ADD CONSTRAINT referral_conversions_pkey PRIMARY KEY (id);


--
-- Name: refunds refunds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_pkey PRIMARY KEY (id);


--
-- Name: refunds refunds_stripe_refund_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_stripe_refund_id_key UNIQUE (stripe_refund_id);


--
-- Name: regions regions_country_code_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_country_code_code_key UNIQUE (country_code, code);


--
-- Name: regions regions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_pkey PRIMARY KEY (id);


--
-- Name: scanner_devices scanner_devices_device_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scanner_devices
    ADD CONSTRAINT scanner_devices_device_token_key UNIQUE (device_token);


--
-- Name: scanner_devices scanner_devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scanner_devices
    ADD CONSTRAINT scanner_devices_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: search_queries search_queries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_queries
    ADD CONSTRAINT search_queries_pkey PRIMARY KEY (id);


--
-- Name: seat_maps seat_maps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_maps
    ADD CONSTRAINT seat_maps_pkey PRIMARY KEY (id);


--
-- Name: seat_sections seat_sections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_sections
    ADD CONSTRAINT seat_sections_pkey PRIMARY KEY (id);


--
-- Name: seat_sections seat_sections_seat_map_id_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_sections
    ADD CONSTRAINT seat_sections_seat_map_id_name_key UNIQUE (seat_map_id, name);


--
-- Name: seats seats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seats
    ADD CONSTRAINT seats_pkey PRIMARY KEY (id);


--
-- Name: seats seats_section_id_row_label_seat_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seats
    ADD CONSTRAINT seats_section_id_row_label_seat_number_key UNIQUE (section_id, row_label, seat_number);


--
-- Name: session_speakers session_speakers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_speakers
    ADD CONSTRAINT session_speakers_pkey PRIMARY KEY (session_id, speaker_id);


--
-- Name: share_events share_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_events
    ADD CONSTRAINT share_events_pkey PRIMARY KEY (id);


--
-- Name: sms_events sms_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sms_events
    ADD CONSTRAINT sms_events_pkey PRIMARY KEY (id);


--
-- Name: speakers speakers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_pkey PRIMARY KEY (id);


--
-- Name: sponsor_brand_assets sponsor_brand_assets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_brand_assets
    ADD CONSTRAINT sponsor_brand_assets_pkey PRIMARY KEY (id);


--
-- Name: sponsor_category_interests sponsor_category_interests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_category_interests
    ADD CONSTRAINT sponsor_category_interests_pkey PRIMARY KEY (sponsor_id, category_id);


--
-- Name: sponsor_contacts sponsor_contacts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_contacts
    ADD CONSTRAINT sponsor_contacts_pkey PRIMARY KEY (id);


--
-- Name: sponsor_embeddings sponsor_embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_embeddings
    ADD CONSTRAINT sponsor_embeddings_pkey PRIMARY KEY (sponsor_id);


--
-- Name: sponsor_performance_daily sponsor_performance_daily_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_performance_daily
    ADD CONSTRAINT sponsor_performance_daily_pkey PRIMARY KEY (sponsor_id, event_id, day);


--
-- Name: sponsor_reviews sponsor_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_reviews
    ADD CONSTRAINT sponsor_reviews_pkey PRIMARY KEY (id);


--
-- Name: sponsor_reviews sponsor_reviews_sponsor_id_event_id_direction_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_reviews
    ADD CONSTRAINT sponsor_reviews_sponsor_id_event_id_direction_key UNIQUE (sponsor_id, event_id, direction);


--
-- Name: sponsors sponsors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsors
    ADD CONSTRAINT sponsors_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_contracts sponsorship_contracts_order_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_contracts
    ADD CONSTRAINT sponsorship_contracts_order_id_key UNIQUE (order_id);


--
-- Name: sponsorship_contracts sponsorship_contracts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_contracts
    ADD CONSTRAINT sponsorship_contracts_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_deliverables sponsorship_deliverables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_matches sponsorship_matches_event_id_sponsor_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_matches
    ADD CONSTRAINT sponsorship_matches_event_id_sponsor_id_key UNIQUE (event_id, sponsor_id);


--
-- Name: sponsorship_matches sponsorship_matches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_matches
    ADD CONSTRAINT sponsorship_matches_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_orders sponsorship_orders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_orders sponsorship_orders_stripe_payment_intent_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_stripe_payment_intent_id_key UNIQUE (stripe_payment_intent_id);


--
-- Name: sponsorship_packages sponsorship_packages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_packages
    ADD CONSTRAINT sponsorship_packages_pkey PRIMARY KEY (id);


--
-- Name: sponsorship_proposals sponsorship_proposals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_pkey PRIMARY KEY (id);


--
-- Name: stripe_connect_accounts stripe_connect_accounts_organization_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_organization_id_key UNIQUE (organization_id);


--
-- Name: stripe_connect_accounts stripe_connect_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_pkey PRIMARY KEY (id);


--
-- Name: stripe_connect_accounts stripe_connect_accounts_stripe_account_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_stripe_account_id_key UNIQUE (stripe_account_id);


--
-- Name: stripe_customers stripe_customers_organization_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_organization_id_key UNIQUE (organization_id);


--
-- Name: stripe_customers stripe_customers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_pkey PRIMARY KEY (id);


--
-- Name: stripe_customers stripe_customers_stripe_customer_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_stripe_customer_id_key UNIQUE (stripe_customer_id);


--
-- Name: stripe_customers stripe_customers_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_user_id_key UNIQUE (user_id);


--
-- Name: stripe_events stripe_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_events
    ADD CONSTRAINT stripe_events_pkey PRIMARY KEY (id);


--
-- Name: tax_rates tax_rates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rates
    ADD CONSTRAINT tax_rates_pkey PRIMARY KEY (id);


--
-- Name: ticket_addons ticket_addons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_addons
    ADD CONSTRAINT ticket_addons_pkey PRIMARY KEY (id);


--
-- Name: ticket_analytics ticket_analytics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics
    ADD CONSTRAINT ticket_analytics_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: ticket_analytics_2025_10 ticket_analytics_2025_10_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics_2025_10
    ADD CONSTRAINT ticket_analytics_2025_10_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: ticket_analytics_2025_11 ticket_analytics_2025_11_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics_2025_11
    ADD CONSTRAINT ticket_analytics_2025_11_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: ticket_analytics_2025_12 ticket_analytics_2025_12_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_analytics_2025_12
    ADD CONSTRAINT ticket_analytics_2025_12_pkey PRIMARY KEY (id, occurred_at);


--
-- Name: ticket_bundles ticket_bundles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_bundles
    ADD CONSTRAINT ticket_bundles_pkey PRIMARY KEY (id);


--
-- Name: ticket_holds ticket_holds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_holds
    ADD CONSTRAINT ticket_holds_pkey PRIMARY KEY (id);


--
-- Name: ticket_scans ticket_scans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_scans
    ADD CONSTRAINT ticket_scans_pkey PRIMARY KEY (id);


--
-- Name: ticket_tiers ticket_tiers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_pkey PRIMARY KEY (id);


--
-- Name: ticket_transfers ticket_transfers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_transfers
    ADD CONSTRAINT ticket_transfers_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_qr_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_qr_code_key UNIQUE (qr_code);


--
-- Name: tier_price_changes tier_price_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tier_price_changes
    ADD CONSTRAINT tier_price_changes_pkey PRIMARY KEY (id);


--
-- Name: timezones timezones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timezones
    ADD CONSTRAINT timezones_pkey PRIMARY KEY (name);


--
-- Name: training_runs training_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_runs
    ADD CONSTRAINT training_runs_pkey PRIMARY KEY (id);


--
-- Name: user_addresses user_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_addresses
    ADD CONSTRAINT user_addresses_pkey PRIMARY KEY (id);


--
-- Name: user_badges user_badges_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_badges
    ADD CONSTRAINT user_badges_pkey PRIMARY KEY (id);


--
-- Name: user_badges user_badges_user_id_badge_code_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_badges
    ADD CONSTRAINT user_badges_user_id_badge_code_event_id_key UNIQUE (user_id, badge_code, event_id);


--
-- Name: user_blocks user_blocks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_blocks
    ADD CONSTRAINT user_blocks_pkey PRIMARY KEY (blocker_id, blocked_id);


--
-- Name: user_consents user_consents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consents
    ADD CONSTRAINT user_consents_pkey PRIMARY KEY (id);


--
-- Name: user_devices user_devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_devices
    ADD CONSTRAINT user_devices_pkey PRIMARY KEY (id);


--
-- Name: user_embeddings user_embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_pkey PRIMARY KEY (user_id);


--
-- Name: user_interests user_interests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_interests
    ADD CONSTRAINT user_interests_pkey PRIMARY KEY (user_id, tag_id);


--
-- Name: user_profiles user_profiles_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_email_key UNIQUE (email);


--
-- Name: user_profiles user_profiles_handle_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_handle_key UNIQUE (handle);


--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (id);


--
-- Name: user_reports user_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_pkey PRIMARY KEY (id);


--
-- Name: user_saved_events user_saved_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_events
    ADD CONSTRAINT user_saved_events_pkey PRIMARY KEY (user_id, event_id);


--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (id);


--
-- Name: user_settings user_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT user_settings_pkey PRIMARY KEY (user_id);


--
-- Name: user_social_links user_social_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_social_links
    ADD CONSTRAINT user_social_links_pkey PRIMARY KEY (id);


--
-- Name: user_social_links user_social_links_user_id_provider_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_social_links
    ADD CONSTRAINT user_social_links_user_id_provider_key UNIQUE (user_id, provider);


--
-- Name: user_verifications user_verifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_verifications
    ADD CONSTRAINT user_verifications_pkey PRIMARY KEY (id);


--
-- Name: utm_links utm_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.utm_links
    ADD CONSTRAINT utm_links_pkey PRIMARY KEY (id);


--
-- Name: utm_links utm_links_short_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.utm_links
    ADD CONSTRAINT utm_links_short_code_key UNIQUE (short_code);


--
-- Name: venue_types venue_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venue_types
    ADD CONSTRAINT venue_types_pkey PRIMARY KEY (code);


--
-- Name: venues venues_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_pkey PRIMARY KEY (id);


--
-- Name: waitlists waitlists_event_id_tier_id_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlists
    ADD CONSTRAINT waitlists_event_id_tier_id_email_key UNIQUE (event_id, tier_id, email);


--
-- Name: waitlists waitlists_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlists
    ADD CONSTRAINT waitlists_pkey PRIMARY KEY (id);


--
-- Name: wallet_transactions wallet_transactions_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallet_transactions
    ADD CONSTRAINT wallet_transactions_idempotency_key_key UNIQUE (idempotency_key);


--
-- Name: wallet_transactions wallet_transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallet_transactions
    ADD CONSTRAINT wallet_transactions_pkey PRIMARY KEY (id);


--
-- Name: wallets wallets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallets
    ADD CONSTRAINT wallets_pkey PRIMARY KEY (id);


--
-- Name: wallets wallets_user_id_currency_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallets
    ADD CONSTRAINT wallets_user_id_currency_key UNIQUE (user_id, currency);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- Name: ad_clicks_campaign_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_clicks_campaign_occurred_idx ON public.ad_clicks USING btree (campaign_id, occurred_at);


--
-- Name: ad_clicks_impression_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_clicks_impression_idx ON public.ad_clicks USING btree (impression_id);


--
-- Name: ad_creatives_campaign_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_creatives_campaign_idx ON public.ad_creatives USING btree (campaign_id);


--
-- Name: ad_impressions_campaign_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_impressions_campaign_occurred_idx ON public.ad_impressions USING btree (campaign_id, occurred_at);


--
-- Name: ad_impressions_occurred_brin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_impressions_occurred_brin ON public.ad_impressions USING brin (occurred_at);


--
-- Name: ad_spend_ledger_campaign_period_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ad_spend_ledger_campaign_period_idx ON public.ad_spend_ledger USING btree (campaign_id, period_start);


--
-- Name: api_keys_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_keys_org_idx ON public.api_keys USING btree (organization_id) WHERE (revoked_at IS NULL);


--
-- Name: audit_log_created_brin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_created_brin ON public.audit_log USING brin (created_at);


--
-- Name: audit_log_org_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_org_created_idx ON public.audit_log USING btree (organization_id, created_at DESC);


--
-- Name: background_jobs_ready_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX background_jobs_ready_idx ON public.background_jobs USING btree (queue, run_at) WHERE (status = 'queued'::text);


--
-- Name: campaigns_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX campaigns_org_status_idx ON public.campaigns USING btree (organization_id, status);


--
-- Name: checkins_ticket_event_once_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX checkins_ticket_event_once_idx ON public.checkins USING btree (ticket_id) WHERE (session_id IS NULL);


--
-- Name: checkins_ticket_session_once_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX checkins_ticket_session_once_idx ON public.checkins USING btree (ticket_id, session_id) WHERE (session_id IS NOT NULL);


--
-- Name: conversation_participants_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX conversation_participants_user_idx ON public.conversation_participants USING btree (user_id);


--
-- Name: credit_lots_org_wallet_available_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX credit_lots_org_wallet_available_idx ON public.credit_lots USING btree (org_wallet_id, expires_at) WHERE (quantity_remaining > 0);


--
-- Name: direct_messages_conversation_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX direct_messages_conversation_created_idx ON public.direct_messages USING btree (conversation_id, created_at);


--
-- Name: email_events_message_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX email_events_message_idx ON public.email_events USING btree (provider_message_id);


--
-- Name: event_comments_post_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_comments_post_created_idx ON public.event_comments USING btree (post_id, created_at);


--
-- Name: event_impressions_event_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_event_occurred_idx ON ONLY public.event_impressions USING btree (event_id, occurred_at);


--
-- Name: event_impressions_2025_10_event_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_10_event_id_occurred_at_idx ON public.event_impressions_2025_10 USING btree (event_id, occurred_at);


--
-- Name: event_impressions_occurred_brin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_occurred_brin ON ONLY public.event_impressions USING brin (occurred_at);


--
-- Name: event_impressions_2025_10_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_10_occurred_at_idx ON public.event_impressions_2025_10 USING brin (occurred_at);


--
-- Name: event_impressions_2025_11_event_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_11_event_id_occurred_at_idx ON public.event_impressions_2025_11 USING btree (event_id, occurred_at);


--
-- Name: event_impressions_2025_11_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_11_occurred_at_idx ON public.event_impressions_2025_11 USING brin (occurred_at);


--
-- Name: event_impressions_2025_12_event_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_12_event_id_occurred_at_idx ON public.event_impressions_2025_12 USING btree (event_id, occurred_at);


--
-- Name: event_impressions_2025_12_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_impressions_2025_12_occurred_at_idx ON public.event_impressions_2025_12 USING brin (occurred_at);


--
-- Name: event_posts_event_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_posts_event_created_idx ON public.event_posts USING btree (event_id, created_at DESC) WHERE (deleted_at IS NULL);


--
-- Name: event_sessions_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_sessions_event_idx ON public.event_sessions USING btree (event_id, starts_at);


--
-- Name: events_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_category_idx ON public.events USING btree (category_id);


--
-- Name: events_discover_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_discover_idx ON public.events USING btree (starts_at) WHERE ((status = 'published'::public.event_status) AND (visibility = 'public'::public.event_visibility));


--
-- Name: events_metadata_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_metadata_gin ON public.events USING gin (metadata jsonb_path_ops);


--
-- Name: events_org_starts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_org_starts_idx ON public.events USING btree (organization_id, starts_at);


--
-- Name: events_tags_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_tags_gin ON public.events USING gin (tags);


--
-- Name: events_venue_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_venue_idx ON public.events USING btree (venue_id);


--
-- Name: follows_followee_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX follows_followee_idx ON public.follows USING btree (followee_id);


--
-- Name: funnel_events_event_step_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX funnel_events_event_step_idx ON public.funnel_events USING btree (event_id, step, occurred_at);


--
-- Name: invoices_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoices_org_status_idx ON public.invoices USING btree (organization_id, status);


--
-- Name: message_jobs_scheduled_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX message_jobs_scheduled_idx ON public.message_jobs USING btree (scheduled_at) WHERE (status = 'scheduled'::public.message_job_status);


--
-- Name: message_templates_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX message_templates_key_idx ON public.message_templates USING btree (COALESCE(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), key, channel, locale);


--
-- Name: ml_features_features_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ml_features_features_gin ON public.ml_features USING gin (features);


--
-- Name: model_predictions_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX model_predictions_entity_idx ON public.model_predictions USING btree (entity_type, entity_id, created_at DESC);


--
-- Name: mv_event_daily_stats_event_day_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mv_event_daily_stats_event_day_idx ON public.mv_event_daily_stats USING btree (event_id, day);


--
-- Name: notifications_user_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_user_unread_idx ON public.notifications USING btree (user_id, created_at DESC) WHERE (read_at IS NULL);


--
-- Name: order_items_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX order_items_order_idx ON public.order_items USING btree (order_id);


--
-- Name: orders_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_event_idx ON public.orders USING btree (event_id);


--
-- Name: orders_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_org_status_idx ON public.orders USING btree (organization_id, status);


--
-- Name: orders_user_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orders_user_created_idx ON public.orders USING btree (user_id, created_at DESC);


--
-- Name: org_invitations_pending_email_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX org_invitations_pending_email_idx ON public.org_invitations USING btree (organization_id, lower(email)) WHERE ((accepted_at IS NULL) AND (revoked_at IS NULL));


--
-- Name: org_memberships_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX org_memberships_user_idx ON public.org_memberships USING btree (user_id);


--
-- Name: organizations_settings_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_settings_gin ON public.organizations USING gin (settings);


--
-- Name: outbox_unprocessed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_unprocessed_idx ON public.outbox USING btree (created_at) WHERE (processed_at IS NULL);


--
-- Name: page_views_occurred_brin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX page_views_occurred_brin ON public.page_views USING brin (occurred_at);


--
-- Name: payment_methods_user_default_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX payment_methods_user_default_idx ON public.payment_methods USING btree (user_id) WHERE (is_default AND (user_id IS NOT NULL));


--
-- Name: payouts_org_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payouts_org_created_idx ON public.payouts USING btree (organization_id, created_at DESC);


--
-- Name: post_impressions_post_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX post_impressions_post_occurred_idx ON ONLY public.post_impressions USING btree (post_id, occurred_at);


--
-- Name: post_impressions_2025_10_post_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX post_impressions_2025_10_post_id_occurred_at_idx ON public.post_impressions_2025_10 USING btree (post_id, occurred_at);


--
-- Name: post_impressions_2025_11_post_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX post_impressions_2025_11_post_id_occurred_at_idx ON public.post_impressions_2025_11 USING btree (post_id, occurred_at);


--
-- Name: post_impressions_2025_12_post_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX post_impressions_2025_12_post_id_occurred_at_idx ON public.post_impressions_2025_12 USING btree (post_id, occurred_at);


--
-- Name: promo_codes_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX promo_codes_event_idx ON public.promo_codes USING btree (event_id);


--
-- Name: push_tokens_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_tokens_user_idx ON public.push_tokens USING btree (user_id) WHERE (revoked_at IS NULL);


--
-- Name: recommendation_logs_user_served_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendation_logs_user_served_idx ON public.recommendation_logs USING btree (user_id, served_at DESC);


--
-- Name: refunds_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX refunds_order_idx ON public.refunds USING btree (order_id);


--
-- Name: sponsorship_matches_sponsor_score_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_matches_sponsor_score_idx ON public.sponsorship_matches USING btree (sponsor_id, score DESC);


--
-- Name: sponsorship_orders_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_orders_event_idx ON public.sponsorship_orders USING btree (event_id);


--
-- Name: sponsorship_orders_open_escrow_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_orders_open_escrow_idx ON public.sponsorship_orders USING btree (escrow_state) WHERE (escrow_state = ANY (ARRAY['funded'::public.escrow_state, 'locked'::public.escrow_state, 'disputed'::public.escrow_state]));


--
-- Name: sponsorship_orders_sponsor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_orders_sponsor_idx ON public.sponsorship_orders USING btree (sponsor_id);


--
-- Name: sponsorship_packages_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_packages_event_idx ON public.sponsorship_packages USING btree (event_id);


--
-- Name: sponsorship_proposals_sponsor_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sponsorship_proposals_sponsor_status_idx ON public.sponsorship_proposals USING btree (sponsor_id, status);


--
-- Name: stripe_events_unprocessed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stripe_events_unprocessed_idx ON public.stripe_events USING btree (type, received_at) WHERE (processed_at IS NULL);


--
-- Name: ticket_analytics_metadata_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_metadata_gin ON ONLY public.ticket_analytics USING gin (metadata);


--
-- Name: ticket_analytics_2025_10_metadata_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_10_metadata_idx ON public.ticket_analytics_2025_10 USING gin (metadata);


--
-- Name: ticket_analytics_ticket_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_ticket_idx ON ONLY public.ticket_analytics USING btree (ticket_id);


--
-- Name: ticket_analytics_2025_10_ticket_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_10_ticket_id_idx ON public.ticket_analytics_2025_10 USING btree (ticket_id);


--
-- Name: ticket_analytics_2025_11_metadata_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_11_metadata_idx ON public.ticket_analytics_2025_11 USING gin (metadata);


--
-- Name: ticket_analytics_2025_11_ticket_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_11_ticket_id_idx ON public.ticket_analytics_2025_11 USING btree (ticket_id);


--
-- Name: ticket_analytics_2025_12_metadata_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_12_metadata_idx ON public.ticket_analytics_2025_12 USING gin (metadata);


--
-- Name: ticket_analytics_2025_12_ticket_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_analytics_2025_12_ticket_id_idx ON public.ticket_analytics_2025_12 USING btree (ticket_id);


--
-- Name: ticket_holds_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_holds_expires_idx ON public.ticket_holds USING btree (expires_at);


--
-- Name: ticket_scans_event_scanned_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_scans_event_scanned_idx ON public.ticket_scans USING btree (event_id, scanned_at);


--
-- Name: ticket_tiers_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ticket_tiers_event_idx ON public.ticket_tiers USING btree (event_id);


--
-- Name: tickets_event_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_event_status_idx ON public.tickets USING btree (event_id, status);


--
-- Name: tickets_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_order_idx ON public.tickets USING btree (order_id);


--
-- Name: tickets_owner_active_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tickets_owner_active_idx ON public.tickets USING btree (owner_user_id) WHERE (status = 'issued'::public.ticket_status);


--
-- Name: user_addresses_one_default_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_addresses_one_default_idx ON public.user_addresses USING btree (user_id) WHERE is_default;


--
-- Name: user_devices_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_devices_user_idx ON public.user_devices USING btree (user_id);


--
-- Name: user_profiles_active_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_profiles_active_idx ON public.user_profiles USING btree (last_active_at DESC) WHERE (deleted_at IS NULL);


--
-- Name: user_profiles_country_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_profiles_country_idx ON public.user_profiles USING btree (country_code);


--
-- Name: user_sessions_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_sessions_user_idx ON public.user_sessions USING btree (user_id) WHERE (revoked_at IS NULL);


--
-- Name: venues_geo_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX venues_geo_idx ON public.venues USING btree (country_code, city);


--
-- Name: waitlists_event_position_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX waitlists_event_position_idx ON public.waitlists USING btree (event_id, "position") WHERE (status = 'waiting'::text);


--
-- Name: wallet_transactions_org_wallet_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wallet_transactions_org_wallet_created_idx ON public.wallet_transactions USING btree (org_wallet_id, created_at DESC);


--
-- Name: wallet_transactions_reference_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wallet_transactions_reference_idx ON public.wallet_transactions USING btree (reference_type, reference_id);


--
-- Name: wallet_transactions_wallet_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX wallet_transactions_wallet_created_idx ON public.wallet_transactions USING btree (wallet_id, created_at DESC);


--
-- Name: webhook_deliveries_retry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webhook_deliveries_retry_idx ON public.webhook_deliveries USING btree (next_retry_at) WHERE (delivered_at IS NULL);


--
-- Name: event_impressions_2025_10_event_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_event_occurred_idx ATTACH PARTITION public.event_impressions_2025_10_event_id_occurred_at_idx;


--
-- Name: event_impressions_2025_10_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_occurred_brin ATTACH PARTITION public.event_impressions_2025_10_occurred_at_idx;


--
-- Name: event_impressions_2025_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_pkey ATTACH PARTITION public.event_impressions_2025_10_pkey;


--
-- Name: event_impressions_2025_11_event_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_event_occurred_idx ATTACH PARTITION public.event_impressions_2025_11_event_id_occurred_at_idx;


--
-- Name: event_impressions_2025_11_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_occurred_brin ATTACH PARTITION public.event_impressions_2025_11_occurred_at_idx;


--
-- Name: event_impressions_2025_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_pkey ATTACH PARTITION public.event_impressions_2025_11_pkey;


--
-- Name: event_impressions_2025_12_event_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_event_occurred_idx ATTACH PARTITION public.event_impressions_2025_12_event_id_occurred_at_idx;


--
-- Name: event_impressions_2025_12_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_occurred_brin ATTACH PARTITION public.event_impressions_2025_12_occurred_at_idx;


--
-- Name: event_impressions_2025_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.event_impressions_pkey ATTACH PARTITION public.event_impressions_2025_12_pkey;


--
-- Name: post_impressions_2025_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_pkey ATTACH PARTITION public.post_impressions_2025_10_pkey;


--
-- Name: post_impressions_2025_10_post_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_post_occurred_idx ATTACH PARTITION public.post_impressions_2025_10_post_id_occurred_at_idx;


--
-- Name: post_impressions_2025_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_pkey ATTACH PARTITION public.post_impressions_2025_11_pkey;


--
-- Name: post_impressions_2025_11_post_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_post_occurred_idx ATTACH PARTITION public.post_impressions_2025_11_post_id_occurred_at_idx;


--
-- Name: post_impressions_2025_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_pkey ATTACH PARTITION public.post_impressions_2025_12_pkey;


--
-- Name: post_impressions_2025_12_post_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.post_impressions_post_occurred_idx ATTACH PARTITION public.post_impressions_2025_12_post_id_occurred_at_idx;


--
-- Name: ticket_analytics_2025_10_metadata_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_metadata_gin ATTACH PARTITION public.ticket_analytics_2025_10_metadata_idx;


--
-- Name: ticket_analytics_2025_10_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_pkey ATTACH PARTITION public.ticket_analytics_2025_10_pkey;


--
-- Name: ticket_analytics_2025_10_ticket_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_ticket_idx ATTACH PARTITION public.ticket_analytics_2025_10_ticket_id_idx;


--
-- Name: ticket_analytics_2025_11_metadata_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_metadata_gin ATTACH PARTITION public.ticket_analytics_2025_11_metadata_idx;


--
-- Name: ticket_analytics_2025_11_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_pkey ATTACH PARTITION public.ticket_analytics_2025_11_pkey;


--
-- Name: ticket_analytics_2025_11_ticket_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_ticket_idx ATTACH PARTITION public.ticket_analytics_2025_11_ticket_id_idx;


--
-- Name: ticket_analytics_2025_12_metadata_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_metadata_gin ATTACH PARTITION public.ticket_analytics_2025_12_metadata_idx;


--
-- Name: ticket_analytics_2025_12_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_pkey ATTACH PARTITION public.ticket_analytics_2025_12_pkey;


--
-- Name: ticket_analytics_2025_12_ticket_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.ticket_analytics_ticket_idx ATTACH PARTITION public.ticket_analytics_2025_12_ticket_id_idx;


--
-- Name: event_sales_summary _RETURN; Type: RULE; Schema: public; Owner: -
--

CREATE OR REPLACE VIEW public.event_sales_summary AS
 SELECT e.id AS event_id,
    e.organization_id,
    e.title,
    e.starts_at,
    count(t.id) FILTER (WHERE (t.status = ANY (ARRAY['issued'::public.ticket_status, 'redeemed'::public.ticket_status, 'transferred'::public.ticket_status]))) AS tickets_sold,
    count(t.id) FILTER (WHERE (t.status = 'redeemed'::public.ticket_status)) AS tickets_redeemed,
    count(t.id) FILTER (WHERE (t.status = 'refunded'::public.ticket_status)) AS tickets_refunded,
    ( SELECT COALESCE(sum(tt.quantity), (0)::bigint) AS "coalesce"
           FROM public.ticket_tiers tt
          WHERE (tt.event_id = e.id)) AS capacity,
    ( SELECT COALESCE(sum(o.total_cents), (0)::bigint) AS "coalesce"
           FROM public.orders o
          WHERE ((o.event_id = e.id) AND (o.status = ANY (ARRAY['paid'::public.order_status, 'partially_refunded'::public.order_status])))) AS gross_cents
   FROM (public.events e
     LEFT JOIN public.tickets t ON ((t.event_id = e.id)))
  GROUP BY e.id;


--
-- Name: wallet_balances _RETURN; Type: RULE; Schema: public; Owner: -
--

CREATE OR REPLACE VIEW public.wallet_balances AS
 SELECT w.id AS wallet_id,
    w.user_id,
    w.currency,
    w.balance_cents AS cached_balance_cents,
    (COALESCE(sum(wt.amount_cents), (0)::numeric))::bigint AS ledger_balance_cents,
    max(wt.created_at) AS last_transaction_at
   FROM (public.wallets w
     LEFT JOIN public.wallet_transactions wt ON ((wt.wallet_id = w.id)))
  GROUP BY w.id;


--
-- Name: ad_creatives ad_creatives_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ad_creatives_set_updated_at BEFORE UPDATE ON public.ad_creatives FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: campaigns campaigns_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER campaigns_set_updated_at BEFORE UPDATE ON public.campaigns FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: cultural_guides cultural_guides_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cultural_guides_set_updated_at BEFORE UPDATE ON public.cultural_guides FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: direct_messages direct_messages_touch_conversation; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER direct_messages_touch_conversation AFTER INSERT ON public.direct_messages FOR EACH ROW EXECUTE FUNCTION public.touch_conversation();


--
-- Name: event_comments event_comments_bump_count; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_comments_bump_count AFTER INSERT OR DELETE ON public.event_comments FOR EACH ROW EXECUTE FUNCTION public.bump_post_comment_count();


--
-- Name: event_comments event_comments_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_comments_set_updated_at BEFORE UPDATE ON public.event_comments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: event_posts event_posts_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_posts_set_updated_at BEFORE UPDATE ON public.event_posts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: events events_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_set_updated_at BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: invoices invoices_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER invoices_set_updated_at BEFORE UPDATE ON public.invoices FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: message_templates message_templates_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER message_templates_set_updated_at BEFORE UPDATE ON public.message_templates FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: orders orders_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER orders_audit AFTER DELETE OR UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.audit_row_change();


--
-- Name: orders orders_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER orders_set_updated_at BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: org_memberships org_memberships_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER org_memberships_audit AFTER INSERT OR DELETE OR UPDATE ON public.org_memberships FOR EACH ROW EXECUTE FUNCTION public.audit_row_change();


--
-- Name: org_settings org_settings_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER org_settings_set_updated_at BEFORE UPDATE ON public.org_settings FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: org_wallets org_wallets_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER org_wallets_set_updated_at BEFORE UPDATE ON public.org_wallets FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: organizations organizations_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER organizations_audit AFTER INSERT OR DELETE OR UPDATE ON public.organizations FOR EACH ROW EXECUTE FUNCTION public.audit_row_change();


--
-- Name: organizations organizations_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER organizations_set_updated_at BEFORE UPDATE ON public.organizations FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: payouts payouts_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER payouts_audit AFTER INSERT OR UPDATE ON public.payouts FOR EACH ROW EXECUTE FUNCTION public.audit_row_change();


--
-- Name: payouts payouts_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER payouts_set_updated_at BEFORE UPDATE ON public.payouts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: sponsors sponsors_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsors_set_updated_at BEFORE UPDATE ON public.sponsors FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: sponsorship_deliverables sponsorship_deliverables_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsorship_deliverables_set_updated_at BEFORE UPDATE ON public.sponsorship_deliverables FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: sponsorship_orders sponsorship_orders_escrow_transition; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsorship_orders_escrow_transition BEFORE UPDATE OF escrow_state ON public.sponsorship_orders FOR EACH ROW EXECUTE FUNCTION public.enforce_escrow_transition();


--
-- Name: sponsorship_orders sponsorship_orders_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsorship_orders_set_updated_at BEFORE UPDATE ON public.sponsorship_orders FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: sponsorship_packages sponsorship_packages_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsorship_packages_set_updated_at BEFORE UPDATE ON public.sponsorship_packages FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: sponsorship_proposals sponsorship_proposals_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sponsorship_proposals_set_updated_at BEFORE UPDATE ON public.sponsorship_proposals FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: ticket_tiers ticket_tiers_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ticket_tiers_set_updated_at BEFORE UPDATE ON public.ticket_tiers FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: tickets tickets_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tickets_set_updated_at BEFORE UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: tickets tickets_status_transition; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tickets_status_transition BEFORE UPDATE OF status ON public.tickets FOR EACH ROW EXECUTE FUNCTION public.enforce_ticket_status_transition();


--
-- Name: user_profiles user_profiles_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_profiles_set_updated_at BEFORE UPDATE ON public.user_profiles FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: user_settings user_settings_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_settings_set_updated_at BEFORE UPDATE ON public.user_settings FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: venues venues_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER venues_set_updated_at BEFORE UPDATE ON public.venues FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: wallets wallets_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER wallets_set_updated_at BEFORE UPDATE ON public.wallets FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: webhooks webhooks_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER webhooks_set_updated_at BEFORE UPDATE ON public.webhooks FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();


--
-- Name: ad_clicks ad_clicks_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_clicks
    ADD CONSTRAINT ad_clicks_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: ad_clicks ad_clicks_creative_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_clicks
    ADD CONSTRAINT ad_clicks_creative_id_fkey FOREIGN KEY (creative_id) REFERENCES public.ad_creatives(id) ON DELETE SET NULL;


--
-- Name: ad_clicks ad_clicks_impression_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_clicks
    ADD CONSTRAINT ad_clicks_impression_id_fkey FOREIGN KEY (impression_id) REFERENCES public.ad_impressions(id) ON DELETE SET NULL;


--
-- Name: ad_clicks ad_clicks_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_clicks
    ADD CONSTRAINT ad_clicks_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: ad_conversions ad_conversions_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_conversions
    ADD CONSTRAINT ad_conversions_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: ad_conversions ad_conversions_click_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_conversions
    ADD CONSTRAINT ad_conversions_click_id_fkey FOREIGN KEY (click_id) REFERENCES public.ad_clicks(id) ON DELETE SET NULL;


--
-- Name: ad_conversions ad_conversions_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_conversions
    ADD CONSTRAINT ad_conversions_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE SET NULL;


--
-- Name: ad_creatives ad_creatives_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_creatives
    ADD CONSTRAINT ad_creatives_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: ad_creatives ad_creatives_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_creatives
    ADD CONSTRAINT ad_creatives_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: ad_creatives ad_creatives_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_creatives
    ADD CONSTRAINT ad_creatives_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE SET NULL;


--
-- Name: ad_frequency_caps ad_frequency_caps_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_frequency_caps
    ADD CONSTRAINT ad_frequency_caps_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: ad_impressions ad_impressions_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: ad_impressions ad_impressions_creative_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_creative_id_fkey FOREIGN KEY (creative_id) REFERENCES public.ad_creatives(id) ON DELETE SET NULL;


--
-- Name: ad_impressions ad_impressions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: ad_impressions ad_impressions_placement_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_placement_code_fkey FOREIGN KEY (placement_code) REFERENCES public.ad_placements(code);


--
-- Name: ad_impressions ad_impressions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_impressions
    ADD CONSTRAINT ad_impressions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: ad_reviews ad_reviews_creative_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_reviews
    ADD CONSTRAINT ad_reviews_creative_id_fkey FOREIGN KEY (creative_id) REFERENCES public.ad_creatives(id) ON DELETE CASCADE;


--
-- Name: ad_reviews ad_reviews_reviewer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_reviews
    ADD CONSTRAINT ad_reviews_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: ad_spend_ledger ad_spend_ledger_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_spend_ledger
    ADD CONSTRAINT ad_spend_ledger_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- Name: ad_spend_ledger ad_spend_ledger_credit_lot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_spend_ledger
    ADD CONSTRAINT ad_spend_ledger_credit_lot_id_fkey FOREIGN KEY (credit_lot_id) REFERENCES public.credit_lots(id) ON DELETE SET NULL;


--
-- Name: ad_spend_ledger ad_spend_ledger_wallet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ad_spend_ledger
    ADD CONSTRAINT ad_spend_ledger_wallet_id_fkey FOREIGN KEY (wallet_id) REFERENCES public.org_wallets(id);


--
-- Name: api_keys api_keys_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: api_keys api_keys_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_keys
    ADD CONSTRAINT api_keys_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: attendee_answers attendee_answers_question_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_answers
    ADD CONSTRAINT attendee_answers_question_id_fkey FOREIGN KEY (question_id) REFERENCES public.attendee_questions(id) ON DELETE CASCADE;


--
-- Name: attendee_answers attendee_answers_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_answers
    ADD CONSTRAINT attendee_answers_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: attendee_questions attendee_questions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_questions
    ADD CONSTRAINT attendee_questions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: attendee_questions attendee_questions_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendee_questions
    ADD CONSTRAINT attendee_questions_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE CASCADE;


--
-- Name: audience_segment_members audience_segment_members_segment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audience_segment_members
    ADD CONSTRAINT audience_segment_members_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES public.audience_segments(id) ON DELETE CASCADE;


--
-- Name: audience_segment_members audience_segment_members_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audience_segment_members
    ADD CONSTRAINT audience_segment_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: audience_segments audience_segments_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audience_segments
    ADD CONSTRAINT audience_segments_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: bundle_items bundle_items_bundle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bundle_items
    ADD CONSTRAINT bundle_items_bundle_id_fkey FOREIGN KEY (bundle_id) REFERENCES public.ticket_bundles(id) ON DELETE CASCADE;


--
-- Name: bundle_items bundle_items_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bundle_items
    ADD CONSTRAINT bundle_items_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE CASCADE;


--
-- Name: campaign_events campaign_events_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_events
    ADD CONSTRAINT campaign_events_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: campaign_events campaign_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_events
    ADD CONSTRAINT campaign_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: campaign_segments campaign_segments_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_segments
    ADD CONSTRAINT campaign_segments_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: campaign_segments campaign_segments_segment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_segments
    ADD CONSTRAINT campaign_segments_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES public.audience_segments(id) ON DELETE CASCADE;


--
-- Name: campaign_targeting campaign_targeting_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_targeting
    ADD CONSTRAINT campaign_targeting_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE CASCADE;


--
-- Name: campaigns campaigns_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: campaigns campaigns_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: campaigns campaigns_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: checkins checkins_checked_in_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_checked_in_by_fkey FOREIGN KEY (checked_in_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: checkins checkins_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: checkins checkins_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.event_sessions(id) ON DELETE CASCADE;


--
-- Name: checkins checkins_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: checkins checkins_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkins
    ADD CONSTRAINT checkins_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: checkout_sessions checkout_sessions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkout_sessions
    ADD CONSTRAINT checkout_sessions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: checkout_sessions checkout_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.checkout_sessions
    ADD CONSTRAINT checkout_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: comment_reactions comment_reactions_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reactions
    ADD CONSTRAINT comment_reactions_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.event_comments(id) ON DELETE CASCADE;


--
-- Name: comment_reactions comment_reactions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reactions
    ADD CONSTRAINT comment_reactions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: conversation_participants conversation_participants_conversation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversation_participants
    ADD CONSTRAINT conversation_participants_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES public.conversations(id) ON DELETE CASCADE;


--
-- Name: conversation_participants conversation_participants_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversation_participants
    ADD CONSTRAINT conversation_participants_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: conversations conversations_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversations
    ADD CONSTRAINT conversations_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: conversations conversations_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversations
    ADD CONSTRAINT conversations_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: conversations conversations_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conversations
    ADD CONSTRAINT conversations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: countries countries_default_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_default_currency_fkey FOREIGN KEY (default_currency) REFERENCES public.currencies(code);


--
-- Name: credit_lots credit_lots_org_wallet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_lots
    ADD CONSTRAINT credit_lots_org_wallet_id_fkey FOREIGN KEY (org_wallet_id) REFERENCES public.org_wallets(id) ON DELETE CASCADE;


--
-- Name: credit_lots credit_lots_package_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_lots
    ADD CONSTRAINT credit_lots_package_id_fkey FOREIGN KEY (package_id) REFERENCES public.credit_packages(id);


--
-- Name: credit_lots credit_lots_wallet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_lots
    ADD CONSTRAINT credit_lots_wallet_id_fkey FOREIGN KEY (wallet_id) REFERENCES public.wallets(id) ON DELETE CASCADE;


--
-- Name: credit_packages credit_packages_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_packages
    ADD CONSTRAINT credit_packages_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: cultural_guides cultural_guides_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cultural_guides
    ADD CONSTRAINT cultural_guides_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: cultural_guides cultural_guides_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cultural_guides
    ADD CONSTRAINT cultural_guides_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: cultural_guides cultural_guides_language_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cultural_guides
    ADD CONSTRAINT cultural_guides_language_fkey FOREIGN KEY (language) REFERENCES public.languages(code);


--
-- Name: deliverable_proofs deliverable_proofs_deliverable_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliverable_proofs
    ADD CONSTRAINT deliverable_proofs_deliverable_id_fkey FOREIGN KEY (deliverable_id) REFERENCES public.sponsorship_deliverables(id) ON DELETE CASCADE;


--
-- Name: deliverable_proofs deliverable_proofs_submitted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deliverable_proofs
    ADD CONSTRAINT deliverable_proofs_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES public.user_profiles(id);


--
-- Name: direct_messages direct_messages_conversation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.direct_messages
    ADD CONSTRAINT direct_messages_conversation_id_fkey FOREIGN KEY (conversation_id) REFERENCES public.conversations(id) ON DELETE CASCADE;


--
-- Name: direct_messages direct_messages_reply_to_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.direct_messages
    ADD CONSTRAINT direct_messages_reply_to_id_fkey FOREIGN KEY (reply_to_id) REFERENCES public.direct_messages(id) ON DELETE SET NULL;


--
-- Name: direct_messages direct_messages_sender_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.direct_messages
    ADD CONSTRAINT direct_messages_sender_id_fkey FOREIGN KEY (sender_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: disputes disputes_payment_intent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.disputes
    ADD CONSTRAINT disputes_payment_intent_id_fkey FOREIGN KEY (payment_intent_id) REFERENCES public.payment_intents(id);


--
-- Name: email_events email_events_job_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.email_events
    ADD CONSTRAINT email_events_job_id_fkey FOREIGN KEY (job_id) REFERENCES public.message_jobs(id) ON DELETE SET NULL;


--
-- Name: escrow_events escrow_events_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escrow_events
    ADD CONSTRAINT escrow_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: escrow_events escrow_events_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.escrow_events
    ADD CONSTRAINT escrow_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.sponsorship_orders(id) ON DELETE CASCADE;


--
-- Name: event_accessibility event_accessibility_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_accessibility
    ADD CONSTRAINT event_accessibility_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_accessibility event_accessibility_feature_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_accessibility
    ADD CONSTRAINT event_accessibility_feature_code_fkey FOREIGN KEY (feature_code) REFERENCES public.accessibility_features(code);


--
-- Name: event_announcements event_announcements_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_announcements
    ADD CONSTRAINT event_announcements_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: event_announcements event_announcements_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_announcements
    ADD CONSTRAINT event_announcements_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_announcements event_announcements_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_announcements
    ADD CONSTRAINT event_announcements_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: event_audience_insights event_audience_insights_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_audience_insights
    ADD CONSTRAINT event_audience_insights_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_categories event_categories_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_categories
    ADD CONSTRAINT event_categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.event_categories(id);


--
-- Name: event_comments event_comments_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_comments
    ADD CONSTRAINT event_comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_comments event_comments_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_comments
    ADD CONSTRAINT event_comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.event_comments(id) ON DELETE CASCADE;


--
-- Name: event_comments event_comments_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_comments
    ADD CONSTRAINT event_comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: event_daily_metrics event_daily_metrics_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_daily_metrics
    ADD CONSTRAINT event_daily_metrics_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_embeddings event_embeddings_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_embeddings
    ADD CONSTRAINT event_embeddings_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_embeddings event_embeddings_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_embeddings
    ADD CONSTRAINT event_embeddings_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id);


--
-- Name: event_faqs event_faqs_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_faqs
    ADD CONSTRAINT event_faqs_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_hosts event_hosts_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_hosts
    ADD CONSTRAINT event_hosts_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_hosts event_hosts_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_hosts
    ADD CONSTRAINT event_hosts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_impressions event_impressions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.event_impressions
    ADD CONSTRAINT event_impressions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_impressions event_impressions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.event_impressions
    ADD CONSTRAINT event_impressions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: event_links event_links_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_links
    ADD CONSTRAINT event_links_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_media event_media_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_media
    ADD CONSTRAINT event_media_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_media event_media_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_media
    ADD CONSTRAINT event_media_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: event_poll_votes event_poll_votes_poll_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_poll_votes
    ADD CONSTRAINT event_poll_votes_poll_id_fkey FOREIGN KEY (poll_id) REFERENCES public.event_polls(id) ON DELETE CASCADE;


--
-- Name: event_poll_votes event_poll_votes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_poll_votes
    ADD CONSTRAINT event_poll_votes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_polls event_polls_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_polls
    ADD CONSTRAINT event_polls_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_polls event_polls_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_polls
    ADD CONSTRAINT event_polls_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: event_posts event_posts_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_posts
    ADD CONSTRAINT event_posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_posts event_posts_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_posts
    ADD CONSTRAINT event_posts_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_posts event_posts_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_posts
    ADD CONSTRAINT event_posts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE SET NULL;


--
-- Name: event_reactions event_reactions_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reactions
    ADD CONSTRAINT event_reactions_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: event_reactions event_reactions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reactions
    ADD CONSTRAINT event_reactions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_reports event_reports_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.event_comments(id) ON DELETE CASCADE;


--
-- Name: event_reports event_reports_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_reports event_reports_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: event_reports event_reports_reporter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_reporter_id_fkey FOREIGN KEY (reporter_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: event_reports event_reports_resolved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: event_series event_series_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_series
    ADD CONSTRAINT event_series_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: event_sessions event_sessions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_sessions
    ADD CONSTRAINT event_sessions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_tags event_tags_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_tags
    ADD CONSTRAINT event_tags_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_tags event_tags_tag_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_tags
    ADD CONSTRAINT event_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES public.interest_tags(id) ON DELETE CASCADE;


--
-- Name: event_translations event_translations_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_translations
    ADD CONSTRAINT event_translations_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_translations event_translations_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_translations
    ADD CONSTRAINT event_translations_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.languages(code);


--
-- Name: events events_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.event_categories(id);


--
-- Name: events events_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: events events_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id);


--
-- Name: events events_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: events events_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: events events_series_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_series_id_fkey FOREIGN KEY (series_id) REFERENCES public.event_series(id) ON DELETE SET NULL;


--
-- Name: events events_timezone_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_timezone_fkey FOREIGN KEY (timezone) REFERENCES public.timezones(name);


--
-- Name: events events_venue_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id) ON DELETE SET NULL;


--
-- Name: feature_flag_overrides feature_flag_overrides_flag_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feature_flag_overrides
    ADD CONSTRAINT feature_flag_overrides_flag_key_fkey FOREIGN KEY (flag_key) REFERENCES public.feature_flags(key) ON DELETE CASCADE;


--
-- Name: feature_flag_overrides feature_flag_overrides_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feature_flag_overrides
    ADD CONSTRAINT feature_flag_overrides_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: feature_flag_overrides feature_flag_overrides_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feature_flag_overrides
    ADD CONSTRAINT feature_flag_overrides_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: fee_schedules fee_schedules_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: fee_schedules fee_schedules_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fee_schedules
    ADD CONSTRAINT fee_schedules_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: follows follows_followee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follows
    ADD CONSTRAINT follows_followee_id_fkey FOREIGN KEY (followee_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: follows follows_follower_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follows
    ADD CONSTRAINT follows_follower_id_fkey FOREIGN KEY (follower_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: funnel_events funnel_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.funnel_events
    ADD CONSTRAINT funnel_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: funnel_events funnel_events_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.funnel_events
    ADD CONSTRAINT funnel_events_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE SET NULL;


--
-- Name: funnel_events funnel_events_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.funnel_events
    ADD CONSTRAINT funnel_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: fx_rates fx_rates_base_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fx_rates
    ADD CONSTRAINT fx_rates_base_currency_fkey FOREIGN KEY (base_currency) REFERENCES public.currencies(code);


--
-- Name: fx_rates fx_rates_quote_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fx_rates
    ADD CONSTRAINT fx_rates_quote_currency_fkey FOREIGN KEY (quote_currency) REFERENCES public.currencies(code);


--
-- Name: guest_list_entries guest_list_entries_added_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_list_entries
    ADD CONSTRAINT guest_list_entries_added_by_fkey FOREIGN KEY (added_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: guest_list_entries guest_list_entries_guest_list_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_list_entries
    ADD CONSTRAINT guest_list_entries_guest_list_id_fkey FOREIGN KEY (guest_list_id) REFERENCES public.guest_lists(id) ON DELETE CASCADE;


--
-- Name: guest_lists guest_lists_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_lists
    ADD CONSTRAINT guest_lists_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: guest_lists guest_lists_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_lists
    ADD CONSTRAINT guest_lists_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: guest_lists guest_lists_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.guest_lists
    ADD CONSTRAINT guest_lists_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: industries industries_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.industries
    ADD CONSTRAINT industries_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.industries(id);


--
-- Name: interest_tags interest_tags_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.interest_tags
    ADD CONSTRAINT interest_tags_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.event_categories(id) ON DELETE SET NULL;


--
-- Name: invoice_line_items invoice_line_items_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_line_items
    ADD CONSTRAINT invoice_line_items_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoices(id) ON DELETE CASCADE;


--
-- Name: invoice_line_items invoice_line_items_tax_rate_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_line_items
    ADD CONSTRAINT invoice_line_items_tax_rate_id_fkey FOREIGN KEY (tax_rate_id) REFERENCES public.tax_rates(id);


--
-- Name: invoices invoices_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: invoices invoices_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE RESTRICT;


--
-- Name: invoices invoices_sponsorship_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_sponsorship_order_id_fkey FOREIGN KEY (sponsorship_order_id) REFERENCES public.sponsorship_orders(id) ON DELETE SET NULL;


--
-- Name: invoices invoices_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE RESTRICT;


--
-- Name: message_job_recipients message_job_recipients_job_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_job_recipients
    ADD CONSTRAINT message_job_recipients_job_id_fkey FOREIGN KEY (job_id) REFERENCES public.message_jobs(id) ON DELETE CASCADE;


--
-- Name: message_job_recipients message_job_recipients_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_job_recipients
    ADD CONSTRAINT message_job_recipients_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: message_jobs message_jobs_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_jobs
    ADD CONSTRAINT message_jobs_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: message_jobs message_jobs_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_jobs
    ADD CONSTRAINT message_jobs_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: message_jobs message_jobs_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_jobs
    ADD CONSTRAINT message_jobs_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: message_jobs message_jobs_template_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_jobs
    ADD CONSTRAINT message_jobs_template_id_fkey FOREIGN KEY (template_id) REFERENCES public.message_templates(id) ON DELETE SET NULL;


--
-- Name: message_reactions message_reactions_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_reactions
    ADD CONSTRAINT message_reactions_message_id_fkey FOREIGN KEY (message_id) REFERENCES public.direct_messages(id) ON DELETE CASCADE;


--
-- Name: message_reactions message_reactions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_reactions
    ADD CONSTRAINT message_reactions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: message_templates message_templates_locale_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_templates
    ADD CONSTRAINT message_templates_locale_fkey FOREIGN KEY (locale) REFERENCES public.languages(code);


--
-- Name: message_templates message_templates_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.message_templates
    ADD CONSTRAINT message_templates_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: model_predictions model_predictions_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.model_predictions
    ADD CONSTRAINT model_predictions_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id) ON DELETE CASCADE;


--
-- Name: notification_preferences notification_preferences_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_preferences
    ADD CONSTRAINT notification_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: notifications notifications_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: notifications notifications_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: order_addons order_addons_addon_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_addons
    ADD CONSTRAINT order_addons_addon_id_fkey FOREIGN KEY (addon_id) REFERENCES public.ticket_addons(id);


--
-- Name: order_addons order_addons_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_addons
    ADD CONSTRAINT order_addons_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- Name: order_items order_items_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- Name: order_items order_items_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id);


--
-- Name: orders orders_checkout_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_checkout_session_id_fkey FOREIGN KEY (checkout_session_id) REFERENCES public.checkout_sessions(id) ON DELETE SET NULL;


--
-- Name: orders orders_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: orders orders_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: orders orders_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: orders orders_promo_code_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_promo_code_id_fkey FOREIGN KEY (promo_code_id) REFERENCES public.promo_codes(id) ON DELETE SET NULL;


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: org_billing_contacts org_billing_contacts_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_billing_contacts
    ADD CONSTRAINT org_billing_contacts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_daily_metrics org_daily_metrics_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_daily_metrics
    ADD CONSTRAINT org_daily_metrics_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_domains org_domains_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_domains
    ADD CONSTRAINT org_domains_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_followers org_followers_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_followers
    ADD CONSTRAINT org_followers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_followers org_followers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_followers
    ADD CONSTRAINT org_followers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: org_invitations org_invitations_invited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitations
    ADD CONSTRAINT org_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.user_profiles(id);


--
-- Name: org_invitations org_invitations_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitations
    ADD CONSTRAINT org_invitations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_memberships org_memberships_custom_role_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_custom_role_id_fkey FOREIGN KEY (custom_role_id) REFERENCES public.org_roles(id) ON DELETE SET NULL;


--
-- Name: org_memberships org_memberships_invited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: org_memberships org_memberships_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_memberships org_memberships_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_memberships
    ADD CONSTRAINT org_memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: org_roles org_roles_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_roles
    ADD CONSTRAINT org_roles_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_settings org_settings_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_settings
    ADD CONSTRAINT org_settings_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_social_links org_social_links_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_social_links
    ADD CONSTRAINT org_social_links_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_team_members org_team_members_membership_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_team_members
    ADD CONSTRAINT org_team_members_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.org_memberships(id) ON DELETE CASCADE;


--
-- Name: org_team_members org_team_members_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_team_members
    ADD CONSTRAINT org_team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.org_teams(id) ON DELETE CASCADE;


--
-- Name: org_teams org_teams_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_teams
    ADD CONSTRAINT org_teams_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_verification_requests org_verification_requests_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_verification_requests
    ADD CONSTRAINT org_verification_requests_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: org_verification_requests org_verification_requests_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_verification_requests
    ADD CONSTRAINT org_verification_requests_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: org_verification_requests org_verification_requests_submitted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_verification_requests
    ADD CONSTRAINT org_verification_requests_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES public.user_profiles(id);


--
-- Name: org_wallets org_wallets_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_wallets
    ADD CONSTRAINT org_wallets_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: org_wallets org_wallets_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_wallets
    ADD CONSTRAINT org_wallets_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: organizations organizations_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: organizations organizations_default_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_default_currency_fkey FOREIGN KEY (default_currency) REFERENCES public.currencies(code);


--
-- Name: organizations organizations_industry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_industry_id_fkey FOREIGN KEY (industry_id) REFERENCES public.industries(id);


--
-- Name: organizations organizations_owner_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES public.user_profiles(id);


--
-- Name: organizations organizations_timezone_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_timezone_fkey FOREIGN KEY (timezone) REFERENCES public.timezones(name);


--
-- Name: package_benefits package_benefits_package_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.package_benefits
    ADD CONSTRAINT package_benefits_package_id_fkey FOREIGN KEY (package_id) REFERENCES public.sponsorship_packages(id) ON DELETE CASCADE;


--
-- Name: page_views page_views_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.page_views
    ADD CONSTRAINT page_views_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: payment_intents payment_intents_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: payment_intents payment_intents_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoices(id) ON DELETE SET NULL;


--
-- Name: payment_intents payment_intents_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE SET NULL;


--
-- Name: payment_intents payment_intents_payment_method_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_payment_method_id_fkey FOREIGN KEY (payment_method_id) REFERENCES public.payment_methods(id) ON DELETE SET NULL;


--
-- Name: payment_intents payment_intents_sponsorship_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_intents
    ADD CONSTRAINT payment_intents_sponsorship_order_id_fkey FOREIGN KEY (sponsorship_order_id) REFERENCES public.sponsorship_orders(id) ON DELETE SET NULL;


--
-- Name: payment_methods payment_methods_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_methods
    ADD CONSTRAINT payment_methods_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: payment_methods payment_methods_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_methods
    ADD CONSTRAINT payment_methods_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: payout_items payout_items_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_items
    ADD CONSTRAINT payout_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: payout_items payout_items_payout_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_items
    ADD CONSTRAINT payout_items_payout_id_fkey FOREIGN KEY (payout_id) REFERENCES public.payouts(id) ON DELETE CASCADE;


--
-- Name: payout_items payout_items_sponsorship_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payout_items
    ADD CONSTRAINT payout_items_sponsorship_order_id_fkey FOREIGN KEY (sponsorship_order_id) REFERENCES public.sponsorship_orders(id);


--
-- Name: payouts payouts_connect_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payouts
    ADD CONSTRAINT payouts_connect_account_id_fkey FOREIGN KEY (connect_account_id) REFERENCES public.stripe_connect_accounts(id);


--
-- Name: payouts payouts_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payouts
    ADD CONSTRAINT payouts_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: payouts payouts_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payouts
    ADD CONSTRAINT payouts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: post_embeddings post_embeddings_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_embeddings
    ADD CONSTRAINT post_embeddings_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id);


--
-- Name: post_embeddings post_embeddings_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_embeddings
    ADD CONSTRAINT post_embeddings_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: post_impressions post_impressions_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.post_impressions
    ADD CONSTRAINT post_impressions_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: post_impressions post_impressions_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.post_impressions
    ADD CONSTRAINT post_impressions_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: post_impressions post_impressions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.post_impressions
    ADD CONSTRAINT post_impressions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: post_media post_media_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.post_media
    ADD CONSTRAINT post_media_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: promo_code_redemptions promo_code_redemptions_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_code_redemptions
    ADD CONSTRAINT promo_code_redemptions_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- Name: promo_code_redemptions promo_code_redemptions_promo_code_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_code_redemptions
    ADD CONSTRAINT promo_code_redemptions_promo_code_id_fkey FOREIGN KEY (promo_code_id) REFERENCES public.promo_codes(id) ON DELETE CASCADE;


--
-- Name: promo_code_redemptions promo_code_redemptions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_code_redemptions
    ADD CONSTRAINT promo_code_redemptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: promo_codes promo_codes_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_codes
    ADD CONSTRAINT promo_codes_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: promo_codes promo_codes_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_codes
    ADD CONSTRAINT promo_codes_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: promo_codes promo_codes_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promo_codes
    ADD CONSTRAINT promo_codes_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: proposal_messages proposal_messages_proposal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_messages
    ADD CONSTRAINT proposal_messages_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES public.sponsorship_proposals(id) ON DELETE CASCADE;


--
-- Name: proposal_messages proposal_messages_sender_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_messages
    ADD CONSTRAINT proposal_messages_sender_id_fkey FOREIGN KEY (sender_id) REFERENCES public.user_profiles(id);


--
-- Name: proposal_revisions proposal_revisions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_revisions
    ADD CONSTRAINT proposal_revisions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id);


--
-- Name: proposal_revisions proposal_revisions_proposal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposal_revisions
    ADD CONSTRAINT proposal_revisions_proposal_id_fkey FOREIGN KEY (proposal_id) REFERENCES public.sponsorship_proposals(id) ON DELETE CASCADE;


--
-- Name: push_tokens push_tokens_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_tokens
    ADD CONSTRAINT push_tokens_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.user_devices(id) ON DELETE CASCADE;


--
-- Name: push_tokens push_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_tokens
    ADD CONSTRAINT push_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: recommendation_logs recommendation_logs_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_logs
    ADD CONSTRAINT recommendation_logs_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: recommendation_logs recommendation_logs_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_logs
    ADD CONSTRAINT recommendation_logs_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id) ON DELETE SET NULL;


--
-- Name: recommendation_logs recommendation_logs_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_logs
    ADD CONSTRAINT recommendation_logs_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: referral_codes referral_codes_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_codes
    ADD CONSTRAINT referral_codes_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: referral_codes referral_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_codes
    ADD CONSTRAINT referral_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: referral_conversions referral_conversions_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_conversions
    ADD CONSTRAINT referral_conversions_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- Name: referral_conversions referral_conversions_referral_code_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral_conversions
    ADD CONSTRAINT referral_conversions_referral_code_id_fkey FOREIGN KEY (referral_code_id) REFERENCES public.referral_codes(id) ON DELETE CASCADE;


--
-- Name: refunds refunds_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: refunds refunds_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: refunds refunds_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: refunds refunds_payment_intent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_payment_intent_id_fkey FOREIGN KEY (payment_intent_id) REFERENCES public.payment_intents(id);


--
-- Name: refunds refunds_requested_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: refunds refunds_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refunds
    ADD CONSTRAINT refunds_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE SET NULL;


--
-- Name: regions regions_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) ON DELETE CASCADE;


--
-- Name: scanner_devices scanner_devices_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scanner_devices
    ADD CONSTRAINT scanner_devices_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: scanner_devices scanner_devices_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scanner_devices
    ADD CONSTRAINT scanner_devices_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: search_queries search_queries_clicked_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_queries
    ADD CONSTRAINT search_queries_clicked_event_id_fkey FOREIGN KEY (clicked_event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: search_queries search_queries_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_queries
    ADD CONSTRAINT search_queries_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: seat_maps seat_maps_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_maps
    ADD CONSTRAINT seat_maps_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: seat_maps seat_maps_venue_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_maps
    ADD CONSTRAINT seat_maps_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES public.venues(id) ON DELETE CASCADE;


--
-- Name: seat_sections seat_sections_seat_map_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_sections
    ADD CONSTRAINT seat_sections_seat_map_id_fkey FOREIGN KEY (seat_map_id) REFERENCES public.seat_maps(id) ON DELETE CASCADE;


--
-- Name: seat_sections seat_sections_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seat_sections
    ADD CONSTRAINT seat_sections_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE SET NULL;


--
-- Name: seats seats_section_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seats
    ADD CONSTRAINT seats_section_id_fkey FOREIGN KEY (section_id) REFERENCES public.seat_sections(id) ON DELETE CASCADE;


--
-- Name: session_speakers session_speakers_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_speakers
    ADD CONSTRAINT session_speakers_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.event_sessions(id) ON DELETE CASCADE;


--
-- Name: session_speakers session_speakers_speaker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_speakers
    ADD CONSTRAINT session_speakers_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES public.speakers(id) ON DELETE CASCADE;


--
-- Name: share_events share_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_events
    ADD CONSTRAINT share_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: share_events share_events_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_events
    ADD CONSTRAINT share_events_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.event_posts(id) ON DELETE CASCADE;


--
-- Name: share_events share_events_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.share_events
    ADD CONSTRAINT share_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: sms_events sms_events_job_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sms_events
    ADD CONSTRAINT sms_events_job_id_fkey FOREIGN KEY (job_id) REFERENCES public.message_jobs(id) ON DELETE SET NULL;


--
-- Name: speakers speakers_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: speakers speakers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: sponsor_brand_assets sponsor_brand_assets_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_brand_assets
    ADD CONSTRAINT sponsor_brand_assets_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsor_category_interests sponsor_category_interests_category_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_category_interests
    ADD CONSTRAINT sponsor_category_interests_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.event_categories(id) ON DELETE CASCADE;


--
-- Name: sponsor_category_interests sponsor_category_interests_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_category_interests
    ADD CONSTRAINT sponsor_category_interests_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsor_contacts sponsor_contacts_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_contacts
    ADD CONSTRAINT sponsor_contacts_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsor_contacts sponsor_contacts_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_contacts
    ADD CONSTRAINT sponsor_contacts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: sponsor_embeddings sponsor_embeddings_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_embeddings
    ADD CONSTRAINT sponsor_embeddings_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id);


--
-- Name: sponsor_embeddings sponsor_embeddings_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_embeddings
    ADD CONSTRAINT sponsor_embeddings_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsor_performance_daily sponsor_performance_daily_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_performance_daily
    ADD CONSTRAINT sponsor_performance_daily_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: sponsor_performance_daily sponsor_performance_daily_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_performance_daily
    ADD CONSTRAINT sponsor_performance_daily_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsor_reviews sponsor_reviews_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_reviews
    ADD CONSTRAINT sponsor_reviews_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: sponsor_reviews sponsor_reviews_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_reviews
    ADD CONSTRAINT sponsor_reviews_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sponsor_reviews sponsor_reviews_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsor_reviews
    ADD CONSTRAINT sponsor_reviews_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsors sponsors_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsors
    ADD CONSTRAINT sponsors_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: sponsors sponsors_industry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsors
    ADD CONSTRAINT sponsors_industry_id_fkey FOREIGN KEY (industry_id) REFERENCES public.industries(id);


--
-- Name: sponsors sponsors_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsors
    ADD CONSTRAINT sponsors_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sponsorship_contracts sponsorship_contracts_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_contracts
    ADD CONSTRAINT sponsorship_contracts_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.sponsorship_orders(id) ON DELETE CASCADE;


--
-- Name: sponsorship_deliverables sponsorship_deliverables_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: sponsorship_deliverables sponsorship_deliverables_benefit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_benefit_id_fkey FOREIGN KEY (benefit_id) REFERENCES public.package_benefits(id) ON DELETE SET NULL;


--
-- Name: sponsorship_deliverables sponsorship_deliverables_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: sponsorship_deliverables sponsorship_deliverables_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.sponsorship_orders(id) ON DELETE CASCADE;


--
-- Name: sponsorship_deliverables sponsorship_deliverables_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_deliverables
    ADD CONSTRAINT sponsorship_deliverables_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id);


--
-- Name: sponsorship_matches sponsorship_matches_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_matches
    ADD CONSTRAINT sponsorship_matches_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: sponsorship_matches sponsorship_matches_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_matches
    ADD CONSTRAINT sponsorship_matches_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: sponsorship_orders sponsorship_orders_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: sponsorship_orders sponsorship_orders_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: sponsorship_orders sponsorship_orders_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: sponsorship_orders sponsorship_orders_package_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_package_id_fkey FOREIGN KEY (package_id) REFERENCES public.sponsorship_packages(id);


--
-- Name: sponsorship_orders sponsorship_orders_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_orders
    ADD CONSTRAINT sponsorship_orders_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id);


--
-- Name: sponsorship_packages sponsorship_packages_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_packages
    ADD CONSTRAINT sponsorship_packages_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: sponsorship_packages sponsorship_packages_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_packages
    ADD CONSTRAINT sponsorship_packages_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: sponsorship_packages sponsorship_packages_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_packages
    ADD CONSTRAINT sponsorship_packages_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sponsorship_proposals sponsorship_proposals_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id);


--
-- Name: sponsorship_proposals sponsorship_proposals_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: sponsorship_proposals sponsorship_proposals_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: sponsorship_proposals sponsorship_proposals_match_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_match_id_fkey FOREIGN KEY (match_id) REFERENCES public.sponsorship_matches(id) ON DELETE SET NULL;


--
-- Name: sponsorship_proposals sponsorship_proposals_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sponsorship_proposals sponsorship_proposals_package_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_package_id_fkey FOREIGN KEY (package_id) REFERENCES public.sponsorship_packages(id) ON DELETE SET NULL;


--
-- Name: sponsorship_proposals sponsorship_proposals_sponsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sponsorship_proposals
    ADD CONSTRAINT sponsorship_proposals_sponsor_id_fkey FOREIGN KEY (sponsor_id) REFERENCES public.sponsors(id) ON DELETE CASCADE;


--
-- Name: stripe_connect_accounts stripe_connect_accounts_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: stripe_connect_accounts stripe_connect_accounts_default_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_default_currency_fkey FOREIGN KEY (default_currency) REFERENCES public.currencies(code);


--
-- Name: stripe_connect_accounts stripe_connect_accounts_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_connect_accounts
    ADD CONSTRAINT stripe_connect_accounts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: stripe_customers stripe_customers_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: stripe_customers stripe_customers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stripe_customers
    ADD CONSTRAINT stripe_customers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: tax_rates tax_rates_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rates
    ADD CONSTRAINT tax_rates_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: tax_rates tax_rates_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rates
    ADD CONSTRAINT tax_rates_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.regions(id);


--
-- Name: ticket_addons ticket_addons_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_addons
    ADD CONSTRAINT ticket_addons_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: ticket_analytics ticket_analytics_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.ticket_analytics
    ADD CONSTRAINT ticket_analytics_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: ticket_analytics ticket_analytics_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.ticket_analytics
    ADD CONSTRAINT ticket_analytics_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: ticket_analytics ticket_analytics_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.ticket_analytics
    ADD CONSTRAINT ticket_analytics_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: ticket_bundles ticket_bundles_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_bundles
    ADD CONSTRAINT ticket_bundles_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: ticket_bundles ticket_bundles_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_bundles
    ADD CONSTRAINT ticket_bundles_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: ticket_holds ticket_holds_seat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_holds
    ADD CONSTRAINT ticket_holds_seat_id_fkey FOREIGN KEY (seat_id) REFERENCES public.seats(id) ON DELETE CASCADE;


--
-- Name: ticket_holds ticket_holds_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_holds
    ADD CONSTRAINT ticket_holds_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.checkout_sessions(id) ON DELETE CASCADE;


--
-- Name: ticket_holds ticket_holds_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_holds
    ADD CONSTRAINT ticket_holds_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE CASCADE;


--
-- Name: ticket_scans ticket_scans_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_scans
    ADD CONSTRAINT ticket_scans_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: ticket_scans ticket_scans_scanned_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_scans
    ADD CONSTRAINT ticket_scans_scanned_by_fkey FOREIGN KEY (scanned_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: ticket_scans ticket_scans_scanner_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_scans
    ADD CONSTRAINT ticket_scans_scanner_device_id_fkey FOREIGN KEY (scanner_device_id) REFERENCES public.scanner_devices(id) ON DELETE SET NULL;


--
-- Name: ticket_scans ticket_scans_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_scans
    ADD CONSTRAINT ticket_scans_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE SET NULL;


--
-- Name: ticket_tiers ticket_tiers_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: ticket_tiers ticket_tiers_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: ticket_tiers ticket_tiers_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: ticket_transfers ticket_transfers_from_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_transfers
    ADD CONSTRAINT ticket_transfers_from_user_id_fkey FOREIGN KEY (from_user_id) REFERENCES public.user_profiles(id);


--
-- Name: ticket_transfers ticket_transfers_ticket_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_transfers
    ADD CONSTRAINT ticket_transfers_ticket_id_fkey FOREIGN KEY (ticket_id) REFERENCES public.tickets(id) ON DELETE CASCADE;


--
-- Name: ticket_transfers ticket_transfers_to_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ticket_transfers
    ADD CONSTRAINT ticket_transfers_to_user_id_fkey FOREIGN KEY (to_user_id) REFERENCES public.user_profiles(id);


--
-- Name: tickets tickets_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: tickets tickets_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE SET NULL;


--
-- Name: tickets tickets_owner_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: tickets tickets_seat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_seat_id_fkey FOREIGN KEY (seat_id) REFERENCES public.seats(id) ON DELETE SET NULL;


--
-- Name: tickets tickets_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id);


--
-- Name: tier_price_changes tier_price_changes_changed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tier_price_changes
    ADD CONSTRAINT tier_price_changes_changed_by_fkey FOREIGN KEY (changed_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: tier_price_changes tier_price_changes_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tier_price_changes
    ADD CONSTRAINT tier_price_changes_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE CASCADE;


--
-- Name: timezones timezones_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timezones
    ADD CONSTRAINT timezones_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: training_runs training_runs_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_runs
    ADD CONSTRAINT training_runs_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id) ON DELETE CASCADE;


--
-- Name: user_addresses user_addresses_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_addresses
    ADD CONSTRAINT user_addresses_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: user_addresses user_addresses_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_addresses
    ADD CONSTRAINT user_addresses_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.regions(id);


--
-- Name: user_addresses user_addresses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_addresses
    ADD CONSTRAINT user_addresses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_badges user_badges_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_badges
    ADD CONSTRAINT user_badges_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE SET NULL;


--
-- Name: user_badges user_badges_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_badges
    ADD CONSTRAINT user_badges_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_blocks user_blocks_blocked_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_blocks
    ADD CONSTRAINT user_blocks_blocked_id_fkey FOREIGN KEY (blocked_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_blocks user_blocks_blocker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_blocks
    ADD CONSTRAINT user_blocks_blocker_id_fkey FOREIGN KEY (blocker_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_consents user_consents_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consents
    ADD CONSTRAINT user_consents_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_devices user_devices_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_devices
    ADD CONSTRAINT user_devices_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_embeddings user_embeddings_model_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_model_id_fkey FOREIGN KEY (model_id) REFERENCES public.ml_models(id);


--
-- Name: user_embeddings user_embeddings_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_interests user_interests_tag_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_interests
    ADD CONSTRAINT user_interests_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES public.interest_tags(id) ON DELETE CASCADE;


--
-- Name: user_interests user_interests_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_interests
    ADD CONSTRAINT user_interests_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_profiles user_profiles_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: user_profiles user_profiles_locale_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_locale_fkey FOREIGN KEY (locale) REFERENCES public.languages(code);


--
-- Name: user_profiles user_profiles_timezone_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_timezone_fkey FOREIGN KEY (timezone) REFERENCES public.timezones(name);


--
-- Name: user_reports user_reports_reported_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_reported_user_id_fkey FOREIGN KEY (reported_user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_reports user_reports_reporter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_reporter_id_fkey FOREIGN KEY (reporter_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_reports user_reports_resolved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: user_saved_events user_saved_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_events
    ADD CONSTRAINT user_saved_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: user_saved_events user_saved_events_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_events
    ADD CONSTRAINT user_saved_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_sessions user_sessions_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT user_sessions_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.user_devices(id) ON DELETE SET NULL;


--
-- Name: user_sessions user_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_sessions
    ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_settings user_settings_default_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT user_settings_default_currency_fkey FOREIGN KEY (default_currency) REFERENCES public.currencies(code);


--
-- Name: user_settings user_settings_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_settings
    ADD CONSTRAINT user_settings_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_social_links user_social_links_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_social_links
    ADD CONSTRAINT user_social_links_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: user_verifications user_verifications_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_verifications
    ADD CONSTRAINT user_verifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: utm_links utm_links_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.utm_links
    ADD CONSTRAINT utm_links_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id) ON DELETE SET NULL;


--
-- Name: utm_links utm_links_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.utm_links
    ADD CONSTRAINT utm_links_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: utm_links utm_links_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.utm_links
    ADD CONSTRAINT utm_links_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: venues venues_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code);


--
-- Name: venues venues_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE SET NULL;


--
-- Name: venues venues_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.regions(id);


--
-- Name: venues venues_timezone_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_timezone_fkey FOREIGN KEY (timezone) REFERENCES public.timezones(name);


--
-- Name: venues venues_venue_type_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.venues
    ADD CONSTRAINT venues_venue_type_fkey FOREIGN KEY (venue_type) REFERENCES public.venue_types(code);


--
-- Name: waitlists waitlists_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlists
    ADD CONSTRAINT waitlists_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: waitlists waitlists_tier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlists
    ADD CONSTRAINT waitlists_tier_id_fkey FOREIGN KEY (tier_id) REFERENCES public.ticket_tiers(id) ON DELETE CASCADE;


--
-- Name: waitlists waitlists_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.waitlists
    ADD CONSTRAINT waitlists_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: wallet_transactions wallet_transactions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallet_transactions
    ADD CONSTRAINT wallet_transactions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: wallet_transactions wallet_transactions_org_wallet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallet_transactions
    ADD CONSTRAINT wallet_transactions_org_wallet_id_fkey FOREIGN KEY (org_wallet_id) REFERENCES public.org_wallets(id) ON DELETE CASCADE;


--
-- Name: wallet_transactions wallet_transactions_wallet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallet_transactions
    ADD CONSTRAINT wallet_transactions_wallet_id_fkey FOREIGN KEY (wallet_id) REFERENCES public.wallets(id) ON DELETE CASCADE;


--
-- Name: wallets wallets_currency_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallets
    ADD CONSTRAINT wallets_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);


--
-- Name: wallets wallets_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wallets
    ADD CONSTRAINT wallets_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_profiles(id) ON DELETE CASCADE;


--
-- Name: webhook_deliveries webhook_deliveries_outbox_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_outbox_id_fkey FOREIGN KEY (outbox_id) REFERENCES public.outbox(id) ON DELETE SET NULL;


--
-- Name: webhook_deliveries webhook_deliveries_webhook_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES public.webhooks(id) ON DELETE CASCADE;


--
-- Name: webhooks webhooks_organization_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webhooks
    ADD CONSTRAINT webhooks_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: ad_creatives; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.ad_creatives ENABLE ROW LEVEL SECURITY;

--
-- Name: api_keys; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;

--
-- Name: campaigns; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.campaigns ENABLE ROW LEVEL SECURITY;

--
-- Name: conversations conversation_participants_only; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY conversation_participants_only ON public.conversations FOR SELECT TO authenticated USING ((id IN ( SELECT cp.conversation_id
   FROM public.conversation_participants cp
  WHERE (cp.user_id = public.current_user_id()))));


--
-- Name: direct_messages conversation_participants_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY conversation_participants_read ON public.direct_messages FOR SELECT TO authenticated USING ((conversation_id IN ( SELECT cp.conversation_id
   FROM public.conversation_participants cp
  WHERE (cp.user_id = public.current_user_id()))));


--
-- Name: conversations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.conversations ENABLE ROW LEVEL SECURITY;

--
-- Name: direct_messages; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.direct_messages ENABLE ROW LEVEL SECURITY;

--
-- Name: event_posts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_posts ENABLE ROW LEVEL SECURITY;

--
-- Name: event_posts event_posts_author_write; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_posts_author_write ON public.event_posts TO authenticated USING ((author_id = public.current_user_id())) WITH CHECK ((author_id = public.current_user_id()));


--
-- Name: event_posts event_posts_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_posts_read ON public.event_posts FOR SELECT USING ((deleted_at IS NULL));


--
-- Name: events; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;

--
-- Name: invoices; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;

--
-- Name: invoices invoices_owner; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY invoices_owner ON public.invoices FOR SELECT TO authenticated USING (((organization_id = public.current_org_id()) OR (user_id = public.current_user_id())));


--
-- Name: message_jobs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.message_jobs ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: orders; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: org_invitations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.org_invitations ENABLE ROW LEVEL SECURITY;

--
-- Name: org_memberships; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.org_memberships ENABLE ROW LEVEL SECURITY;

--
-- Name: org_memberships org_memberships_self_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY org_memberships_self_read ON public.org_memberships FOR SELECT TO authenticated USING ((user_id = public.current_user_id()));


--
-- Name: org_wallets; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.org_wallets ENABLE ROW LEVEL SECURITY;

--
-- Name: organizations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.organizations ENABLE ROW LEVEL SECURITY;

--
-- Name: organizations organizations_admin_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY organizations_admin_update ON public.organizations FOR UPDATE TO authenticated USING (((id = public.current_org_id()) AND public.is_org_member(id, 'admin'::public.org_role))) WITH CHECK ((id = public.current_org_id()));


--
-- Name: organizations organizations_member_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY organizations_member_read ON public.organizations FOR SELECT TO authenticated USING ((id IN ( SELECT public.user_orgs() AS user_orgs)));


--
-- Name: notifications own_notifications; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY own_notifications ON public.notifications TO authenticated USING ((user_id = public.current_user_id()));


--
-- Name: orders own_orders; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY own_orders ON public.orders FOR SELECT TO authenticated USING ((user_id = public.current_user_id()));


--
-- Name: tickets own_tickets; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY own_tickets ON public.tickets FOR SELECT TO authenticated USING ((owner_user_id = public.current_user_id()));


--
-- Name: wallets own_wallet; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY own_wallet ON public.wallets FOR SELECT TO authenticated USING ((user_id = public.current_user_id()));


--
-- Name: wallet_transactions own_wallet_transactions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY own_wallet_transactions ON public.wallet_transactions FOR SELECT TO authenticated USING ((wallet_id IN ( SELECT w.id
   FROM public.wallets w
  WHERE (w.user_id = public.current_user_id()))));


--
-- Name: payouts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.payouts ENABLE ROW LEVEL SECURITY;

--
-- Name: promo_codes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.promo_codes ENABLE ROW LEVEL SECURITY;

--
-- Name: events public_events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY public_events ON public.events FOR SELECT TO anon, authenticated USING (((visibility = 'public'::public.event_visibility) OR (organization_id = public.current_org_id())));


--
-- Name: direct_messages sender_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sender_insert ON public.direct_messages FOR INSERT TO authenticated WITH CHECK ((sender_id = public.current_user_id()));


--
-- Name: sponsorship_orders sponsor_side_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sponsor_side_read ON public.sponsorship_orders FOR SELECT TO authenticated USING ((sponsor_id IN ( SELECT s.id
   FROM public.sponsors s
  WHERE (s.organization_id = public.current_org_id()))));


--
-- Name: sponsorship_proposals sponsor_side_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sponsor_side_read ON public.sponsorship_proposals FOR SELECT TO authenticated USING (((status <> 'draft'::public.proposal_status) AND (sponsor_id IN ( SELECT s.id
   FROM public.sponsors s
  WHERE (s.organization_id = public.current_org_id())))));


--
-- Name: sponsors; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.sponsors ENABLE ROW LEVEL SECURITY;

--
-- Name: sponsors sponsors_all_authenticated; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sponsors_all_authenticated ON public.sponsors TO authenticated USING (true);


--
-- Name: sponsorship_orders; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.sponsorship_orders ENABLE ROW LEVEL SECURITY;

--
-- Name: sponsorship_packages; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.sponsorship_packages ENABLE ROW LEVEL SECURITY;

--
-- Name: sponsorship_packages sponsorship_packages_public_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sponsorship_packages_public_read ON public.sponsorship_packages FOR SELECT TO anon, authenticated USING (((visibility = 'public'::text) AND is_active));


--
-- Name: sponsorship_proposals; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.sponsorship_proposals ENABLE ROW LEVEL SECURITY;

--
-- Name: ad_creatives tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.ad_creatives USING ((organization_id = public.current_org_id()));


--
-- Name: campaigns tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.campaigns USING ((organization_id = public.current_org_id()));


--
-- Name: events tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.events TO authenticated USING ((organization_id = public.current_org_id())) WITH CHECK ((organization_id = public.current_org_id()));


--
-- Name: message_jobs tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.message_jobs USING ((organization_id = public.current_org_id()));


--
-- Name: orders tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.orders TO authenticated USING ((organization_id = public.current_org_id()));


--
-- Name: org_invitations tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.org_invitations USING ((organization_id = public.current_org_id()));


--
-- Name: org_memberships tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.org_memberships USING ((organization_id = public.current_org_id()));


--
-- Name: org_wallets tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.org_wallets FOR SELECT USING ((organization_id = public.current_org_id()));


--
-- Name: payouts tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.payouts FOR SELECT USING ((organization_id = public.current_org_id()));


--
-- Name: promo_codes tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.promo_codes USING ((organization_id = public.current_org_id()));


--
-- Name: sponsorship_orders tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.sponsorship_orders USING ((organization_id = public.current_org_id()));


--
-- Name: sponsorship_packages tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.sponsorship_packages USING ((organization_id = public.current_org_id()));


--
-- Name: sponsorship_proposals tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.sponsorship_proposals USING ((organization_id = public.current_org_id()));


--
-- Name: ticket_tiers tenant_isolation; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_isolation ON public.ticket_tiers TO authenticated USING ((organization_id = public.current_org_id()));


--
-- Name: tickets tenant_tickets; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_tickets ON public.tickets TO authenticated USING ((event_id IN ( SELECT e.id
   FROM public.events e
  WHERE (e.organization_id = public.current_org_id()))));


--
-- Name: ticket_tiers; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.ticket_tiers ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_tiers ticket_tiers_public_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY ticket_tiers_public_read ON public.ticket_tiers FOR SELECT USING (((NOT is_hidden) OR (organization_id = public.current_org_id())));


--
-- Name: tickets; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tickets ENABLE ROW LEVEL SECURITY;

--
-- Name: user_profiles; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: user_profiles user_profiles_public_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_profiles_public_read ON public.user_profiles FOR SELECT USING ((deleted_at IS NULL));


--
-- Name: user_profiles user_profiles_self_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_profiles_self_update ON public.user_profiles FOR UPDATE TO authenticated USING ((id = public.current_user_id())) WITH CHECK ((id = public.current_user_id()));


--
-- Name: user_settings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: user_settings user_settings_owner; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_settings_owner ON public.user_settings TO authenticated USING ((user_id = public.current_user_id()));


--
-- Name: wallet_transactions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.wallet_transactions ENABLE ROW LEVEL SECURITY;

--
-- Name: wallets; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.wallets ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO anon;
GRANT USAGE ON SCHEMA public TO authenticated;
GRANT USAGE ON SCHEMA public TO service_role;


--
-- Name: FUNCTION create_event(p_title text, p_starts_at timestamp with time zone, p_ends_at timestamp with time zone, p_timezone text, p_venue_id uuid, p_category_id smallint); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.create_event(p_title text, p_starts_at timestamp with time zone, p_ends_at timestamp with time zone, p_timezone text, p_venue_id uuid, p_category_id smallint) TO authenticated;
GRANT ALL ON FUNCTION public.create_event(p_title text, p_starts_at timestamp with time zone, p_ends_at timestamp with time zone, p_timezone text, p_venue_id uuid, p_category_id smallint) TO service_role;


--
-- Name: FUNCTION current_org_id(); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.current_org_id() TO anon;
GRANT ALL ON FUNCTION public.current_org_id() TO authenticated;
GRANT ALL ON FUNCTION public.current_org_id() TO service_role;


--
-- Name: FUNCTION current_user_id(); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.current_user_id() TO anon;
GRANT ALL ON FUNCTION public.current_user_id() TO authenticated;
GRANT ALL ON FUNCTION public.current_user_id() TO service_role;


--
-- Name: FUNCTION is_org_member(p_org_id uuid, p_min_role public.org_role); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.is_org_member(p_org_id uuid, p_min_role public.org_role) TO anon;
GRANT ALL ON FUNCTION public.is_org_member(p_org_id uuid, p_min_role public.org_role) TO authenticated;
GRANT ALL ON FUNCTION public.is_org_member(p_org_id uuid, p_min_role public.org_role) TO service_role;


--
-- Name: FUNCTION issue_ticket(p_order_id uuid, p_tier_id uuid, p_owner_user_id uuid, p_quantity integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.issue_ticket(p_order_id uuid, p_tier_id uuid, p_owner_user_id uuid, p_quantity integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.issue_ticket(p_order_id uuid, p_tier_id uuid, p_owner_user_id uuid, p_quantity integer) TO service_role;


--
-- Name: FUNCTION refresh_event_daily_stats(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.refresh_event_daily_stats() FROM PUBLIC;
GRANT ALL ON FUNCTION public.refresh_event_daily_stats() TO service_role;


--
-- Name: FUNCTION user_orgs(); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.user_orgs() TO anon;
GRANT ALL ON FUNCTION public.user_orgs() TO authenticated;
GRANT ALL ON FUNCTION public.user_orgs() TO service_role;


--
-- Name: TABLE accessibility_features; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.accessibility_features TO anon;
GRANT SELECT ON TABLE public.accessibility_features TO authenticated;
GRANT ALL ON TABLE public.accessibility_features TO service_role;


--
-- Name: TABLE campaigns; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.campaigns TO authenticated;
GRANT ALL ON TABLE public.campaigns TO service_role;


--
-- Name: TABLE active_campaigns; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.active_campaigns TO authenticated;
GRANT SELECT ON TABLE public.active_campaigns TO service_role;


--
-- Name: TABLE ad_clicks; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ad_clicks TO service_role;


--
-- Name: TABLE ad_creatives; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ad_creatives TO authenticated;
GRANT ALL ON TABLE public.ad_creatives TO service_role;


--
-- Name: TABLE ad_impressions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ad_impressions TO service_role;


--
-- Name: TABLE ad_spend_ledger; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ad_spend_ledger TO service_role;


--
-- Name: TABLE api_keys; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.api_keys TO service_role;


--
-- Name: TABLE audit_log; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.audit_log TO service_role;


--
-- Name: TABLE conversation_participants; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.conversation_participants TO authenticated;
GRANT ALL ON TABLE public.conversation_participants TO service_role;


--
-- Name: TABLE conversations; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.conversations TO authenticated;
GRANT ALL ON TABLE public.conversations TO service_role;


--
-- Name: TABLE countries; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.countries TO anon;
GRANT SELECT ON TABLE public.countries TO authenticated;
GRANT ALL ON TABLE public.countries TO service_role;


--
-- Name: TABLE credit_lots; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.credit_lots TO service_role;


--
-- Name: TABLE cultural_guides; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.cultural_guides TO anon;
GRANT ALL ON TABLE public.cultural_guides TO authenticated;
GRANT ALL ON TABLE public.cultural_guides TO service_role;


--
-- Name: TABLE currencies; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.currencies TO anon;
GRANT SELECT ON TABLE public.currencies TO authenticated;
GRANT ALL ON TABLE public.currencies TO service_role;


--
-- Name: TABLE direct_messages; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.direct_messages TO authenticated;
GRANT ALL ON TABLE public.direct_messages TO service_role;


--
-- Name: TABLE event_categories; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.event_categories TO anon;
GRANT SELECT ON TABLE public.event_categories TO authenticated;
GRANT ALL ON TABLE public.event_categories TO service_role;


--
-- Name: TABLE event_comments; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_comments TO anon;
GRANT ALL ON TABLE public.event_comments TO authenticated;
GRANT ALL ON TABLE public.event_comments TO service_role;


--
-- Name: TABLE event_embeddings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_embeddings TO service_role;


--
-- Name: TABLE event_posts; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_posts TO anon;
GRANT ALL ON TABLE public.event_posts TO authenticated;
GRANT ALL ON TABLE public.event_posts TO service_role;


--
-- Name: TABLE event_reactions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_reactions TO anon;
GRANT ALL ON TABLE public.event_reactions TO authenticated;
GRANT ALL ON TABLE public.event_reactions TO service_role;


--
-- Name: TABLE event_sales_summary; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.event_sales_summary TO authenticated;
GRANT SELECT ON TABLE public.event_sales_summary TO service_role;


--
-- Name: TABLE event_sessions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_sessions TO anon;
GRANT ALL ON TABLE public.event_sessions TO authenticated;
GRANT ALL ON TABLE public.event_sessions TO service_role;


--
-- Name: TABLE events; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.events TO anon;
GRANT ALL ON TABLE public.events TO authenticated;
GRANT ALL ON TABLE public.events TO service_role;


--
-- Name: TABLE follows; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.follows TO authenticated;
GRANT ALL ON TABLE public.follows TO service_role;


--
-- Name: TABLE fx_rates; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.fx_rates TO anon;
GRANT SELECT ON TABLE public.fx_rates TO authenticated;
GRANT ALL ON TABLE public.fx_rates TO service_role;


--
-- Name: TABLE industries; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.industries TO anon;
GRANT SELECT ON TABLE public.industries TO authenticated;
GRANT ALL ON TABLE public.industries TO service_role;


--
-- Name: TABLE interest_tags; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.interest_tags TO anon;
GRANT SELECT ON TABLE public.interest_tags TO authenticated;
GRANT ALL ON TABLE public.interest_tags TO service_role;


--
-- Name: SEQUENCE invoice_number_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.invoice_number_seq TO service_role;


--
-- Name: TABLE invoices; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.invoices TO authenticated;
GRANT ALL ON TABLE public.invoices TO service_role;


--
-- Name: TABLE languages; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.languages TO anon;
GRANT SELECT ON TABLE public.languages TO authenticated;
GRANT ALL ON TABLE public.languages TO service_role;


--
-- Name: TABLE message_jobs; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.message_jobs TO authenticated;
GRANT ALL ON TABLE public.message_jobs TO service_role;


--
-- Name: TABLE message_templates; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.message_templates TO authenticated;
GRANT ALL ON TABLE public.message_templates TO service_role;


--
-- Name: TABLE mv_event_daily_stats; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.mv_event_daily_stats TO authenticated;
GRANT SELECT ON TABLE public.mv_event_daily_stats TO service_role;


--
-- Name: TABLE ticket_tiers; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ticket_tiers TO anon;
GRANT ALL ON TABLE public.ticket_tiers TO authenticated;
GRANT ALL ON TABLE public.ticket_tiers TO service_role;


--
-- Name: TABLE tickets; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.tickets TO authenticated;
GRANT ALL ON TABLE public.tickets TO service_role;


--
-- Name: TABLE my_tickets; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.my_tickets TO authenticated;
GRANT SELECT ON TABLE public.my_tickets TO service_role;


--
-- Name: TABLE notifications; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.notifications TO authenticated;
GRANT ALL ON TABLE public.notifications TO service_role;


--
-- Name: TABLE order_items; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.order_items TO authenticated;
GRANT ALL ON TABLE public.order_items TO service_role;


--
-- Name: SEQUENCE order_number_seq; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,USAGE ON SEQUENCE public.order_number_seq TO service_role;
GRANT SELECT,USAGE ON SEQUENCE public.order_number_seq TO authenticated;


--
-- Name: TABLE orders; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.orders TO authenticated;
GRANT ALL ON TABLE public.orders TO service_role;


--
-- Name: TABLE org_invitations; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.org_invitations TO authenticated;
GRANT ALL ON TABLE public.org_invitations TO service_role;


--
-- Name: TABLE org_memberships; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.org_memberships TO authenticated;
GRANT ALL ON TABLE public.org_memberships TO service_role;


--
-- Name: TABLE user_profiles; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_profiles TO anon;
GRANT ALL ON TABLE public.user_profiles TO authenticated;
GRANT ALL ON TABLE public.user_profiles TO service_role;


--
-- Name: TABLE org_member_directory; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.org_member_directory TO authenticated;
GRANT SELECT ON TABLE public.org_member_directory TO service_role;


--
-- Name: TABLE org_wallets; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.org_wallets TO authenticated;
GRANT ALL ON TABLE public.org_wallets TO service_role;


--
-- Name: TABLE organizations; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.organizations TO anon;
GRANT ALL ON TABLE public.organizations TO authenticated;
GRANT ALL ON TABLE public.organizations TO service_role;


--
-- Name: TABLE outbox; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.outbox TO service_role;


--
-- Name: TABLE payment_intents; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.payment_intents TO service_role;


--
-- Name: TABLE payouts; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.payouts TO authenticated;
GRANT ALL ON TABLE public.payouts TO service_role;


--
-- Name: TABLE promo_codes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.promo_codes TO authenticated;
GRANT ALL ON TABLE public.promo_codes TO service_role;


--
-- Name: TABLE venues; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.venues TO anon;
GRANT ALL ON TABLE public.venues TO authenticated;
GRANT ALL ON TABLE public.venues TO service_role;


--
-- Name: TABLE public_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.public_events TO anon;
GRANT SELECT ON TABLE public.public_events TO authenticated;


--
-- Name: TABLE refunds; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.refunds TO service_role;


--
-- Name: TABLE regions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.regions TO anon;
GRANT SELECT ON TABLE public.regions TO authenticated;
GRANT ALL ON TABLE public.regions TO service_role;


--
-- Name: TABLE speakers; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.speakers TO anon;
GRANT ALL ON TABLE public.speakers TO authenticated;
GRANT ALL ON TABLE public.speakers TO service_role;


--
-- Name: TABLE sponsor_embeddings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsor_embeddings TO service_role;


--
-- Name: TABLE sponsors; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsors TO authenticated;
GRANT ALL ON TABLE public.sponsors TO service_role;


--
-- Name: TABLE sponsorship_deliverables; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsorship_deliverables TO authenticated;
GRANT ALL ON TABLE public.sponsorship_deliverables TO service_role;


--
-- Name: TABLE sponsorship_orders; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsorship_orders TO authenticated;
GRANT ALL ON TABLE public.sponsorship_orders TO service_role;


--
-- Name: TABLE sponsorship_packages; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsorship_packages TO anon;
GRANT ALL ON TABLE public.sponsorship_packages TO authenticated;
GRANT ALL ON TABLE public.sponsorship_packages TO service_role;


--
-- Name: TABLE sponsorship_overview; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.sponsorship_overview TO service_role;


--
-- Name: TABLE sponsorship_proposals; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.sponsorship_proposals TO authenticated;
GRANT ALL ON TABLE public.sponsorship_proposals TO service_role;


--
-- Name: TABLE stripe_events; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.stripe_events TO service_role;


--
-- Name: TABLE ticket_transfers; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.ticket_transfers TO authenticated;
GRANT ALL ON TABLE public.ticket_transfers TO service_role;


--
-- Name: TABLE timezones; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.timezones TO anon;
GRANT SELECT ON TABLE public.timezones TO authenticated;
GRANT ALL ON TABLE public.timezones TO service_role;


--
-- Name: TABLE upcoming_sessions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.upcoming_sessions TO authenticated;
GRANT SELECT ON TABLE public.upcoming_sessions TO service_role;


--
-- Name: TABLE user_embeddings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_embeddings TO service_role;


--
-- Name: TABLE user_settings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_settings TO authenticated;
GRANT ALL ON TABLE public.user_settings TO service_role;


--
-- Name: TABLE venue_types; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.venue_types TO anon;
GRANT SELECT ON TABLE public.venue_types TO authenticated;
GRANT ALL ON TABLE public.venue_types TO service_role;


--
-- Name: TABLE waitlists; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.waitlists TO authenticated;
GRANT ALL ON TABLE public.waitlists TO service_role;


--
-- Name: TABLE wallet_balances; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.wallet_balances TO service_role;


--
-- Name: TABLE wallet_transactions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.wallet_transactions TO authenticated;
GRANT ALL ON TABLE public.wallet_transactions TO service_role;


--
-- Name: TABLE wallets; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.wallets TO authenticated;
GRANT ALL ON TABLE public.wallets TO service_role;


--
-- Name: TABLE webhook_deliveries; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.webhook_deliveries TO service_role;


--
-- Name: TABLE webhooks; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.webhooks TO service_role;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT,USAGE ON SEQUENCES  TO service_role;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: public; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON TABLES  TO service_role;


--
-- PostgreSQL database dump complete
--

\unrestrict YardPassDemoDumpRestrictKey0000000000000000

