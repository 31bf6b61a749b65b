-- RevOps schema, part 14: integrations that act (issue 16) — Meta campaigns created and paused through
-- the Graph API, Stripe revenue, Resend sequences, Sora jobs in the credit ledger, the daily routine.
-- Like every migration here: only what is missing is created, nothing is dropped.

-- Meta Ads (SPEC §4 "Ads graduation"): the ids Meta gave each object, so every write is resumed, never
-- repeated; what Meta last said of the campaign; the last Meta failure in the operator's words.
ALTER TABLE actp_ad_campaigns
    ADD COLUMN IF NOT EXISTS meta_adset_id    text,
    ADD COLUMN IF NOT EXISTS meta_creative_id text,
    ADD COLUMN IF NOT EXISTS meta_ad_id       text,
    ADD COLUMN IF NOT EXISTS meta_status      text,
    ADD COLUMN IF NOT EXISTS meta_checked_at  timestamptz,
    ADD COLUMN IF NOT EXISTS meta_error       text;
CREATE UNIQUE INDEX IF NOT EXISTS actp_ad_campaigns_campaign_id_key ON actp_ad_campaigns (campaign_id) WHERE campaign_id IS NOT NULL;
-- The Facebook page post a graduated post is promoted as (object_story_id "<page id>_<post id>"), written by the worker.
ALTER TABLE actp_content_performance
    ADD COLUMN IF NOT EXISTS meta_story_id text;

-- Stripe (SPEC §7): a revenue event imported from a service carries the service's id, once.
ALTER TABLE actp_revenue_events
    ADD COLUMN IF NOT EXISTS external_id text,
    ADD COLUMN IF NOT EXISTS source      text;
CREATE UNIQUE INDEX IF NOT EXISTS actp_revenue_events_external_id_key ON actp_revenue_events (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS crm_contacts_email_lower_idx ON crm_contacts (lower(email));

-- What each source's last pull did (--sync, the scheduled pulls, "Test connection").
CREATE TABLE IF NOT EXISTS revops_source_syncs (
    source         text PRIMARY KEY,
    last_run_at    timestamptz NOT NULL,
    last_ok_at     timestamptz,
    outcome        text NOT NULL,
    summary        text,
    CONSTRAINT revops_source_syncs_outcome_known CHECK (outcome IN ('ok','skipped','failed'))
);

-- Resend (PRD-019 §4.8): a sequence sends only once the operator activated it here; each send is keyed
-- contact × sequence × step (× week for a weekly step), remembers Resend's id and the last event polled.
ALTER TABLE actp_email_sequences
    ALTER COLUMN active SET DEFAULT false;
ALTER TABLE actp_email_sequences
    ADD COLUMN IF NOT EXISTS activated_at timestamptz;
ALTER TABLE actp_email_sends
    ADD COLUMN IF NOT EXISTS idempotency_key text,
    ADD COLUMN IF NOT EXISTS to_email        text,
    ADD COLUMN IF NOT EXISTS resend_id       text,
    ADD COLUMN IF NOT EXISTS last_event      text,
    ADD COLUMN IF NOT EXISTS polled_at       timestamptz,
    ADD COLUMN IF NOT EXISTS error           text;
CREATE UNIQUE INDEX IF NOT EXISTS actp_email_sends_idempotency_key ON actp_email_sends (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS actp_email_unsubscribes (
    email           text PRIMARY KEY,
    unsubscribed_at timestamptz NOT NULL DEFAULT now(),
    reason          text,
    CONSTRAINT actp_email_unsubscribes_lowercase CHECK (email = lower(email))
);

-- Sora (PRD-019 §4.1): when a job started and finished, and its cost in the credit ledger as task type
-- sora_generation (one ledger row per job, kept equal to the job's cost by a trigger, whoever writes the job).
ALTER TABLE actp_sora_jobs
    ADD COLUMN IF NOT EXISTS started_at  timestamptz,
    ADD COLUMN IF NOT EXISTS finished_at timestamptz,
    ADD COLUMN IF NOT EXISTS error       text,
    ADD COLUMN IF NOT EXISTS updated_at  timestamptz;
CREATE UNIQUE INDEX IF NOT EXISTS actp_credit_usage_sora_run_key ON actp_credit_usage (run_id) WHERE task_type = 'sora_generation';

CREATE OR REPLACE FUNCTION revops_sora_cost_to_ledger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.cost_usd IS NOT NULL AND NEW.cost_usd > 0 THEN
        INSERT INTO actp_credit_usage (id, task_type, model, input_tokens, output_tokens, cost_usd, run_id, created_at)
        VALUES (md5('sora:' || NEW.id)::uuid, 'sora_generation', 'sora', 0, 0, NEW.cost_usd, 'sora:' || NEW.id, coalesce(NEW.created_at, now()))
        ON CONFLICT (run_id) WHERE task_type = 'sora_generation' DO UPDATE SET cost_usd = EXCLUDED.cost_usd;
    END IF;
    RETURN NEW;
END
$fn$;
DROP TRIGGER IF EXISTS actp_sora_jobs_cost_to_ledger ON actp_sora_jobs;
CREATE TRIGGER actp_sora_jobs_cost_to_ledger AFTER INSERT OR UPDATE OF cost_usd ON actp_sora_jobs
    FOR EACH ROW EXECUTE FUNCTION revops_sora_cost_to_ledger();
INSERT INTO actp_credit_usage (id, task_type, model, input_tokens, output_tokens, cost_usd, run_id, created_at)
SELECT md5('sora:' || id)::uuid, 'sora_generation', 'sora', 0, 0, cost_usd, 'sora:' || id, created_at FROM actp_sora_jobs WHERE cost_usd > 0
ON CONFLICT (run_id) WHERE task_type = 'sora_generation' DO NOTHING;

-- The worker's daily routine (PRD-019 §4.10): every report of a step, as the worker sent it.
CREATE TABLE IF NOT EXISTS actp_routine_reports (
    id          bigserial PRIMARY KEY,
    routine_day date NOT NULL,
    step        text NOT NULL,
    status      text NOT NULL,
    error       text,
    reported_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT actp_routine_reports_status_known CHECK (status IN ('started','ok','failed'))
);
CREATE INDEX IF NOT EXISTS actp_routine_reports_day_idx ON actp_routine_reports (routine_day, step, reported_at);
SELECT revops_describe_check('actp_routine_reports', 'actp_routine_reports_status_known', 'status must be one of started, ok, failed');
SELECT revops_describe_check('revops_source_syncs', 'revops_source_syncs_outcome_known', 'outcome must be one of ok, skipped, failed');
SELECT revops_describe_check('actp_email_unsubscribes', 'actp_email_unsubscribes_lowercase', 'email must be in lower case');
