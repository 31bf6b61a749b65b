-- Helpers for the revenue queries (SPEC §4), so each rule is written once, in SQL.

-- Position of a stage in the order cold..closed_won; NULL for closed_lost and unknown stages.
CREATE OR REPLACE FUNCTION revops_stage_rank(stage text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE stage
        WHEN 'cold' THEN 0
        WHEN 'awareness' THEN 1
        WHEN 'consideration' THEN 2
        WHEN 'decision' THEN 3
        WHEN 'call_booked' THEN 4
        WHEN 'closed_won' THEN 5
    END
$$;

-- Every credit-ledger row with its cost: cost_usd when recorded, else from tokens at the price of
-- the model (matched by name, so 'claude-3-5-haiku-20241022' is priced as 'haiku').
CREATE OR REPLACE VIEW revops_credit_costs AS
SELECT u.id, u.task_type, u.model, u.input_tokens, u.output_tokens, u.run_id, u.offer_tag, u.created_at,
       coalesce(u.cost_usd,
                (coalesce(u.input_tokens, 0) * p.input_per_mtok + coalesce(u.output_tokens, 0) * p.output_per_mtok) / 1000000,
                0)::numeric(12,6) AS cost_usd,
       p.model AS priced_as
  FROM actp_credit_usage u
  LEFT JOIN LATERAL (
        SELECT mp.model, mp.input_per_mtok, mp.output_per_mtok
          FROM actp_model_prices mp
         WHERE u.model ILIKE '%' || mp.model || '%'
         ORDER BY length(mp.model) DESC
         LIMIT 1) p ON true;

CREATE INDEX IF NOT EXISTS actp_revenue_events_type_closed_idx ON actp_revenue_events (event_type, closed_at);
CREATE INDEX IF NOT EXISTS actp_stage_transitions_from_idx ON actp_stage_transitions (from_stage, transitioned_at);
