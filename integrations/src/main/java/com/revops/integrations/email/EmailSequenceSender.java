package com.revops.integrations.email;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.resend.ResendClient;

/**
 * Sends the due steps of the sequences the operator activated (PRD-019 §4.8) through Resend. A
 * contact is enrolled by its sequence's trigger at or after the activation — {@code trial_started}:
 * its first {@code trial} attribution event; {@code subscription_churned}: its first churn;
 * {@code weekly_warm_leads}: being in consideration, decision or call_booked — and a step is due
 * {@code day} days after that (a {@code "repeat": "weekly"} step once every ISO week after). Each
 * send is claimed first in {@code actp_email_sends} under the key contact × sequence × step (× week),
 * then sent with that key as Resend's {@code Idempotency-Key}: a send is never made twice, and one
 * that failed is tried again with the same key. Addresses on the unsubscribe list get nothing.
 */
public final class EmailSequenceSender {
    private final Jdbi jdbi;
    private final ZoneId zone;

    public EmailSequenceSender(Jdbi jdbi, ZoneId zone) {
        this.jdbi = jdbi;
        this.zone = zone;
    }

    /** Sends what is due at {@code now}; returns what happened. */
    public Report sendDue(ResendClient resend, Instant now) {
        List<String> skipped = new ArrayList<>();
        int sent = 0;
        int failed = 0;
        for (DueEmail due : due(now)) {
            if (due.subject().isEmpty() || due.text().isEmpty() && due.html().isEmpty()) {
                String note = "step " + due.step() + " of " + due.sequence() + " has no subject or no text/html: not sent";
                if (!skipped.contains(note)) {
                    skipped.add(note);
                }
                continue;
            }
            if (!claim(due)) {
                continue;
            }
            try {
                String id = resend.send(due.email(), due.fill(due.subject().get()), due.text().map(due::fill).orElse(null),
                        due.html().map(due::fill).orElse(null), due.idempotencyKey());
                record(due, "sent", id, null, now);
                sent++;
            } catch (ServiceException e) {
                record(due, "failed", null, e.getMessage(), now);
                failed++;
                if (!e.retryable()) {
                    skipped.add("stopped: " + e.getMessage());
                    break;
                }
            }
        }
        return new Report(sent, failed, List.copyOf(skipped));
    }

    /** The due sends not yet made, for contacts with an email that is not unsubscribed. */
    List<DueEmail> due(Instant now) {
        String week = now.atZone(zone).get(IsoFields.WEEK_BASED_YEAR) + "-W" + now.atZone(zone).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return DatabaseErrors.withHandle(jdbi, "Finding the due emails", h -> h.createQuery("""
                        WITH seq AS (
                            SELECT s.id, s.name, s.trigger, s.activated_at, st.step, st.n::int AS n
                              FROM actp_email_sequences s, jsonb_array_elements(s.steps) WITH ORDINALITY AS st(step, n)
                             WHERE s.active AND s.activated_at IS NOT NULL AND jsonb_typeof(s.steps) = 'array'
                        ), enrolled AS (
                            SELECT seq.*, e.contact_id, e.trigger_at FROM seq JOIN LATERAL (
                                SELECT crm_contact_id AS contact_id, min(created_at) AS trigger_at FROM actp_attribution_events
                                 WHERE seq.trigger = 'trial_started' AND event_type = 'trial' AND crm_contact_id IS NOT NULL GROUP BY 1
                                UNION ALL
                                SELECT contact_id, min(closed_at) FROM actp_revenue_events
                                 WHERE seq.trigger = 'subscription_churned' AND event_type = 'churn' AND contact_id IS NOT NULL GROUP BY 1
                                UNION ALL
                                SELECT id, seq.activated_at FROM crm_contacts
                                 WHERE seq.trigger = 'weekly_warm_leads' AND stage IN ('consideration', 'decision', 'call_booked')
                            ) e ON e.trigger_at >= seq.activated_at
                        )
                        SELECT e.id AS sequence_id, e.name, e.n, e.step ->> 'repeat' AS repeat, e.step ->> 'subject' AS subject,
                               e.step ->> 'text' AS text, e.step ->> 'html' AS html, c.id AS contact_id, lower(c.email) AS email,
                               coalesce(split_part(nullif(trim(c.name), ''), ' ', 1), 'there') AS first_name
                          FROM enrolled e JOIN crm_contacts c ON c.id = e.contact_id
                         WHERE c.email IS NOT NULL AND c.email LIKE '%@%'
                           AND NOT EXISTS (SELECT 1 FROM actp_email_unsubscribes u WHERE u.email = lower(c.email))
                           AND e.trigger_at + coalesce((e.step ->> 'day')::int, 0) * interval '1 day' <= :now
                         ORDER BY e.name, e.n, c.id""")
                .bind("now", SqlTime.bind(now))
                .map((rs, ctx) -> {
                    UUID sequence = rs.getObject("sequence_id", UUID.class);
                    UUID contact = rs.getObject("contact_id", UUID.class);
                    int step = rs.getInt("n");
                    String key = "email:" + contact + ":" + sequence + ":" + step + ("weekly".equals(rs.getString("repeat")) ? ":" + week : "");
                    return new DueEmail(sequence, rs.getString("name"), step, contact, rs.getString("email"), rs.getString("first_name"),
                            Optional.ofNullable(rs.getString("subject")), Optional.ofNullable(rs.getString("text")),
                            Optional.ofNullable(rs.getString("html")), key);
                })
                .list()
                .stream().filter(d -> !alreadySent(d.idempotencyKey())).toList());
    }

    private boolean alreadySent(String key) {
        return DatabaseErrors.withHandle(jdbi, "Reading email sends", h -> h.createQuery(
                        "SELECT count(*) > 0 FROM actp_email_sends WHERE idempotency_key = :k AND status NOT IN ('sending', 'failed')")
                .bind("k", key).mapTo(Boolean.class).one());
    }

    /** Writes the send before it is made (or finds the earlier failed attempt): true when it is to be sent now. */
    private boolean claim(DueEmail due) {
        return DatabaseErrors.inTransaction(jdbi, "Claiming an email send", h -> {
            h.createUpdate("""
                            INSERT INTO actp_email_sends (sequence_id, contact_id, step_number, subject, status, idempotency_key, to_email)
                            VALUES (:seq, :contact, :step, :subject, 'sending', :key, :to)
                            ON CONFLICT (idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
                    .bind("seq", due.sequenceId()).bind("contact", due.contactId()).bind("step", due.step())
                    .bind("subject", due.fill(due.subject().orElse(""))).bind("key", due.idempotencyKey()).bind("to", due.email()).execute();
            return h.createQuery("SELECT status IN ('sending', 'failed') FROM actp_email_sends WHERE idempotency_key = :k")
                    .bind("k", due.idempotencyKey()).mapTo(Boolean.class).one();
        });
    }

    private void record(DueEmail due, String status, String resendId, String error, Instant at) {
        DatabaseErrors.inTransaction(jdbi, "Recording an email send", h -> h.createUpdate("""
                        UPDATE actp_email_sends SET status = :status, resend_id = coalesce(:id, resend_id), error = :error,
                               sent_at = CASE WHEN :status = 'sent' THEN :at ELSE sent_at END,
                               last_event = CASE WHEN :status = 'sent' THEN 'sent' ELSE last_event END
                         WHERE idempotency_key = :key""")
                .bind("status", status).bind("id", resendId).bind("error", error).bind("at", SqlTime.bind(at))
                .bind("key", due.idempotencyKey()).execute());
    }

    /** Emails sent and failed in this run, and what was left out and why. */
    public record Report(int sent, int failed, List<String> notes) {
        public String describe() {
            return sent + " email(s) sent" + (failed == 0 ? "" : ", " + failed + " failed (retried next run)")
                    + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        }
    }
}
