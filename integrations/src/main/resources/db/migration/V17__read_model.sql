-- The read model of SPEC §11 (issue 15 point 2, docs/decisions/0071-read-model-maintained-by-triggers.md):
-- what grows with history, kept up to date in the same transaction as every write to crm_contacts and
-- actp_stage_transitions, by triggers, so that any write path (the app, a CSV import, the demo data, a sync,
-- psql) keeps it right.
--
--   revops_journeys     each contact's journey: first stage, furthest stage reached, lost or not, current stage
--                       and the entry time of its current spell (SPEC §4 conversion rates)
--   revops_spells       each finished spell in an open stage: contact, stage, entered, exited, age at exit (seconds),
--                       the stage it moved to and the outcome (advanced / lost / other = moved back)
--   revops_stage_sums   per open stage, running sums over the finished spells: how many, advanced, lost, other,
--                       Σ age (time in stage, --velocity)
--   revops_spell_cells  per open stage × age bin × outcome, running sums of the finished spells' exposure and
--                       events (the hazard model's inputs, SPEC §4 Forecast)
--
-- Each has a *_from_history view computing the same rows from the raw rows: the migration builds the tables
-- from them, the triggers recompute one contact's rows from them, and --verify-aggregates compares them.
-- Ages are kept in exact seconds (numeric): the sums are exact, so stored and recomputed agree to the digit.

-- The age bins of the hazard model (com.revops.domain.forecast.AgeBins; ReadModelTest holds them equal).
CREATE TABLE IF NOT EXISTS revops_age_bins (
    bin     integer PRIMARY KEY,
    lo_days integer NOT NULL,
    hi_days integer            -- NULL: no upper edge
);
INSERT INTO revops_age_bins (bin, lo_days, hi_days) VALUES
    (0, 0, 1), (1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 4, 5), (5, 5, 6), (6, 6, 7), (7, 7, 10), (8, 10, 14), (9, 14, 21),
    (10, 21, 28), (11, 28, 42), (12, 42, 56), (13, 56, 90), (14, 90, 120), (15, 120, 180), (16, 180, 365), (17, 365, NULL)
ON CONFLICT (bin) DO NOTHING;

CREATE TABLE IF NOT EXISTS revops_journeys (
    contact_id       uuid PRIMARY KEY,
    first_stage      text NOT NULL,
    reached_stage    text,             -- NULL: never in a stage of the order (only ever closed_lost)
    lost             boolean NOT NULL,
    stage            text NOT NULL,
    stage_entered_at timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS revops_spells (
    transition_id uuid PRIMARY KEY,
    contact_id    uuid NOT NULL,
    stage         text NOT NULL,
    entered_at    timestamptz NOT NULL,
    exited_at     timestamptz NOT NULL,
    age_seconds   numeric NOT NULL,
    moved_to      text NOT NULL,
    outcome       text NOT NULL,
    CONSTRAINT revops_spells_outcome_known CHECK (outcome IN ('advanced', 'lost', 'other'))
);
CREATE INDEX IF NOT EXISTS revops_spells_contact_idx ON revops_spells (contact_id);
-- the ages of one stage's spells by outcome, in order (percentiles of the time to advance)
CREATE INDEX IF NOT EXISTS revops_spells_stage_idx ON revops_spells (stage, outcome, age_seconds);

CREATE TABLE IF NOT EXISTS revops_stage_sums (
    stage       text PRIMARY KEY,
    spells      bigint NOT NULL,
    advanced    bigint NOT NULL,
    lost        bigint NOT NULL,
    other       bigint NOT NULL,
    age_seconds numeric NOT NULL
);

CREATE TABLE IF NOT EXISTS revops_spell_cells (
    stage            text NOT NULL,
    bin              integer NOT NULL,
    outcome          text NOT NULL,    -- the stage moved to (advanced or closed_lost); '' for a move back
    spells           bigint NOT NULL,  -- spells that reached the bin
    exposure_seconds numeric NOT NULL, -- Σ seconds spent in the bin
    events           bigint NOT NULL,  -- spells that ended in the bin with this outcome
    PRIMARY KEY (stage, bin, outcome)
);

-- "Each contact's stage at as_of" looks contacts up by stage_entered_at (issue 15: it had no index).
CREATE INDEX IF NOT EXISTS crm_contacts_stage_entered_idx ON crm_contacts (stage_entered_at);

-- ---------------------------------------------------------------------------------------------------------
-- The same rows, from the raw rows.

CREATE OR REPLACE VIEW revops_spells_from_history AS
SELECT x.transition_id, x.contact_id, x.stage, x.entered_at, x.exited_at,
       greatest(extract(epoch FROM (x.exited_at - x.entered_at)), 0) AS age_seconds,
       x.moved_to,
       CASE WHEN x.moved_to = 'closed_lost' THEN 'lost'
            WHEN revops_stage_rank(x.moved_to) > revops_stage_rank(x.stage) THEN 'advanced'
            ELSE 'other' END AS outcome
  FROM (SELECT t.id AS transition_id, t.contact_id, t.from_stage AS stage, t.to_stage AS moved_to,
               t.transitioned_at AS exited_at,
               coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id ORDER BY t.transitioned_at, t.id),
                        c.first_contact_at) AS entered_at
          FROM actp_stage_transitions t
          JOIN crm_contacts c ON c.id = t.contact_id) x
 WHERE x.stage IN ('cold', 'awareness', 'consideration', 'decision', 'call_booked')
   AND x.entered_at IS NOT NULL;

CREATE OR REPLACE VIEW revops_journeys_from_history AS
SELECT c.id AS contact_id,
       coalesce(ft.from_stage, c.stage) AS first_stage,
       (ARRAY['cold', 'awareness', 'consideration', 'decision', 'call_booked', 'closed_won'])
           [1 + greatest(mx.rank, revops_stage_rank(c.stage))] AS reached_stage,
       c.stage = 'closed_lost' AS lost,
       c.stage,
       c.stage_entered_at
  FROM crm_contacts c
  LEFT JOIN LATERAL (
        SELECT t.from_stage FROM actp_stage_transitions t
         WHERE t.contact_id = c.id
         ORDER BY t.transitioned_at, t.id LIMIT 1) ft ON true
  LEFT JOIN LATERAL (
        SELECT max(greatest(revops_stage_rank(t.from_stage), revops_stage_rank(t.to_stage))) AS rank
          FROM actp_stage_transitions t
         WHERE t.contact_id = c.id) mx ON true;

CREATE OR REPLACE VIEW revops_stage_sums_from_history AS
SELECT stage, count(*) AS spells,
       count(*) FILTER (WHERE outcome = 'advanced') AS advanced,
       count(*) FILTER (WHERE outcome = 'lost') AS lost,
       count(*) FILTER (WHERE outcome = 'other') AS other,
       sum(age_seconds) AS age_seconds
  FROM revops_spells_from_history
 GROUP BY stage;

CREATE OR REPLACE VIEW revops_spell_cells_from_history AS
SELECT s.stage, b.bin,
       CASE WHEN s.outcome = 'other' THEN '' ELSE s.moved_to END AS outcome,
       count(*) AS spells,
       sum(CASE WHEN b.hi_days IS NULL THEN s.age_seconds ELSE least(s.age_seconds, b.hi_days * 86400) END - b.lo_days * 86400)
           AS exposure_seconds,
       count(*) FILTER (WHERE s.outcome <> 'other' AND (b.hi_days IS NULL OR s.age_seconds < b.hi_days * 86400)) AS events
  FROM revops_spells_from_history s
  JOIN revops_age_bins b ON b.lo_days * 86400 <= s.age_seconds
 GROUP BY 1, 2, 3;

-- ---------------------------------------------------------------------------------------------------------
-- Maintenance. The functions run as the schema's owner, so the app's role reads the tables but cannot write
-- them except through a write to the raw rows.

-- Adds (sign 1) or takes out (sign -1) the stored spells of these contacts from the running sums.
CREATE OR REPLACE FUNCTION revops_read_model_add(ids uuid[], direction integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    INSERT INTO revops_stage_sums AS t (stage, spells, advanced, lost, other, age_seconds)
    SELECT stage, direction * count(*), direction * count(*) FILTER (WHERE outcome = 'advanced'),
           direction * count(*) FILTER (WHERE outcome = 'lost'), direction * count(*) FILTER (WHERE outcome = 'other'),
           direction * sum(age_seconds)
      FROM revops_spells WHERE contact_id = ANY (ids)
     GROUP BY stage ORDER BY stage
    ON CONFLICT (stage) DO UPDATE SET spells = t.spells + excluded.spells, advanced = t.advanced + excluded.advanced,
                                      lost = t.lost + excluded.lost, other = t.other + excluded.other,
                                      age_seconds = t.age_seconds + excluded.age_seconds;
    INSERT INTO revops_spell_cells AS t (stage, bin, outcome, spells, exposure_seconds, events)
    SELECT s.stage, b.bin, CASE WHEN s.outcome = 'other' THEN '' ELSE s.moved_to END,
           direction * count(*),
           direction * sum(CASE WHEN b.hi_days IS NULL THEN s.age_seconds ELSE least(s.age_seconds, b.hi_days * 86400) END - b.lo_days * 86400),
           direction * count(*) FILTER (WHERE s.outcome <> 'other' AND (b.hi_days IS NULL OR s.age_seconds < b.hi_days * 86400))
      FROM revops_spells s
      JOIN revops_age_bins b ON b.lo_days * 86400 <= s.age_seconds
     WHERE s.contact_id = ANY (ids)
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (stage, bin, outcome) DO UPDATE SET spells = t.spells + excluded.spells,
                                                    exposure_seconds = t.exposure_seconds + excluded.exposure_seconds,
                                                    events = t.events + excluded.events;
    DELETE FROM revops_stage_sums WHERE spells = 0;
    DELETE FROM revops_spell_cells WHERE spells = 0;
$$;

-- Recomputes these contacts' journeys and spells from their raw rows and moves the running sums by the change.
CREATE OR REPLACE FUNCTION revops_read_model_refresh(ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    added bigint;
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- one writer of the running sums at a time: no deadlock between two transactions' upserts
    PERFORM pg_advisory_xact_lock(7170017);
    IF EXISTS (SELECT 1 FROM revops_spells WHERE contact_id = ANY (ids)) THEN
        PERFORM revops_read_model_add(ids, -1);
        DELETE FROM revops_spells WHERE contact_id = ANY (ids);
    END IF;
    INSERT INTO revops_spells SELECT * FROM revops_spells_from_history WHERE contact_id = ANY (ids);
    GET DIAGNOSTICS added = ROW_COUNT;
    IF added > 0 THEN
        PERFORM revops_read_model_add(ids, 1);
    END IF;
    DELETE FROM revops_journeys WHERE contact_id = ANY (ids);
    INSERT INTO revops_journeys SELECT * FROM revops_journeys_from_history WHERE contact_id = ANY (ids);
END;
$$;

-- Builds everything again from the raw rows (this migration, and after a TRUNCATE of the raw tables).
CREATE OR REPLACE FUNCTION revops_read_model_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7170017);
    DELETE FROM revops_journeys;
    DELETE FROM revops_spells;
    DELETE FROM revops_stage_sums;
    DELETE FROM revops_spell_cells;
    INSERT INTO revops_journeys SELECT * FROM revops_journeys_from_history;
    INSERT INTO revops_spells SELECT * FROM revops_spells_from_history;
    INSERT INTO revops_stage_sums SELECT * FROM revops_stage_sums_from_history;
    INSERT INTO revops_spell_cells SELECT * FROM revops_spell_cells_from_history;
END;
$$;

CREATE OR REPLACE FUNCTION revops_read_model_on_transitions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM revops_read_model_refresh(ARRAY(SELECT DISTINCT contact_id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM revops_read_model_refresh(ARRAY(SELECT contact_id FROM new_rows UNION SELECT contact_id FROM old_rows));
    ELSE
        PERFORM revops_read_model_refresh(ARRAY(SELECT DISTINCT contact_id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

-- A contact matters to the read model through its stage, the entry into it and its first contact (the entry of
-- its first spell); other columns (last interaction, notes, …) change nothing here.
CREATE OR REPLACE FUNCTION revops_read_model_on_contacts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM revops_read_model_refresh(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM revops_read_model_refresh(ARRAY(
            SELECT coalesce(n.id, o.id)
              FROM new_rows n
              FULL JOIN old_rows o ON o.id = n.id
             WHERE n.id IS NULL OR o.id IS NULL
                OR (n.stage, n.stage_entered_at, n.first_contact_at) IS DISTINCT FROM (o.stage, o.stage_entered_at, o.first_contact_at)));
    ELSE
        PERFORM revops_read_model_refresh(ARRAY(SELECT id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION revops_read_model_on_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM revops_read_model_rebuild();
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS revops_read_model_transitions_inserted ON actp_stage_transitions;
CREATE TRIGGER revops_read_model_transitions_inserted AFTER INSERT ON actp_stage_transitions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_transitions();
DROP TRIGGER IF EXISTS revops_read_model_transitions_updated ON actp_stage_transitions;
CREATE TRIGGER revops_read_model_transitions_updated AFTER UPDATE ON actp_stage_transitions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_transitions();
DROP TRIGGER IF EXISTS revops_read_model_transitions_deleted ON actp_stage_transitions;
CREATE TRIGGER revops_read_model_transitions_deleted AFTER DELETE ON actp_stage_transitions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_transitions();
DROP TRIGGER IF EXISTS revops_read_model_transitions_truncated ON actp_stage_transitions;
CREATE TRIGGER revops_read_model_transitions_truncated AFTER TRUNCATE ON actp_stage_transitions
    FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_truncate();

DROP TRIGGER IF EXISTS revops_read_model_contacts_inserted ON crm_contacts;
CREATE TRIGGER revops_read_model_contacts_inserted AFTER INSERT ON crm_contacts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_contacts();
DROP TRIGGER IF EXISTS revops_read_model_contacts_updated ON crm_contacts;
CREATE TRIGGER revops_read_model_contacts_updated AFTER UPDATE ON crm_contacts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_contacts();
DROP TRIGGER IF EXISTS revops_read_model_contacts_deleted ON crm_contacts;
CREATE TRIGGER revops_read_model_contacts_deleted AFTER DELETE ON crm_contacts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_contacts();
DROP TRIGGER IF EXISTS revops_read_model_contacts_truncated ON crm_contacts;
CREATE TRIGGER revops_read_model_contacts_truncated AFTER TRUNCATE ON crm_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION revops_read_model_on_truncate();

-- Build it from the history already there.
SELECT revops_read_model_rebuild();
ANALYZE revops_journeys, revops_spells, revops_stage_sums, revops_spell_cells;

-- The app's role reads the read model; only the maintenance functions above write it.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'revops_app') THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON revops_age_bins, revops_journeys, revops_spells, revops_stage_sums,
            revops_spell_cells FROM revops_app;
        GRANT SELECT ON revops_age_bins, revops_journeys, revops_spells, revops_stage_sums, revops_spell_cells,
            revops_spells_from_history, revops_journeys_from_history, revops_stage_sums_from_history,
            revops_spell_cells_from_history TO revops_app;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'read model left writable for revops_app: %', SQLERRM;
END
$do$;
