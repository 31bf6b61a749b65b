-- RevOps schema, part 13: the outbox's in-flight lease (issue 13, points 5 and 6; decision 0029).
-- Additive like every migration here: nothing is dropped.

-- A message is claimed ('sending', claimed_at = the database's now()) and that claim committed before the
-- request to Telegram goes out. A claim older than the lease, found by the next process that holds the
-- delivery lock, is an interrupted send: the message goes out once more, marked "(resent)" (resent = true);
-- a second interrupted send is not repeated but marked failed for the operator to check.
ALTER TABLE revops_outbox
    ADD COLUMN IF NOT EXISTS claimed_at timestamptz,
    ADD COLUMN IF NOT EXISTS resent     boolean NOT NULL DEFAULT false;
