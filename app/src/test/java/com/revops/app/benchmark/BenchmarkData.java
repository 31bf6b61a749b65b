package com.revops.app.benchmark;

import org.jdbi.v3.core.Handle;

import com.revops.integrations.db.Database;

/**
 * The large dataset of SPEC §10, generated inside PostgreSQL with generate_series (seconds, not minutes):
 * for N contacts (100,000 in SPEC §10, and three times that) with transition history, 2N revenue events,
 * 10N email sends, 20N engagement rows and 5N credit-usage rows, spread over the year before {@code :asOf}.
 */
final class BenchmarkData {
    private BenchmarkData() {
    }

    static void generate(Database db, String asOf, int contacts) {
        db.jdbi().useHandle(h -> {
            h.execute("SET LOCAL synchronous_commit = off");
            step(h, "contacts", """
                    INSERT INTO crm_contacts (external_id, name, platform, niche, offer_tag, stage, stage_entered_at, first_contact_at,
                                              last_interaction_at, score)
                    SELECT 'b-' || g, 'Contact ' || g,
                           (ARRAY['twitter','linkedin','tiktok','instagram','threads','email'])[1 + g % 6],
                           (ARRAY['saas','ecommerce','coaching','agencies','creators'])[1 + g % 5],
                           CASE WHEN g % 13 = 0 THEN NULL ELSE
                               (ARRAY['safari_automation','creator_growth','ai_automation','personal_brand'])[1 + g % 4] END,
                           (ARRAY['cold','cold','cold','awareness','awareness','consideration','decision','call_booked','closed_won',
                                  'closed_lost','closed_lost','closed_lost'])[1 + g % 12],
                           CAST(:asOf AS timestamptz) - (g % 40) * interval '1 day',
                           CAST(:asOf AS timestamptz) - (60 + g % 300) * interval '1 day',
                           CAST(:asOf AS timestamptz) - (g % 20) * interval '1 day',
                           g % 100
                      FROM generate_series(1, :contacts) g""", asOf, contacts);
            step(h, "transitions", """
                    INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                    SELECT c.id, s.from_stage, s.to_stage,
                           c.first_contact_at + (s.n * 7 + (hashtext(c.external_id) & 7)) * interval '1 day'
                      FROM crm_contacts c
                      CROSS JOIN LATERAL (
                           SELECT n, (ARRAY['cold','awareness','consideration','decision','call_booked'])[n] AS from_stage,
                                  (ARRAY['awareness','consideration','decision','call_booked','closed_won'])[n] AS to_stage
                             FROM generate_series(1, greatest(0, revops_stage_rank(c.stage))) n) s
                     WHERE c.external_id LIKE 'b-%'""", asOf, contacts);
            step(h, "revenue events", """
                    INSERT INTO actp_revenue_events (contact_id, event_type, offer_tag, amount, platform_source, niche_source, days_to_close,
                                                     closed_at)
                    SELECT (SELECT id FROM crm_contacts WHERE external_id = 'b-' || (1 + g % :contacts)),
                           (ARRAY['deal_won','recurring_payment','recurring_payment','upsell','churn'])[1 + g % 5],
                           (ARRAY['safari_automation','creator_growth','ai_automation','personal_brand'])[1 + g % 4],
                           (ARRAY[2500, 297, 497, 750, 297])[1 + g % 5],
                           (ARRAY['twitter','linkedin','tiktok','instagram','threads','email'])[1 + g % 6],
                           (ARRAY['saas','ecommerce','coaching','agencies','creators'])[1 + g % 5],
                           20 + g % 60,
                           CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second'
                      FROM generate_series(1, 2 * :contacts) g""", asOf, contacts);
            step(h, "email sends", """
                    INSERT INTO actp_email_sends (subject, status, sent_at, opened_at, replied_at)
                    SELECT 'Subject ' || (g % 50), 'sent', CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day' - (g % 3600) * interval '1 second',
                           CASE WHEN g % 3 = 0 THEN CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day' END,
                           CASE WHEN g % 12 = 0 THEN CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day' END
                      FROM generate_series(1, 10 * :contacts) g""", asOf, contacts);
            step(h, "engagement", """
                    INSERT INTO actp_engagement_log (platform, engagement_type, post_id, offer_tag, niche, created_at)
                    SELECT (ARRAY['twitter','linkedin','tiktok','instagram','threads'])[1 + g % 5],
                           (ARRAY['like','reply','click','follow','dm_start'])[1 + g % 5], 'post_' || (g % 5000),
                           (ARRAY['safari_automation','creator_growth','ai_automation','personal_brand'])[1 + g % 4],
                           (ARRAY['saas','ecommerce','coaching','agencies','creators'])[1 + g % 5],
                           CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day'
                      FROM generate_series(1, 20 * :contacts) g""", asOf, contacts);
            step(h, "credit usage", """
                    INSERT INTO actp_credit_usage (task_type, model, input_tokens, output_tokens, cost_usd, offer_tag, created_at)
                    SELECT (ARRAY['draft_generation','content_review','research_synthesis','architecture_planning'])[1 + g % 4],
                           (ARRAY['haiku','haiku','sonnet','opus'])[1 + g % 4], 2000 + g % 5000, 300 + g % 900,
                           CASE WHEN g % 20 = 0 THEN NULL ELSE (0.001 * (1 + g % 30))::numeric(10,4) END,
                           CASE WHEN g % 3 = 0 THEN (ARRAY['safari_automation','creator_growth','ai_automation','personal_brand'])[1 + g % 4] END,
                           CAST(:asOf AS timestamptz) - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second'
                      FROM generate_series(1, 5 * :contacts) g""", asOf, contacts);
            h.execute("ANALYZE");
        });
    }

    private static void step(Handle h, String what, String sql, String asOf, int contacts) {
        long start = System.nanoTime();
        var update = h.createUpdate(sql);
        if (sql.contains(":asOf")) {
            update.bind("asOf", asOf);
        }
        if (sql.contains(":contacts")) {
            update.bind("contacts", contacts);
        }
        int rows = update.execute();
        System.out.printf("  generated %-15s %,10d rows in %6.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }
}
