-- RevOps schema, part 15: approving outreach and ad proposals from the phone (issue 17; decisions 0050-0052).
-- Additive like every migration here: nothing is dropped.

-- A queued Telegram message may carry inline buttons (reply_markup JSON), sent with its last part.
ALTER TABLE revops_outbox ADD COLUMN IF NOT EXISTS reply_markup text;

-- Where the long poll of getUpdates stands, per bot (the part of the token before ':'): the next
-- update to ask for. Advanced before an update is handled, so an update is handled at most once,
-- across restarts and copies of the app (which poll one at a time, under an advisory lock).
CREATE TABLE IF NOT EXISTS revops_telegram_poll (
    bot_id      text PRIMARY KEY,
    next_offset bigint NOT NULL,
    polled_at   timestamptz NOT NULL
);

-- Every press of a button and every reply the chat sent, done or refused and why: who tried what.
CREATE TABLE IF NOT EXISTS revops_telegram_presses (
    id          bigserial PRIMARY KEY,
    update_id   bigint NOT NULL,
    kind        text NOT NULL,
    chat_id     text,
    user_id     text,
    action      text,
    subject     text,
    outcome     text NOT NULL,
    detail      text,
    created_at  timestamptz NOT NULL,
    CONSTRAINT revops_telegram_presses_kind_known CHECK (kind IN ('button','reply')),
    CONSTRAINT revops_telegram_presses_outcome_known CHECK (outcome IN ('done','refused'))
);
CREATE INDEX IF NOT EXISTS revops_telegram_presses_created_idx ON revops_telegram_presses (created_at DESC);

-- The items one digest showed, as shown (fingerprints), for its "Approve all N shown".
CREATE TABLE IF NOT EXISTS revops_approval_digests (
    id           bigserial PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    item_ids     uuid[] NOT NULL,
    fingerprints text[] NOT NULL,
    decided_at   timestamptz,
    CONSTRAINT revops_approval_digests_parallel CHECK (cardinality(item_ids) = cardinality(fingerprints))
);

-- An edit asked for from the chat: the prompt the new text must answer, the text proposed, and what
-- became of it. Nothing is written to the queue before the second confirmation.
CREATE TABLE IF NOT EXISTS revops_telegram_edits (
    id                bigserial PRIMARY KEY,
    item_id           uuid NOT NULL,
    fingerprint       text NOT NULL,
    chat_id           text NOT NULL,
    requested_by      text NOT NULL,
    requested_at      timestamptz NOT NULL,
    prompt_message_id bigint,
    proposed_text     text,
    state             text NOT NULL DEFAULT 'waiting',
    decided_at        timestamptz,
    CONSTRAINT revops_telegram_edits_state_known CHECK (state IN ('waiting','proposed','approved','saved','cancelled'))
);
CREATE INDEX IF NOT EXISTS revops_telegram_edits_prompt_idx ON revops_telegram_edits (chat_id, prompt_message_id);

SELECT revops_describe_check('revops_telegram_presses', 'revops_telegram_presses_kind_known', 'kind must be button or reply');
SELECT revops_describe_check('revops_telegram_presses', 'revops_telegram_presses_outcome_known', 'outcome must be done or refused');
SELECT revops_describe_check('revops_telegram_edits', 'revops_telegram_edits_state_known',
    'state must be one of waiting, proposed, approved, saved, cancelled');

-- The log of presses is append-only for the app, like the approval audit log.
DO $do$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'revops_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON revops_telegram_presses FROM revops_app;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'revops_telegram_presses left writable for revops_app: %', SQLERRM;
END
$do$;
