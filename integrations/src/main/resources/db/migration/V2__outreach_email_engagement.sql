-- RevOps schema, part 2: outreach and CRM activity, email, engagement and content (PRD-019 §4.7, §4.8; PRD-046).
-- Same rules as V1: create when missing, add columns when missing, never drop.

CREATE TABLE IF NOT EXISTS actp_interactions (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id uuid REFERENCES crm_contacts (id) ON DELETE CASCADE,
    type       text NOT NULL,
    content    text,
    platform   text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS actp_interactions_contact_idx ON actp_interactions (contact_id, created_at DESC);
CREATE INDEX IF NOT EXISTS actp_interactions_type_idx ON actp_interactions (type, created_at);

CREATE TABLE IF NOT EXISTS actp_upwork_jobs (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id             text UNIQUE,
    title              text,
    budget_usd         numeric(10,2),
    status             text,
    proposal_text      text,
    contract_value_usd numeric(10,2),
    created_at         timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE actp_upwork_jobs
    ADD COLUMN IF NOT EXISTS url         text,
    ADD COLUMN IF NOT EXISTS description text,
    ADD COLUMN IF NOT EXISTS client_name text,
    ADD COLUMN IF NOT EXISTS posted_at   timestamptz;
SELECT revops_add_check('actp_upwork_jobs', 'actp_upwork_jobs_money_nonnegative',
    '(budget_usd IS NULL OR budget_usd >= 0) AND (contract_value_usd IS NULL OR contract_value_usd >= 0)');

-- The approval queue. Nothing with approval_required leaves it without an approval (SPEC §9):
-- the database itself refuses approved/sent/failed rows that carry no approved_at.
CREATE TABLE IF NOT EXISTS actp_outreach_queue (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id        uuid REFERENCES crm_contacts (id) ON DELETE CASCADE,
    action            text NOT NULL,
    message           text,
    platform          text,
    status            text NOT NULL DEFAULT 'pending',
    approval_required boolean NOT NULL DEFAULT true,
    scheduled_at      timestamptz,
    sent_at           timestamptz
);
ALTER TABLE actp_outreach_queue
    ADD COLUMN IF NOT EXISTS channel          text,
    ADD COLUMN IF NOT EXISTS approved_at      timestamptz,
    ADD COLUMN IF NOT EXISTS approved_by      text,
    ADD COLUMN IF NOT EXISTS approved_message text,
    ADD COLUMN IF NOT EXISTS rejected_reason  text,
    ADD COLUMN IF NOT EXISTS upwork_job_id    uuid REFERENCES actp_upwork_jobs (id),
    ADD COLUMN IF NOT EXISTS error            text,
    ADD COLUMN IF NOT EXISTS created_at       timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN IF NOT EXISTS updated_at       timestamptz NOT NULL DEFAULT now();
SELECT revops_add_check('actp_outreach_queue', 'actp_outreach_queue_status_known',
    $$status IN ('pending','approved','rejected','sent','failed')$$);
SELECT revops_add_check('actp_outreach_queue', 'actp_outreach_queue_channel_known',
    $$channel IS NULL OR channel IN ('dm','linkedin','upwork')$$);
SELECT revops_add_check('actp_outreach_queue', 'actp_outreach_queue_sent_needs_approval',
    $$status NOT IN ('approved','sent','failed') OR NOT approval_required OR approved_at IS NOT NULL$$);
CREATE INDEX IF NOT EXISTS actp_outreach_queue_status_idx ON actp_outreach_queue (status, channel, created_at);

CREATE TABLE IF NOT EXISTS actp_prospect_scores (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id uuid REFERENCES crm_contacts (id) ON DELETE CASCADE,
    score      numeric(6,2),
    factors    jsonb,
    scored_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS actp_prospect_scores_contact_idx ON actp_prospect_scores (contact_id, scored_at DESC);

CREATE TABLE IF NOT EXISTS actp_email_sequences (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL,
    trigger    text,
    steps      jsonb,
    active     boolean DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS actp_email_sends (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sequence_id uuid REFERENCES actp_email_sequences (id),
    contact_id  uuid REFERENCES crm_contacts (id) ON DELETE CASCADE,
    step_number integer,
    subject     text,
    status      text,
    sent_at     timestamptz,
    opened_at   timestamptz,
    clicked_at  timestamptz
);
ALTER TABLE actp_email_sends
    ADD COLUMN IF NOT EXISTS replied_at timestamptz;
CREATE INDEX IF NOT EXISTS actp_email_sends_sent_at_idx ON actp_email_sends (sent_at) INCLUDE (replied_at);
CREATE INDEX IF NOT EXISTS actp_email_sends_contact_idx ON actp_email_sends (contact_id);

CREATE TABLE IF NOT EXISTS actp_engagement_log (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    contact_id      uuid REFERENCES crm_contacts (id) ON DELETE CASCADE,
    platform        text,
    engagement_type text,
    post_id         text,
    offer_tag       text,
    niche           text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS actp_engagement_log_created_idx ON actp_engagement_log (created_at);
CREATE INDEX IF NOT EXISTS actp_engagement_log_offer_idx ON actp_engagement_log (offer_tag, platform, niche);

-- Posts and their performance (PRD-046 offer performance, PRD-019 §4.5, §4.6).
CREATE TABLE IF NOT EXISTS actp_content_performance (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id          text UNIQUE,
    platform         text,
    content_type     text,
    hook_category    text,
    niche            text,
    framework        text,
    offer_tag        text,
    impressions      integer NOT NULL DEFAULT 0,
    engagements      integer NOT NULL DEFAULT 0,
    clicks           integer NOT NULL DEFAULT 0,
    dm_starts        integer NOT NULL DEFAULT 0,
    engagement_score numeric(4,2),
    status           text NOT NULL DEFAULT 'organic_only',
    published_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
SELECT revops_add_check('actp_content_performance', 'actp_content_performance_counts_nonnegative',
    'impressions >= 0 AND engagements >= 0 AND clicks >= 0 AND dm_starts >= 0');
CREATE INDEX IF NOT EXISTS actp_content_performance_offer_idx ON actp_content_performance (offer_tag, platform, niche);

-- A/B tests of posting methods and other variants (PRD-046), one row per variant.
CREATE TABLE IF NOT EXISTS actp_ab_tests (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    test_name   text NOT NULL,
    variant     text NOT NULL,
    metric      text,
    impressions integer NOT NULL DEFAULT 0,
    conversions integer NOT NULL DEFAULT 0,
    status      text NOT NULL DEFAULT 'running',
    started_at  timestamptz,
    ended_at    timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (test_name, variant)
);
SELECT revops_add_check('actp_ab_tests', 'actp_ab_tests_counts_valid',
    'impressions >= 0 AND conversions >= 0 AND conversions <= impressions');
