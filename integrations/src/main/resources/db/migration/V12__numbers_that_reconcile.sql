-- RevOps schema, part 12: numbers that reconcile (SPEC §4 "Offer performance", "Funnel phase", "Alerts").
-- Same rules as V1: columns are added only when missing, nothing is dropped.

-- Offer performance keeps its cost broken down: ad spend, the AI credits tagged with the offer and the
-- operator's time (outreach items sent and calls booked, at the Settings hourly rate). cost_usd stays the total.
ALTER TABLE actp_offer_performance
    ADD COLUMN IF NOT EXISTS ad_spend_usd      numeric(18,2),
    ADD COLUMN IF NOT EXISTS ai_credits_usd    numeric(18,2),
    ADD COLUMN IF NOT EXISTS operator_time_usd numeric(18,2),
    ADD COLUMN IF NOT EXISTS outreach_sent     integer,
    ADD COLUMN IF NOT EXISTS calls_booked      integer;
SELECT revops_add_check('actp_offer_performance', 'actp_offer_performance_counts_nonnegative',
    '(outreach_sent IS NULL OR outreach_sent >= 0) AND (calls_booked IS NULL OR calls_booked >= 0)
     AND (pipeline_entries IS NULL OR pipeline_entries >= 0) AND (deals_closed IS NULL OR deals_closed >= 0)');
SELECT revops_describe_check('actp_offer_performance', 'actp_offer_performance_counts_nonnegative',
    'outreach_sent, calls_booked, pipeline_entries and deals_closed must not be negative');

-- A funnel snapshot records the day's paid conversions as its source counted them (PostHog's funnel, else the
-- app's purchase events), so "paid in a window" is a sum of recorded counts. Older rows held only
-- trials × trial_to_paid: that is what they recorded, so it becomes their count.
ALTER TABLE actp_funnel_snapshots
    ADD COLUMN IF NOT EXISTS purchases integer;
UPDATE actp_funnel_snapshots SET purchases = round(trials * trial_to_paid)
 WHERE purchases IS NULL AND trials IS NOT NULL AND trial_to_paid IS NOT NULL;
SELECT revops_add_check('actp_funnel_snapshots', 'actp_funnel_snapshots_purchases_nonnegative',
    'purchases IS NULL OR purchases >= 0');
SELECT revops_describe_check('actp_funnel_snapshots', 'actp_funnel_snapshots_purchases_nonnegative',
    'purchases must not be negative');

-- How an alert reached the operator on its day: as its own message, or inside the morning brief. Each alert
-- (type + subject + day) reaches the operator once (docs/decisions/0038-alerts-once-a-day.md).
ALTER TABLE revops_alerts
    ADD COLUMN IF NOT EXISTS delivered_by text;
UPDATE revops_alerts SET delivered_by = 'message' WHERE delivered_by IS NULL;
SELECT revops_add_check('revops_alerts', 'revops_alerts_delivered_by_known',
    $$delivered_by IS NULL OR delivered_by IN ('message', 'brief')$$);
SELECT revops_describe_check('revops_alerts', 'revops_alerts_delivered_by_known', 'delivered_by must be message or brief');
