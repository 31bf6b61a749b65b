-- The operator's read on a deal (issue "Targets and scenarios"): per contact an optional call — commit (it closes),
-- upside (the model's chance, counted in the best case) or out (it will not close) — shown beside the model's
-- probability, never replacing it (docs/decisions/0075-the-operators-calls.md). Clearing a call deletes its row.
CREATE TABLE IF NOT EXISTS revops_forecast_calls (
    contact_id uuid PRIMARY KEY REFERENCES crm_contacts (id) ON DELETE CASCADE,
    call       text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT revops_forecast_calls_known CHECK (call IN ('commit', 'upside', 'out'))
);
SELECT revops_describe_check('revops_forecast_calls', 'revops_forecast_calls_known', 'call must be commit, upside or out');

-- The accuracy ledger judges "model + your calls" beside the three methods.
ALTER TABLE actp_forecast_ledger DROP CONSTRAINT IF EXISTS actp_forecast_ledger_method_known;
SELECT revops_add_check('actp_forecast_ledger', 'actp_forecast_ledger_method_known',
    $$method IN ('hazard', 'stage_velocity', 'run_rate', 'with_calls')$$);
SELECT revops_describe_check('actp_forecast_ledger', 'actp_forecast_ledger_method_known',
    'method must be one of hazard, stage_velocity, run_rate, with_calls');
