package com.revops.integrations.revenue;

/**
 * The one definition of "each contact's stage at as_of", as a SQL CTE named {@code state}
 * (columns id, offer_tag, platform, niche, stage, entered_at). Binds {@code :asOf}.
 *
 * <p>A contact whose current stage began at or before as_of is in that stage since
 * {@code stage_entered_at}. One that moved later is put back where its transitions say it was at
 * as_of (the to_stage of its last transition by then; before any, the from_stage of its first),
 * so {@code --as-of} in the past answers as the app would have then. Contacts first reached
 * after as_of do not exist yet. The two cases are two branches of a UNION, so the usual case — a
 * contact sitting in its stage since before as_of — costs no per-contact lookup (SPEC §10).
 */
final class ContactStateSql {
    static final String STATE_CTE = """
            state AS (
                SELECT c.id, c.offer_tag, c.platform, c.niche, c.stage, c.stage_entered_at AS entered_at
                  FROM crm_contacts c
                 WHERE c.stage_entered_at <= :asOf AND (c.first_contact_at IS NULL OR c.first_contact_at <= :asOf)
                UNION ALL
                SELECT c.id, c.offer_tag, c.platform, c.niche,
                       coalesce(lt.to_stage, ft.from_stage, c.stage) AS stage,
                       coalesce(lt.transitioned_at, c.first_contact_at, c.stage_entered_at) AS entered_at
                  FROM crm_contacts c
                  LEFT JOIN LATERAL (
                        SELECT t.to_stage, t.transitioned_at FROM actp_stage_transitions t
                         WHERE t.contact_id = c.id AND t.transitioned_at <= :asOf
                         ORDER BY t.transitioned_at DESC LIMIT 1) lt ON true
                  LEFT JOIN LATERAL (
                        SELECT t.from_stage FROM actp_stage_transitions t
                         WHERE t.contact_id = c.id
                         ORDER BY t.transitioned_at, t.id LIMIT 1) ft ON true
                 WHERE c.stage_entered_at > :asOf AND (c.first_contact_at IS NULL OR c.first_contact_at <= :asOf)
            )""";

    static final String OPEN_STAGES = "('cold','awareness','consideration','decision','call_booked')";

    private ContactStateSql() {
    }
}
