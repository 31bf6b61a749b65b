package com.revops.app.console.email;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.Fixtures;

/**
 * One sequence of two steps. This week (2 days before as_of): step 1, 20 sent, 10 opened, 4 clicked, 2 replied.
 * Last week (9 days before): step 2, 25 sent, 15 opened, 5 clicked, 5 replied.
 */
final class EmailFixtures {
    private EmailFixtures() {
    }

    static void load(Database db, Instant asOf) {
        UUID contact = new Fixtures(db).contact("c-mail", "cold", asOf, asOf, null);
        UUID sequence = db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_email_sequences (name, trigger, steps, active) VALUES ('Trial onboarding', 'trial_started',
                          '[{"day": 1, "template": "feature_highlight"}, {"day": 3, "template": "conversion_nudge"}]'::jsonb, true)
                        RETURNING id""").mapTo(UUID.class).one());
        sends(db, sequence, contact, 1, asOf.minus(Duration.ofDays(2)), 20, 10, 4, 2);
        sends(db, sequence, contact, 2, asOf.minus(Duration.ofDays(9)), 25, 15, 5, 5);
    }

    private static void sends(Database db, UUID sequence, UUID contact, int step, Instant at, int count, int opened, int clicked, int replied) {
        for (int i = 0; i < count; i++) {
            int n = i;
            db.jdbi().useHandle(h -> h.createUpdate("""
                            INSERT INTO actp_email_sends (sequence_id, contact_id, step_number, subject, status, sent_at, opened_at, clicked_at, replied_at)
                            VALUES (:s, :c, :step, 'x', 'delivered', :at, :o, :k, :r)""")
                    .bind("s", sequence).bind("c", contact).bind("step", step).bind("at", SqlTime.bind(at))
                    .bind("o", n < opened ? SqlTime.bind(at.plusSeconds(60)) : null)
                    .bind("k", n < clicked ? SqlTime.bind(at.plusSeconds(90)) : null)
                    .bind("r", n < replied ? SqlTime.bind(at.plusSeconds(120)) : null).execute());
        }
    }
}
