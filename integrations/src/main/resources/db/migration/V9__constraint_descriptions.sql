-- Each CHECK constraint of ours says, in the operator's words, what it asks for. The CSV import
-- (and anything else that reports a broken rule) shows this text instead of the SQL expression.
-- Only our own constraints are described, and only where they exist; nothing else changes.
CREATE OR REPLACE FUNCTION revops_describe_check(tbl regclass, name text, description text) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = tbl AND conname = name) THEN
        EXECUTE format('COMMENT ON CONSTRAINT %I ON %s IS %L', name, tbl, description);
    END IF;
END
$fn$;

SELECT revops_describe_check('actp_offers', 'actp_offers_value_nonnegative', 'avg_deal_value must not be negative');
SELECT revops_describe_check('crm_contacts', 'crm_contacts_stage_known',
    'stage must be one of cold, awareness, consideration, decision, call_booked, closed_won, closed_lost');
SELECT revops_describe_check('crm_contacts', 'crm_contacts_score_range', 'score must be between 0 and 100');
SELECT revops_describe_check('actp_stage_transitions', 'actp_stage_transitions_stages_known',
    'from_stage and to_stage must be known stages, and differ');
SELECT revops_describe_check('actp_revenue_events', 'actp_revenue_events_type_known',
    'event_type must be one of deal_won, upsell, churn, recurring_payment');
SELECT revops_describe_check('actp_revenue_events', 'actp_revenue_events_amount_nonnegative', 'amount must not be negative');
SELECT revops_describe_check('actp_revenue_events', 'actp_revenue_events_days_nonnegative', 'days_to_close must not be negative');
SELECT revops_describe_check('actp_upwork_jobs', 'actp_upwork_jobs_money_nonnegative',
    'budget_usd and contract_value_usd must not be negative');
SELECT revops_describe_check('actp_outreach_queue', 'actp_outreach_queue_status_known',
    'status must be one of pending, approved, rejected, sent, failed');
SELECT revops_describe_check('actp_outreach_queue', 'actp_outreach_queue_channel_known', 'channel must be one of dm, linkedin, upwork');
SELECT revops_describe_check('actp_outreach_queue', 'actp_outreach_queue_sent_needs_approval',
    'an item that needs approval cannot be approved, sent or failed without approved_at');
SELECT revops_describe_check('actp_content_performance', 'actp_content_performance_counts_nonnegative',
    'impressions, engagements, clicks and dm_starts must not be negative');
SELECT revops_describe_check('actp_ab_tests', 'actp_ab_tests_counts_valid',
    'impressions and conversions must not be negative, and conversions cannot exceed impressions');
SELECT revops_describe_check('actp_credit_usage', 'actp_credit_usage_nonnegative',
    'input_tokens, output_tokens and cost_usd must not be negative');
SELECT revops_describe_check('actp_credit_budgets', 'actp_credit_budgets_valid',
    'limit_usd must not be negative and alert_threshold_pct must be above 0 and at most 100');
SELECT revops_describe_check('actp_funnel_snapshots', 'actp_funnel_snapshots_phase_known', 'phase must be 1, 2 or 3');
SELECT revops_describe_check('actp_attribution_events', 'actp_attribution_events_type_known',
    'event_type must be one of click, signup, trial, purchase, churn, email_click');
SELECT revops_describe_check('actp_ad_campaigns', 'actp_ad_campaigns_status_known',
    'status must be one of proposed, active, paused, completed, rejected');
SELECT revops_describe_check('actp_ad_campaigns', 'actp_ad_campaigns_active_needs_approval',
    'an active campaign needs approved_at: it spends money only after the operator approves it');
SELECT revops_describe_check('actp_ad_campaigns', 'actp_ad_campaigns_money_nonnegative',
    'daily_budget_usd and spend_usd must not be negative');
SELECT revops_describe_check('actp_automations', 'actp_automations_nonnegative',
    'hours_saved_per_month, hourly_rate_usd and monthly_cost_usd must not be negative');
