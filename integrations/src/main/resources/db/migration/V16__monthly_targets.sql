-- Monthly revenue targets (issue "Targets and scenarios"): one per month, in new-deal revenue (deal_won);
-- recurring revenue is shown beside it, not counted in it (docs/decisions/0070-monthly-target-chance.md).
CREATE TABLE IF NOT EXISTS revops_targets (
    month      date PRIMARY KEY,
    amount     numeric(18,2) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT revops_targets_first_of_month CHECK (extract(day FROM month) = 1),
    CONSTRAINT revops_targets_positive CHECK (amount > 0)
);
