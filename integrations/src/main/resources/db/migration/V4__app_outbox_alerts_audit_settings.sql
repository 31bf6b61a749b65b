-- RevOps schema, part 4: the app's own tables — notification outbox, alert log, approval audit log, settings.

-- Every Telegram message is written here first, then sent (SPEC §8): never lost, never duplicated.
CREATE TABLE IF NOT EXISTS revops_outbox (
    id                  bigserial PRIMARY KEY,
    idempotency_key     text NOT NULL UNIQUE,
    channel             text NOT NULL DEFAULT 'telegram',
    kind                text NOT NULL,
    body                text NOT NULL,
    status              text NOT NULL DEFAULT 'pending',
    attempts            integer NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    last_error          text,
    external_message_id text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    sent_at             timestamptz,
    CONSTRAINT revops_outbox_status_known CHECK (status IN ('pending','sending','sent','failed'))
);
CREATE INDEX IF NOT EXISTS revops_outbox_due_idx ON revops_outbox (status, next_attempt_at);

-- Alerts raised, at most one per type + subject + day (SPEC §4).
CREATE TABLE IF NOT EXISTS revops_alerts (
    id              bigserial PRIMARY KEY,
    alert_type      text NOT NULL,
    subject         text NOT NULL,
    alert_day       date NOT NULL,
    severity        text NOT NULL,
    message         text NOT NULL,
    action          text,
    raised_at       timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    CONSTRAINT revops_alerts_once_a_day UNIQUE (alert_type, subject, alert_day),
    CONSTRAINT revops_alerts_severity_known CHECK (severity IN ('info','warning','urgent'))
);
CREATE INDEX IF NOT EXISTS revops_alerts_raised_idx ON revops_alerts (raised_at DESC);

-- Every approval, edit, rejection and re-open of an outreach item (SPEC §9).
CREATE TABLE IF NOT EXISTS actp_approval_audit (
    id             bigserial PRIMARY KEY,
    queue_item_id  uuid NOT NULL,
    action         text NOT NULL,
    actor          text NOT NULL,
    before_status  text,
    after_status   text,
    before_message text,
    after_message  text,
    reason         text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT actp_approval_audit_action_known CHECK (action IN ('approve','edit','reject','reopen','mark_sent','mark_failed'))
);
CREATE INDEX IF NOT EXISTS actp_approval_audit_item_idx ON actp_approval_audit (queue_item_id, created_at);

-- Non-secret settings (time zone, preferences). Secrets live in the OS keychain (SPEC §7).
CREATE TABLE IF NOT EXISTS revops_settings (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
