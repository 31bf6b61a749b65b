package com.revops.integrations.email;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.resend.ResendClient;
import com.revops.integrations.analytics.SyncCounts;

/**
 * Reads each recent send's last event back from Resend ({@code GET /emails/{id}}) into
 * {@code actp_email_sends}: {@code opened} sets {@code opened_at}, {@code clicked} sets {@code
 * clicked_at} (and {@code opened_at} if unset), each at the poll that first saw it (Resend's email
 * carries no event times); a spam complaint puts the address on the unsubscribe list. Sends of the
 * last 14 days whose last event can still change are polled; all are read before anything is written.
 */
public final class EmailEventPoll {
    static final Duration WINDOW = Duration.ofDays(14);

    private final Jdbi jdbi;

    public EmailEventPoll(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SyncCounts poll(ResendClient resend, Instant now, boolean dryRun) {
        List<String[]> open = DatabaseErrors.withHandle(jdbi, "Reading email sends", h -> h.createQuery("""
                        SELECT resend_id, coalesce(last_event, '') AS last_event FROM actp_email_sends
                         WHERE resend_id IS NOT NULL AND sent_at >= :from
                           AND coalesce(last_event, '') NOT IN ('clicked', 'bounced', 'complained', 'failed')
                         ORDER BY sent_at""")
                .bind("from", SqlTime.bind(now.minus(WINDOW)))
                .map((rs, ctx) -> new String[] {rs.getString("resend_id"), rs.getString("last_event")}).list());
        List<String[]> changed = new ArrayList<>();
        for (String[] send : open) {
            String event = resend.lastEvent(send[0]);
            if (!event.equals(send[1])) {
                changed.add(new String[] {send[0], event});
            }
        }
        if (!dryRun) {
            DatabaseErrors.inTransaction(jdbi, "Saving email events", h -> {
                for (String[] c : changed) {
                    h.createUpdate("""
                                    UPDATE actp_email_sends SET last_event = :event, status = :event, polled_at = :now,
                                           opened_at = CASE WHEN :event IN ('opened', 'clicked') THEN coalesce(opened_at, :now) ELSE opened_at END,
                                           clicked_at = CASE WHEN :event = 'clicked' THEN coalesce(clicked_at, :now) ELSE clicked_at END
                                     WHERE resend_id = :id""")
                            .bind("event", c[1]).bind("now", SqlTime.bind(now)).bind("id", c[0]).execute();
                    if (c[1].equals("complained")) {
                        h.createUpdate("""
                                        INSERT INTO actp_email_unsubscribes (email, unsubscribed_at, reason)
                                        SELECT lower(to_email), :now, 'complained' FROM actp_email_sends WHERE resend_id = :id AND to_email IS NOT NULL
                                        ON CONFLICT (email) DO NOTHING""")
                                .bind("now", SqlTime.bind(now)).bind("id", c[0]).execute();
                    }
                }
                return changed.size();
            });
        }
        return new SyncCounts(0, changed.size(), open.size() - changed.size());
    }
}
