-- RevOps schema, part 10: money columns wide enough for any business.
-- Additive like every migration here: nothing is dropped; columns are only made wider.

-- Money: numeric(10,2) stopped at $99,999,999.99, so a pipeline or a month over $100M could not be
-- stored (docs/decisions/0023-wide-money-columns.md). Every column that holds an amount of a deal,
-- revenue, pipeline, forecast, budget or spend, and the ratios of two amounts (ROI, ROAS), gets 18
-- digits; its scale (cents, or 4 decimals) is kept, so PostgreSQL changes only the catalog and
-- rewrites no table. A column that is already wider, or not a bounded numeric on an existing
-- database, is left as it is; a column another object depends on (a view of the operator's) is left
-- as it is too, with a notice, so the migration never fails on an existing database.
CREATE OR REPLACE FUNCTION revops_widen_numeric(tbl regclass, col name, wanted_precision integer) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
    typmod integer;
    current_precision integer;
    current_scale integer;
BEGIN
    SELECT a.atttypmod INTO typmod
      FROM pg_attribute a
     WHERE a.attrelid = tbl AND a.attname = col AND NOT a.attisdropped AND a.atttypid = 'numeric'::regtype;
    IF typmod IS NULL OR typmod < 4 THEN
        RETURN; -- missing, not numeric, or unbounded numeric: nothing to widen
    END IF;
    current_precision := ((typmod - 4) >> 16) & 65535;
    current_scale := (typmod - 4) & 65535;
    IF current_precision >= wanted_precision THEN
        RETURN;
    END IF;
    BEGIN
        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE numeric(%s,%s)', tbl, col, wanted_precision, current_scale);
    EXCEPTION WHEN feature_not_supported OR dependent_objects_still_exist THEN
        RAISE NOTICE 'column %.% left at numeric(%,%): %', tbl, col, current_precision, current_scale, SQLERRM;
    END;
END
$fn$;

SELECT revops_widen_numeric(t::regclass, c, 18) FROM (VALUES
    ('actp_offers', 'avg_deal_value'),
    ('actp_revenue_events', 'amount'),
    ('actp_pipeline_snapshots', 'total_pipeline'),
    ('actp_pipeline_snapshots', 'forecast_30d'),
    ('actp_pipeline_snapshots', 'forecast_60d'),
    ('actp_pipeline_snapshots', 'forecast_90d'),
    ('actp_pipeline_snapshots', 'weighted_pipeline'),
    ('actp_pipeline_snapshots', 'revenue_today'),
    ('actp_pipeline_snapshots', 'revenue_mtd'),
    ('actp_offer_performance', 'revenue_generated'),
    ('actp_offer_performance', 'cost_usd'),
    ('actp_offer_performance', 'roi'),
    ('actp_upwork_jobs', 'budget_usd'),
    ('actp_upwork_jobs', 'contract_value_usd'),
    ('actp_credit_budgets', 'limit_usd'),
    ('actp_credit_budgets', 'current_spend_usd'),
    ('actp_funnel_snapshots', 'mrr_usd'),
    ('actp_paywall_experiments', 'revenue_usd'),
    ('actp_attribution_events', 'revenue_usd'),
    ('actp_attribution_events', 'cost_usd'),
    ('actp_attribution_summary', 'revenue_usd'),
    ('actp_attribution_summary', 'cpa_usd'),
    ('actp_attribution_summary', 'roas'),
    ('actp_ad_campaigns', 'daily_budget_usd'),
    ('actp_ad_campaigns', 'spend_usd'),
    ('actp_ad_campaigns', 'cpa_usd'),
    ('actp_ad_campaigns', 'roas'),
    ('actp_ad_campaigns', 'revenue_usd'),
    ('actp_automations', 'hourly_rate_usd'),
    ('actp_automations', 'monthly_cost_usd')
) AS money (t, c)
WHERE to_regclass(t) IS NOT NULL;
