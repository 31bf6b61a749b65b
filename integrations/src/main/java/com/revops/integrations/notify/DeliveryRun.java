package com.revops.integrations.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.ServiceException;

/**
 * One delivery run of the {@link Outbox}, on a handle that holds the delivery lock: first the
 * interrupted sends of a process that died, then the due messages, oldest first, each claimed
 * (committed) before its request goes out (decision 0029).
 */
final class DeliveryRun {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Handle h;
    private final Outbox.MessageSender sender;
    private final Instant now;
    private final Duration lease;

    DeliveryRun(Handle h, Outbox.MessageSender sender, Instant now, Duration lease) {
        this.h = h;
        this.sender = sender;
        this.now = now;
        this.lease = lease;
    }

    /**
     * Claims older than the lease, seen while holding the delivery lock, belong to a process that died
     * during its request: sent again once (marked), or failed when that was the resend already.
     */
    private void reclaimInterrupted() {
        List<Map<String, Object>> interrupted = h.createQuery("""
                        SELECT id, resent FROM revops_outbox
                         WHERE status = 'sending' AND claimed_at < now() - CAST(:lease AS interval) ORDER BY id""")
                .bind("lease", lease.toMillis() + " milliseconds").mapToMap().list();
        for (Map<String, Object> row : interrupted) {
            long id = ((Number) row.get("id")).longValue();
            if (Boolean.TRUE.equals(row.get("resent"))) {
                h.createUpdate("""
                                UPDATE revops_outbox SET status = 'failed', claimed_at = NULL,
                                       last_error = 'the app stopped twice while sending this message; it may have reached Telegram: '
                                                    || 'check the chat, then retry it from the Jobs screen if it did not'
                                 WHERE id = :id""").bind("id", id).execute();
                LOG.warn("Outbox message {} was interrupted twice while sending; not sent again", id);
            } else {
                h.createUpdate("""
                                UPDATE revops_outbox SET status = 'pending', claimed_at = NULL, resent = true, next_attempt_at = :now,
                                       last_error = 'the app stopped while sending this message; it goes out again, marked (resent)'
                                 WHERE id = :id""").bind("id", id).bind("now", SqlTime.bind(now)).execute();
                LOG.warn("Outbox message {} was interrupted while sending; it is sent again, marked as a resend", id);
            }
        }
    }

    Outbox.DeliveryReport run(int max) {
        reclaimInterrupted();
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < max; i++) {
            // the oldest due message whose earlier parts (same key before '#') have all gone out
            Optional<Map<String, Object>> head = h.createQuery("""
                            SELECT o.id, o.body, o.resent, o.reply_markup FROM revops_outbox o
                             WHERE o.status = 'pending' AND o.next_attempt_at <= :now
                               AND NOT EXISTS (SELECT 1 FROM revops_outbox p
                                                WHERE p.status IN ('pending', 'sending') AND p.id < o.id
                                                  AND split_part(p.idempotency_key, '#', 1) = split_part(o.idempotency_key, '#', 1))
                             ORDER BY o.id LIMIT 1""")
                    .bind("now", SqlTime.bind(now)).mapToMap().findOne();
            if (head.isEmpty()) {
                return new Outbox.DeliveryReport(sent, failed, Optional.empty());
            }
            long id = ((Number) head.get().get("id")).longValue();
            String body = (String) head.get().get("body");
            boolean resend = Boolean.TRUE.equals(head.get().get("resent"));
            // the claim is committed before the request: a crash during it leaves the message 'sending'
            h.createUpdate("UPDATE revops_outbox SET status = 'sending', claimed_at = now(), attempts = attempts + 1 WHERE id = :id")
                    .bind("id", id).execute();
            try {
                String externalId = sender.send(resend ? Outbox.RESENT_MARK + body : body,
                        Optional.ofNullable((String) head.get().get("reply_markup")));
                h.createUpdate("""
                                UPDATE revops_outbox SET status = 'sent', claimed_at = NULL, sent_at = :now,
                                       external_message_id = :ext, last_error = NULL WHERE id = :id""")
                        .bind("now", SqlTime.bind(now)).bind("ext", externalId).bind("id", id).execute();
                sent++;
            } catch (ServiceException e) {
                Optional<Outbox.DeliveryReport> stop = settle(id, e, sent, failed);
                if (stop.isPresent()) {
                    return stop.get();
                }
                failed++;
            } catch (RuntimeException e) {
                release(id);
                throw e;
            }
        }
        return new Outbox.DeliveryReport(sent, failed, Optional.empty());
    }

    /** Records a failed send; returns the report to stop with, or empty when only this message failed (refused). */
    private Optional<Outbox.DeliveryReport> settle(long id, ServiceException e, int sent, int failed) {
        if (e.configuration()) {
            // not this message's fault, nor Telegram's: it waits, unchanged, for the settings to be fixed
            h.createUpdate("""
                            UPDATE revops_outbox SET status = 'pending', claimed_at = NULL, attempts = attempts - 1, last_error = :err
                             WHERE id = :id""")
                    .bind("err", Outbox.WAITING_FOR_CONFIGURATION + e.getMessage()).bind("id", id).execute();
            LOG.warn("Outbox delivery waits for the settings to be fixed: {}", e.getMessage());
            return Optional.of(Outbox.DeliveryReport.halted(sent, failed, Outbox.Halt.WAITING_FOR_CONFIGURATION, e.getMessage()));
        }
        if (e.retryable()) {
            int attempts = h.createQuery("SELECT attempts FROM revops_outbox WHERE id = :id").bind("id", id).mapTo(Integer.class).one();
            Duration wait = Outbox.backoff(attempts);
            h.createUpdate("""
                            UPDATE revops_outbox SET status = 'pending', claimed_at = NULL, last_error = :err, next_attempt_at = :next
                             WHERE id = :id""")
                    .bind("err", e.getMessage()).bind("next", SqlTime.bind(now.plus(wait))).bind("id", id).execute();
            LOG.warn("Delivery of outbox message {} failed (attempt {}), retrying in {}: {}", id, attempts, wait, e.getMessage());
            return Optional.of(Outbox.DeliveryReport.halted(sent, failed, Outbox.Halt.UNAVAILABLE, e.getMessage()));
        }
        h.createUpdate("UPDATE revops_outbox SET status = 'failed', claimed_at = NULL, last_error = :err WHERE id = :id")
                .bind("err", e.getMessage()).bind("id", id).execute();
        LOG.error("Outbox message {} was refused and needs attention: {}", id, e.getMessage());
        return Optional.empty();
    }

    /** An unexpected failure before the request went out: the claim is given back. */
    private void release(long id) {
        h.createUpdate("UPDATE revops_outbox SET status = 'pending', claimed_at = NULL, attempts = attempts - 1 WHERE id = :id")
                .bind("id", id).execute();
    }
}
