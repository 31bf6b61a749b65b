-- RevOps schema, part 6: undo in the outreach approval queue, and fast contact search.
-- Additive only, like every migration here: columns and indexes are added when missing, nothing is dropped.

-- Undo (docs/decisions/outreach-queue.md). Each audit row keeps the approval fields it overwrote,
-- so an undo can put them back exactly; an undo row names the row it reverted, and a row is
-- undone at most once (the unique index settles two undos racing each other).
ALTER TABLE actp_approval_audit
    ADD COLUMN IF NOT EXISTS undoes_id              bigint REFERENCES actp_approval_audit (id),
    ADD COLUMN IF NOT EXISTS before_approved_at     timestamptz,
    ADD COLUMN IF NOT EXISTS before_approved_by     text,
    ADD COLUMN IF NOT EXISTS before_rejected_reason text,
    ADD COLUMN IF NOT EXISTS before_error           text;
CREATE UNIQUE INDEX IF NOT EXISTS actp_approval_audit_undoes_key ON actp_approval_audit (undoes_id) WHERE undoes_id IS NOT NULL;

-- Today's progress against the daily targets counts what was sent (or approved) since midnight.
CREATE INDEX IF NOT EXISTS actp_outreach_queue_sent_at_idx ON actp_outreach_queue (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS actp_outreach_queue_approved_idx ON actp_outreach_queue (approved_at) WHERE status = 'approved';

-- Contact search (Contacts screen): one lower-cased text of name, handle, email, niche and tags,
-- searched with LIKE '%term%'. With pg_trgm (available on the embedded server and on Supabase) a
-- trigram GIN index answers that on 100,000 contacts in milliseconds; without it, prefix indexes
-- on the main fields are the fallback and the search still works, only slower.
CREATE OR REPLACE FUNCTION revops_contact_search_text(name text, handle text, email text, niche text, tags text[])
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(coalesce(name, '') || ' ' || coalesce(handle, '') || ' ' || coalesce(email, '') || ' '
                 || coalesce(niche, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))
$$;

DO $$
DECLARE
    trgm_schema text;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN others THEN
        RAISE NOTICE 'pg_trgm is not available (%); contact search uses prefix indexes', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    -- An existing database whose columns have other types keeps working, only without these indexes.
    BEGIN
        IF trgm_schema IS NOT NULL THEN
            EXECUTE format('CREATE INDEX IF NOT EXISTS crm_contacts_search_trgm_idx ON crm_contacts '
                           'USING gin (revops_contact_search_text(name, handle, email, niche, tags) %I.gin_trgm_ops)', trgm_schema);
        ELSE
            CREATE INDEX IF NOT EXISTS crm_contacts_name_lower_idx ON crm_contacts (lower(name) text_pattern_ops);
            CREATE INDEX IF NOT EXISTS crm_contacts_handle_lower_idx ON crm_contacts (lower(handle) text_pattern_ops);
            CREATE INDEX IF NOT EXISTS crm_contacts_email_lower_idx ON crm_contacts (lower(email) text_pattern_ops);
        END IF;
    EXCEPTION WHEN others THEN
        RAISE NOTICE 'contact search indexes not created (%); search still works, more slowly', SQLERRM;
    END;
END;
$$;
