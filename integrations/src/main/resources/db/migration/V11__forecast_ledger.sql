-- The forecast accuracy ledger (SPEC §4): every daily snapshot stores each forecast method's 30/60/90-day
-- forecast with the instant it was made, so each can be judged once its horizon has passed against the
-- deal_won revenue of (snapshot_at, snapshot_at + horizon] — whatever the operator's time zone is today.
-- One row per snapshot day, method and horizon: retaking a day's snapshot replaces its rows.
CREATE TABLE IF NOT EXISTS actp_forecast_ledger (
    snapshot_date date        NOT NULL,
    method        text        NOT NULL,
    horizon_days  integer     NOT NULL,
    PRIMARY KEY (snapshot_date, method, horizon_days)
);
ALTER TABLE actp_forecast_ledger
    ADD COLUMN IF NOT EXISTS snapshot_at timestamptz   NOT NULL,
    ADD COLUMN IF NOT EXISTS forecast    numeric(18,2) NOT NULL,
    ADD COLUMN IF NOT EXISTS created_at  timestamptz   NOT NULL DEFAULT now();
SELECT revops_add_check('actp_forecast_ledger', 'actp_forecast_ledger_method_known',
    $$method IN ('hazard', 'stage_velocity', 'run_rate')$$);
SELECT revops_add_check('actp_forecast_ledger', 'actp_forecast_ledger_horizon_known', 'horizon_days IN (30, 60, 90)');
SELECT revops_add_check('actp_forecast_ledger', 'actp_forecast_ledger_forecast_nonnegative', 'forecast >= 0');
SELECT revops_describe_check('actp_forecast_ledger', 'actp_forecast_ledger_method_known',
    'method must be one of hazard, stage_velocity, run_rate');
SELECT revops_describe_check('actp_forecast_ledger', 'actp_forecast_ledger_horizon_known', 'horizon_days must be 30, 60 or 90');
SELECT revops_describe_check('actp_forecast_ledger', 'actp_forecast_ledger_forecast_nonnegative', 'forecast must not be negative');
CREATE INDEX IF NOT EXISTS actp_forecast_ledger_at_idx ON actp_forecast_ledger (snapshot_at);
