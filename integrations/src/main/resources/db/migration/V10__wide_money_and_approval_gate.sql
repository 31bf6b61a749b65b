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

-- The approval gate, enforced by the database (SPEC §9; docs/decisions/0025-approval-gate-in-the-database.md).
--
-- 1. Every audit row records the transaction that wrote it; the database fills it in, whatever the
--    writer sends.
ALTER TABLE actp_approval_audit ADD COLUMN IF NOT EXISTS transaction_id bigint;

CREATE OR REPLACE FUNCTION revops_audit_row_stamped() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.transaction_id := txid_current();
    RETURN NEW;
END
$fn$;

DROP TRIGGER IF EXISTS actp_approval_audit_stamped ON actp_approval_audit;
CREATE TRIGGER actp_approval_audit_stamped BEFORE INSERT ON actp_approval_audit
    FOR EACH ROW EXECUTE FUNCTION revops_audit_row_stamped();
CREATE INDEX IF NOT EXISTS actp_approval_audit_transaction_idx ON actp_approval_audit (queue_item_id, transaction_id);

-- 2. The audit log is append-only: no row is changed or deleted, and it is never emptied — by anyone.
CREATE OR REPLACE FUNCTION revops_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'the approval audit log is append-only: its rows are never changed or deleted (% refused)', TG_OP
        USING HINT = 'record a new audit row instead';
END
$fn$;

DROP TRIGGER IF EXISTS actp_approval_audit_append_only ON actp_approval_audit;
CREATE TRIGGER actp_approval_audit_append_only BEFORE UPDATE OR DELETE ON actp_approval_audit
    FOR EACH ROW EXECUTE FUNCTION revops_audit_log_append_only();
DROP TRIGGER IF EXISTS actp_approval_audit_never_emptied ON actp_approval_audit;
CREATE TRIGGER actp_approval_audit_never_emptied BEFORE TRUNCATE ON actp_approval_audit
    FOR EACH STATEMENT EXECUTE FUNCTION revops_audit_log_append_only();

-- 3. An item that needs approval keeps needing it.
CREATE OR REPLACE FUNCTION revops_outreach_approval_kept() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF OLD.approval_required AND NOT NEW.approval_required THEN
        RAISE EXCEPTION 'outreach item % needs an approval: approval_required cannot be switched off', OLD.id;
    END IF;
    RETURN NEW;
END
$fn$;

DROP TRIGGER IF EXISTS actp_outreach_queue_approval_kept ON actp_outreach_queue;
CREATE TRIGGER actp_outreach_queue_approval_kept BEFORE UPDATE OF approval_required ON actp_outreach_queue
    FOR EACH ROW EXECUTE FUNCTION revops_outreach_approval_kept();

-- 4. A decision is in the audit log of its own transaction: an item written in any state but a plain
--    pending draft, and every change of its status or of its approval (approved_at, approved_by, the
--    approved text), needs an audit row of that item, written in the same transaction, that ends in
--    the item's new status. Checked at commit (deferred), so the order of the two writes is free.
CREATE OR REPLACE FUNCTION revops_outreach_decision_audited() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM actp_approval_audit a
                    WHERE a.queue_item_id = NEW.id AND a.transaction_id = txid_current() AND a.after_status = NEW.status) THEN
        RAISE EXCEPTION 'outreach item % cannot become % without an audit row of the same transaction', NEW.id, NEW.status
            USING HINT = 'approve, edit, reject or report it through the app (or write its actp_approval_audit row in the same transaction)';
    END IF;
    RETURN NULL;
END
$fn$;

DROP TRIGGER IF EXISTS actp_outreach_queue_insert_audited ON actp_outreach_queue;
CREATE CONSTRAINT TRIGGER actp_outreach_queue_insert_audited AFTER INSERT ON actp_outreach_queue
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM 'pending' OR NEW.approved_at IS NOT NULL OR NEW.approved_by IS NOT NULL)
    EXECUTE FUNCTION revops_outreach_decision_audited();
DROP TRIGGER IF EXISTS actp_outreach_queue_change_audited ON actp_outreach_queue;
CREATE CONSTRAINT TRIGGER actp_outreach_queue_change_audited
    AFTER UPDATE OF status, approved_at, approved_by, approved_message ON actp_outreach_queue
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.approved_at IS DISTINCT FROM NEW.approved_at
          OR OLD.approved_by IS DISTINCT FROM NEW.approved_by OR OLD.approved_message IS DISTINCT FROM NEW.approved_message)
    EXECUTE FUNCTION revops_outreach_decision_audited();

-- 5. The app's own role (docs/decisions/0026-app-database-role.md). The schema owner runs these
--    migrations; the app works as revops_app, which owns nothing — so it can neither drop nor disable
--    a trigger above — and may only read and write rows: every table, but the audit log only read and
--    appended to, and Flyway's history only read. Created where the migrating user may create roles:
--    able to log in when that user is a superuser (the embedded server), else without login, for the
--    operator to enable. Where roles cannot be created, nothing happens and the app keeps its user.
DO $do$
DECLARE
    me record;
    schema_name text := current_schema();
BEGIN
    SELECT rolsuper, rolcreaterole INTO me FROM pg_roles WHERE rolname = current_user;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'revops_app') THEN
        IF me.rolsuper THEN
            CREATE ROLE revops_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        ELSIF me.rolcreaterole THEN
            CREATE ROLE revops_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        ELSE
            RAISE NOTICE 'role revops_app not created: % may not create roles; the app keeps working as %', current_user, current_user;
            RETURN;
        END IF;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO revops_app', schema_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO revops_app', schema_name);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO revops_app', schema_name);
    REVOKE UPDATE, DELETE, TRUNCATE ON actp_approval_audit FROM revops_app;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON revops_schema_history FROM revops_app;
    -- tables and sequences that later migrations create get the same grants
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO revops_app', schema_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO revops_app', schema_name);
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'grants to revops_app incomplete: %', SQLERRM;
END
$do$;
