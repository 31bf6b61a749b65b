-- RevOps schema, part 1: contacts, stages, offers, revenue (SPEC §3, PRD-046).
--
-- Every statement here is safe on a database that already holds some of these tables, such as the
-- operator's Supabase project: tables are created only when missing, columns are added only when
-- missing, constraints are added NOT VALID (enforced for new rows without rejecting old ones) and
-- then validated where the existing rows allow it. Nothing is ever dropped.

-- Adds a CHECK constraint unless one of that name exists; validates it when the old rows pass.
CREATE OR REPLACE FUNCTION revops_add_check(tbl regclass, name text, expr text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = tbl AND conname = name) THEN
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I CHECK (%s) NOT VALID', tbl, name, expr);
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', tbl, name);
        EXCEPTION WHEN check_violation THEN
            RAISE NOTICE 'constraint % on % left NOT VALID: existing rows violate it', name, tbl;
        END;
    END IF;
END;
$$;

-- Adds a foreign key unless one of that name exists (NOT VALID, then validated when possible).
CREATE OR REPLACE FUNCTION revops_add_fk(tbl regclass, name text, definition text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = tbl AND conname = name) THEN
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s NOT VALID', tbl, name, definition);
        BEGIN
            EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', tbl, name);
        EXCEPTION WHEN foreign_key_violation THEN
            RAISE NOTICE 'foreign key % on % left NOT VALID: existing rows violate it', name, tbl;
        END;
    END IF;
END;
$$;

-- The offer catalog (PRD-046 "Offer Portfolio").
CREATE TABLE IF NOT EXISTS actp_offers (
    offer_tag text PRIMARY KEY
);
ALTER TABLE actp_offers
    ADD COLUMN IF NOT EXISTS name              text,
    ADD COLUMN IF NOT EXISTS avg_deal_value    numeric(10,2) NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS target_stage      text,
    ADD COLUMN IF NOT EXISTS primary_platforms text[] NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS active            boolean NOT NULL DEFAULT true,
    ADD COLUMN IF NOT EXISTS created_at        timestamptz NOT NULL DEFAULT now();
SELECT revops_add_check('actp_offers', 'actp_offers_value_nonnegative', 'avg_deal_value >= 0');

INSERT INTO actp_offers (offer_tag, name, avg_deal_value, target_stage, primary_platforms) VALUES
    ('safari_automation', 'Safari Automation', 2500.00, 'decision',      ARRAY['twitter','linkedin']),
    ('creator_growth',    'Creator Growth',    1500.00, 'consideration', ARRAY['tiktok','instagram']),
    ('ai_automation',     'AI Automation',     3500.00, 'decision',      ARRAY['twitter','threads']),
    ('personal_brand',    'Personal Brand',     997.00, 'awareness',     ARRAY['all'])
ON CONFLICT (offer_tag) DO NOTHING;

-- The one contact registry (SPEC §3).
CREATE TABLE IF NOT EXISTS crm_contacts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid()
);
ALTER TABLE crm_contacts
    ADD COLUMN IF NOT EXISTS external_id         text,
    ADD COLUMN IF NOT EXISTS name                text,
    ADD COLUMN IF NOT EXISTS platform            text,
    ADD COLUMN IF NOT EXISTS handle              text,
    ADD COLUMN IF NOT EXISTS email               text,
    ADD COLUMN IF NOT EXISTS niche               text,
    ADD COLUMN IF NOT EXISTS offer_tag           text,
    ADD COLUMN IF NOT EXISTS score               numeric(6,2),
    ADD COLUMN IF NOT EXISTS stage               text NOT NULL DEFAULT 'cold',
    ADD COLUMN IF NOT EXISTS stage_entered_at    timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN IF NOT EXISTS first_contact_at    timestamptz,
    ADD COLUMN IF NOT EXISTS last_interaction_at timestamptz,
    ADD COLUMN IF NOT EXISTS source              text,
    ADD COLUMN IF NOT EXISTS tags                text[] NOT NULL DEFAULT '{}',
    ADD COLUMN IF NOT EXISTS notes               text,
    ADD COLUMN IF NOT EXISTS created_at          timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN IF NOT EXISTS updated_at          timestamptz NOT NULL DEFAULT now();
SELECT revops_add_check('crm_contacts', 'crm_contacts_stage_known',
    $$stage IN ('cold','awareness','consideration','decision','call_booked','closed_won','closed_lost')$$);
SELECT revops_add_check('crm_contacts', 'crm_contacts_score_range', 'score IS NULL OR (score >= 0 AND score <= 100)');
CREATE UNIQUE INDEX IF NOT EXISTS crm_contacts_external_id_key ON crm_contacts (external_id);
CREATE INDEX IF NOT EXISTS crm_contacts_stage_idx ON crm_contacts (stage, offer_tag);
CREATE INDEX IF NOT EXISTS crm_contacts_last_interaction_idx ON crm_contacts (stage, last_interaction_at);
CREATE INDEX IF NOT EXISTS crm_contacts_first_contact_idx ON crm_contacts (first_contact_at);

-- PRD-019's actp_contacts is a view over the one registry (unless the database already has a table of that name).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'actp_contacts' AND relkind <> 'v'
                   AND relnamespace = current_schema()::regnamespace) THEN
        CREATE OR REPLACE VIEW actp_contacts AS
            SELECT id, name, platform, handle, email, niche, score, stage AS status, source, tags,
                   first_contact_at, last_interaction_at
              FROM crm_contacts;
    END IF;
END;
$$;

-- Every stage change of a contact (SPEC §3).
CREATE TABLE IF NOT EXISTS actp_stage_transitions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id      uuid NOT NULL REFERENCES crm_contacts (id) ON DELETE CASCADE,
    from_stage      text NOT NULL,
    to_stage        text NOT NULL,
    transitioned_at timestamptz NOT NULL DEFAULT now()
);
SELECT revops_add_check('actp_stage_transitions', 'actp_stage_transitions_stages_known',
    $$from_stage IN ('cold','awareness','consideration','decision','call_booked','closed_won','closed_lost')
      AND to_stage IN ('cold','awareness','consideration','decision','call_booked','closed_won','closed_lost')
      AND from_stage <> to_stage$$);
CREATE INDEX IF NOT EXISTS actp_stage_transitions_contact_idx ON actp_stage_transitions (contact_id, transitioned_at);
CREATE INDEX IF NOT EXISTS actp_stage_transitions_at_idx ON actp_stage_transitions (transitioned_at);

-- PRD-046 actp_revenue_events.
CREATE TABLE IF NOT EXISTS actp_revenue_events (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id      uuid REFERENCES crm_contacts (id),
    event_type      text NOT NULL,
    offer_tag       text,
    amount          numeric(10,2),
    currency        text DEFAULT 'USD',
    platform_source text,
    niche_source    text,
    days_to_close   integer,
    notes           text,
    closed_at       timestamptz DEFAULT now(),
    created_at      timestamptz DEFAULT now()
);
ALTER TABLE actp_revenue_events
    ADD COLUMN IF NOT EXISTS automation text;
SELECT revops_add_check('actp_revenue_events', 'actp_revenue_events_type_known',
    $$event_type IN ('deal_won','upsell','churn','recurring_payment')$$);
SELECT revops_add_check('actp_revenue_events', 'actp_revenue_events_amount_nonnegative', 'amount IS NULL OR amount >= 0');
SELECT revops_add_check('actp_revenue_events', 'actp_revenue_events_days_nonnegative', 'days_to_close IS NULL OR days_to_close >= 0');
CREATE INDEX IF NOT EXISTS actp_revenue_events_closed_at_idx ON actp_revenue_events (closed_at DESC);
CREATE INDEX IF NOT EXISTS actp_revenue_events_offer_idx ON actp_revenue_events (offer_tag, closed_at);
CREATE INDEX IF NOT EXISTS actp_revenue_events_contact_idx ON actp_revenue_events (contact_id);

-- PRD-046 actp_pipeline_snapshots, one row a day.
CREATE TABLE IF NOT EXISTS actp_pipeline_snapshots (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    snapshot_date  date NOT NULL UNIQUE,
    stage_counts   jsonb,
    stage_values   jsonb,
    total_pipeline numeric(10,2),
    forecast_30d   numeric(10,2),
    contacts_added integer DEFAULT 0,
    deals_closed   integer DEFAULT 0,
    revenue_today  numeric(10,2) DEFAULT 0,
    revenue_mtd    numeric(10,2) DEFAULT 0,
    created_at     timestamptz DEFAULT now()
);
ALTER TABLE actp_pipeline_snapshots
    ADD COLUMN IF NOT EXISTS forecast_60d      numeric(10,2),
    ADD COLUMN IF NOT EXISTS forecast_90d      numeric(10,2),
    ADD COLUMN IF NOT EXISTS weighted_pipeline numeric(10,2),
    ADD COLUMN IF NOT EXISTS total_contacts    integer,
    ADD COLUMN IF NOT EXISTS deals_mtd         integer;

-- PRD-046 actp_offer_performance, refreshed daily (SPEC §8).
CREATE TABLE IF NOT EXISTS actp_offer_performance (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    offer_tag         text NOT NULL,
    platform          text NOT NULL,
    niche             text,
    impressions       integer DEFAULT 0,
    engagements       integer DEFAULT 0,
    dm_starts         integer DEFAULT 0,
    pipeline_entries  integer DEFAULT 0,
    deals_closed      integer DEFAULT 0,
    revenue_generated numeric(10,2) DEFAULT 0,
    conversion_rate   numeric(5,4),
    period_start      date,
    period_end        date,
    UNIQUE (offer_tag, platform, niche, period_start)
);
ALTER TABLE actp_offer_performance
    ADD COLUMN IF NOT EXISTS cost_usd   numeric(10,2) DEFAULT 0,
    ADD COLUMN IF NOT EXISTS roi        numeric(10,4),
    ADD COLUMN IF NOT EXISTS updated_at timestamptz DEFAULT now();
CREATE UNIQUE INDEX IF NOT EXISTS actp_offer_performance_key
    ON actp_offer_performance (offer_tag, platform, coalesce(niche, ''), period_start);
