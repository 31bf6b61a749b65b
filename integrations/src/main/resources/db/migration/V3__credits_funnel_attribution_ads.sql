-- RevOps schema, part 3: credits, funnel, attribution, experiments, ads, media (PRD-019 §3).
-- Same rules as V1: create when missing, add columns when missing, never drop.

CREATE TABLE IF NOT EXISTS actp_credit_usage (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_type     text NOT NULL,
    model         text NOT NULL,
    input_tokens  integer,
    output_tokens integer,
    cost_usd      numeric(10,4),
    run_id        text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE actp_credit_usage
    ADD COLUMN IF NOT EXISTS offer_tag text;
SELECT revops_add_check('actp_credit_usage', 'actp_credit_usage_nonnegative',
    '(input_tokens IS NULL OR input_tokens >= 0) AND (output_tokens IS NULL OR output_tokens >= 0) AND (cost_usd IS NULL OR cost_usd >= 0)');
CREATE INDEX IF NOT EXISTS actp_credit_usage_created_idx ON actp_credit_usage (created_at);

CREATE TABLE IF NOT EXISTS actp_credit_budgets (
    scope               text PRIMARY KEY,
    limit_usd           numeric(10,2) NOT NULL,
    alert_threshold_pct numeric(5,2) NOT NULL DEFAULT 80,
    current_spend_usd   numeric(10,4) NOT NULL DEFAULT 0,
    reset_at            timestamptz
);
SELECT revops_add_check('actp_credit_budgets', 'actp_credit_budgets_valid',
    'limit_usd >= 0 AND alert_threshold_pct > 0 AND alert_threshold_pct <= 100');
INSERT INTO actp_credit_budgets (scope, limit_usd, alert_threshold_pct) VALUES
    ('daily', 15.00, 80), ('monthly', 400.00, 80)
ON CONFLICT (scope) DO NOTHING;

-- Price per million tokens by model (configurable; defaults are published list prices).
CREATE TABLE IF NOT EXISTS actp_model_prices (
    model              text PRIMARY KEY,
    input_per_mtok     numeric(10,4) NOT NULL,
    output_per_mtok    numeric(10,4) NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
INSERT INTO actp_model_prices (model, input_per_mtok, output_per_mtok) VALUES
    ('haiku', 1.00, 5.00), ('sonnet', 3.00, 15.00), ('opus', 15.00, 75.00)
ON CONFLICT (model) DO NOTHING;

-- Task type -> model (PRD-019 §4.2); critical tasks keep running past the daily budget.
CREATE TABLE IF NOT EXISTS actp_credit_routing (
    task_type  text PRIMARY KEY,
    model      text NOT NULL,
    critical   boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO actp_credit_routing (task_type, model, critical) VALUES
    ('draft_generation', 'haiku', false),
    ('content_review', 'haiku', false),
    ('research_synthesis', 'sonnet', false),
    ('architecture_planning', 'opus', false),
    ('acd_tests', 'haiku', false),
    ('acd_features', 'sonnet', false),
    ('acd_architecture', 'opus', false),
    ('revenue_report', 'sonnet', true)
ON CONFLICT (task_type) DO NOTHING;

-- Research cache (PRD-019 §4.2 cache-first).
CREATE TABLE IF NOT EXISTS actp_market_items (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    topic      text NOT NULL,
    source     text,
    title      text,
    url        text,
    payload    jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS actp_market_items_topic_idx ON actp_market_items (topic, updated_at DESC);

CREATE TABLE IF NOT EXISTS actp_funnel_snapshots (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    snapshot_date       date NOT NULL UNIQUE,
    paying_users        integer,
    mrr_usd             numeric(10,2),
    phase               integer,
    impressions         integer,
    clicks              integer,
    signups             integer,
    trials              integer,
    impression_to_click numeric(7,4),
    click_to_signup     numeric(7,4),
    signup_to_trial     numeric(7,4),
    trial_to_paid       numeric(7,4),
    month1_retention    numeric(7,4),
    created_at          timestamptz NOT NULL DEFAULT now()
);
SELECT revops_add_check('actp_funnel_snapshots', 'actp_funnel_snapshots_phase_known', 'phase IS NULL OR phase IN (1,2,3)');

CREATE TABLE IF NOT EXISTS actp_paywall_experiments (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    product         text,
    variant_id      text,
    impressions     integer,
    conversions     integer,
    revenue_usd     numeric(10,2),
    conversion_rate numeric(7,4),
    significance    numeric(7,6),
    status          text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE actp_paywall_experiments
    ADD COLUMN IF NOT EXISTS experiment text,
    ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX IF NOT EXISTS actp_paywall_experiments_variant_key
    ON actp_paywall_experiments (coalesce(product, ''), coalesce(experiment, ''), variant_id);

CREATE TABLE IF NOT EXISTS actp_attribution_events (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id         text,
    event_type      text NOT NULL,
    user_id         text,
    crm_contact_id  uuid REFERENCES crm_contacts (id) ON DELETE SET NULL,
    utm_source      text,
    utm_medium      text,
    utm_campaign    text,
    platform        text,
    content_type    text,
    hook_category   text,
    niche           text,
    framework       text,
    offer           text,
    paywall_variant text,
    revenue_usd     numeric(10,2),
    created_at      timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE actp_attribution_events
    ADD COLUMN IF NOT EXISTS cost_usd numeric(10,2);
SELECT revops_add_check('actp_attribution_events', 'actp_attribution_events_type_known',
    $$event_type IN ('click','signup','trial','purchase','churn','email_click')$$);
CREATE INDEX IF NOT EXISTS actp_attribution_events_created_idx ON actp_attribution_events (created_at);

CREATE TABLE IF NOT EXISTS actp_attribution_summary (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    dimension       text NOT NULL,
    dimension_value text,
    clicks          integer,
    signups         integer,
    trials          integer,
    purchases       integer,
    revenue_usd     numeric(10,2),
    cpa_usd         numeric(10,2),
    roas            numeric(10,4),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS actp_attribution_summary_key
    ON actp_attribution_summary (dimension, coalesce(dimension_value, ''));

-- Meta Ads graduation (PRD-019 §4.6). A campaign spends money, so it starts 'proposed' and needs an approval.
CREATE TABLE IF NOT EXISTS actp_ad_campaigns (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    source_post_id   text,
    platform         text,
    campaign_id      text,
    status           text,
    daily_budget_usd numeric(10,2),
    spend_usd        numeric(10,2),
    cpa_usd          numeric(10,2),
    roas             numeric(10,4),
    created_at       timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE actp_ad_campaigns
    ADD COLUMN IF NOT EXISTS offer_tag     text,
    ADD COLUMN IF NOT EXISTS conversions   integer NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS revenue_usd   numeric(10,2) NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS started_at    timestamptz,
    ADD COLUMN IF NOT EXISTS approved_at   timestamptz,
    ADD COLUMN IF NOT EXISTS paused_reason text,
    ADD COLUMN IF NOT EXISTS updated_at    timestamptz NOT NULL DEFAULT now();
SELECT revops_add_check('actp_ad_campaigns', 'actp_ad_campaigns_status_known',
    $$status IS NULL OR status IN ('proposed','active','paused','completed','rejected')$$);
SELECT revops_add_check('actp_ad_campaigns', 'actp_ad_campaigns_active_needs_approval',
    $$status IS NULL OR status NOT IN ('active') OR approved_at IS NOT NULL$$);
SELECT revops_add_check('actp_ad_campaigns', 'actp_ad_campaigns_money_nonnegative',
    '(daily_budget_usd IS NULL OR daily_budget_usd >= 0) AND (spend_usd IS NULL OR spend_usd >= 0)');

CREATE TABLE IF NOT EXISTS actp_product_experiments (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    project             text,
    hypothesis          text,
    acd_task            text,
    baseline_conversion numeric(7,4),
    post_conversion     numeric(7,4),
    status              text,
    result              text,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS actp_aso_experiments (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    app             text,
    experiment_type text,
    hypothesis      text,
    acd_task        text,
    baseline_metric numeric(12,4),
    post_metric     numeric(12,4),
    metric_name     text,
    status          text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS actp_sora_jobs (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    prompt           text,
    style            text,
    duration_seconds integer,
    status           text,
    raw_url          text,
    processed_url    text,
    cost_usd         numeric(10,4),
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- Automations and what they save (PRD-046 goal 7: automation ROI).
CREATE TABLE IF NOT EXISTS actp_automations (
    name                    text PRIMARY KEY,
    description             text,
    hours_saved_per_month   numeric(8,2) NOT NULL DEFAULT 0,
    hourly_rate_usd         numeric(10,2) NOT NULL DEFAULT 0,
    monthly_cost_usd        numeric(10,2) NOT NULL DEFAULT 0,
    task_types              text[] NOT NULL DEFAULT '{}',
    active                  boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL DEFAULT now()
);
SELECT revops_add_check('actp_automations', 'actp_automations_nonnegative',
    'hours_saved_per_month >= 0 AND hourly_rate_usd >= 0 AND monthly_cost_usd >= 0');
