package com.revops.integrations.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.telegram.TelegramMessages;

/**
 * The persistent notification outbox (SPEC §8). A message is written here first — split into
 * Telegram-sized parts, each with an idempotency key, so the same brief or alert is never queued
 * twice — and delivered oldest first by {@link #deliverDue} (the parts of one message in order; a
 * message waiting to retry does not hold back the others). A delivery that fails is retried with
 * exponential backoff; nothing is lost across restarts, and only one process delivers at a time
 * (a PostgreSQL advisory lock), so nothing is sent twice.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long DELIVERY_LOCK = 0x5245564F5053L; // "REVOPS"
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);

    private final Jdbi jdbi;

    public Outbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Queues a message; returns false when a message with this key was queued before (nothing changes). */
    public boolean enqueue(String idempotencyKey, String kind, String body, Instant now) {
        List<String> parts = TelegramMessages.split(body);
        return jdbi.inTransaction(h -> {
            boolean first = true;
            boolean inserted = false;
            for (int i = 0; i < parts.size(); i++) {
                String key = i == 0 ? idempotencyKey : idempotencyKey + "#" + (i + 1);
                int rows = h.createUpdate("""
                                INSERT INTO revops_outbox (idempotency_key, kind, body, next_attempt_at, created_at)
                                VALUES (:key, :kind, :body, :now, :now)
                                ON CONFLICT (idempotency_key) DO NOTHING""")
                        .bind("key", key).bind("kind", kind).bind("body", parts.get(i)).bind("now", SqlTime.bind(now))
                        .execute();
                if (first) {
                    inserted = rows > 0;
                    if (!inserted) {
                        return false;
                    }
                    first = false;
                }
            }
            return inserted;
        });
    }

    /**
     * Sends what is due, oldest first, through {@code sender}; stops at the first failure (the
     * service is likely down). Returns what happened. Does nothing when another process is delivering.
     */
    public DeliveryReport deliverDue(MessageSender sender, Instant now, int max) {
        return jdbi.withHandle(h -> {
            boolean locked = h.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", DELIVERY_LOCK).mapTo(Boolean.class).one();
            if (!locked) {
                return new DeliveryReport(0, 0, Optional.of("another copy of the app is delivering"));
            }
            try {
                return deliver(h, sender, now, max);
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", DELIVERY_LOCK).mapTo(Boolean.class).one();
            }
        });
    }

    private DeliveryReport deliver(Handle h, MessageSender sender, Instant now, int max) {
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < max; i++) {
            // the oldest due message whose earlier parts (same key before '#') have all gone out
            Optional<Map<String, Object>> head = h.createQuery("""
                            SELECT o.id, o.body, o.attempts FROM revops_outbox o
                             WHERE o.status = 'pending' AND o.next_attempt_at <= :now
                               AND NOT EXISTS (SELECT 1 FROM revops_outbox p
                                                WHERE p.status = 'pending' AND p.id < o.id
                                                  AND split_part(p.idempotency_key, '#', 1) = split_part(o.idempotency_key, '#', 1))
                             ORDER BY o.id LIMIT 1""")
                    .bind("now", SqlTime.bind(now)).mapToMap().findOne();
            if (head.isEmpty()) {
                return new DeliveryReport(sent, failed, Optional.empty());
            }
            long id = ((Number) head.get().get("id")).longValue();
            int attempts = ((Number) head.get().get("attempts")).intValue() + 1;
            try {
                String externalId = sender.send((String) head.get().get("body"));
                h.createUpdate("""
                                UPDATE revops_outbox SET status = 'sent', attempts = :a, sent_at = :now,
                                       external_message_id = :ext, last_error = NULL WHERE id = :id""")
                        .bind("a", attempts).bind("now", SqlTime.bind(now)).bind("ext", externalId).bind("id", id).execute();
                sent++;
            } catch (ServiceException e) {
                if (e.retryable()) {
                    Duration wait = backoff(attempts);
                    h.createUpdate("""
                                    UPDATE revops_outbox SET attempts = :a, last_error = :err, next_attempt_at = :next WHERE id = :id""")
                            .bind("a", attempts).bind("err", e.getMessage()).bind("next", SqlTime.bind(now.plus(wait)))
                            .bind("id", id).execute();
                    LOG.warn("Delivery of outbox message {} failed (attempt {}), retrying in {}: {}", id, attempts, wait, e.getMessage());
                    return new DeliveryReport(sent, failed, Optional.of(e.getMessage()));
                }
                h.createUpdate("UPDATE revops_outbox SET status = 'failed', attempts = :a, last_error = :err WHERE id = :id")
                        .bind("a", attempts).bind("err", e.getMessage()).bind("id", id).execute();
                LOG.error("Outbox message {} was refused and needs attention: {}", id, e.getMessage());
                failed++;
            }
        }
        return new DeliveryReport(sent, failed, Optional.empty());
    }

    /** 30 s, 1 min, 2 min, … capped at one hour. */
    static Duration backoff(int attempts) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    /** Puts failed messages (or one) back in the queue, due now ("retry" on the Jobs screen). */
    public int retry(Optional<Long> id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE revops_outbox SET status = 'pending', next_attempt_at = :now
                         WHERE (status = 'failed' OR (status = 'pending' AND next_attempt_at > :now))
                           AND (CAST(:id AS bigint) IS NULL OR id = :id)""")
                .bind("now", SqlTime.bind(now)).bind("id", id.orElse(null)).execute());
    }

    /** Where the message queued under {@code key} stands: its status (all its parts sent → "sent") and last error. */
    public Optional<MessageState> state(String key) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT CASE WHEN bool_and(status = 'sent') THEN 'sent'
                                    WHEN bool_or(status = 'failed') THEN 'failed' ELSE 'pending' END AS status,
                               max(last_error) AS last_error, count(*) AS parts
                          FROM revops_outbox WHERE idempotency_key = :key OR idempotency_key LIKE :parts
                        HAVING count(*) > 0""")
                .bind("key", key).bind("parts", key.replace("%", "\\%").replace("_", "\\_") + "#%")
                .map((rs, ctx) -> new MessageState(rs.getString("status"), Optional.ofNullable(rs.getString("last_error"))))
                .findOne());
    }

    public Counts counts() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
                               count(*) FILTER (WHERE status = 'sent') AS sent,
                               count(*) FILTER (WHERE status = 'failed') AS failed,
                               max(last_error) FILTER (WHERE status <> 'sent') AS last_error
                          FROM revops_outbox""")
                .map((rs, ctx) -> new Counts(rs.getLong("pending"), rs.getLong("sent"), rs.getLong("failed"),
                        Optional.ofNullable(rs.getString("last_error"))))
                .one());
    }

    public List<OutboxMessage> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, idempotency_key, kind, body, status, attempts, next_attempt_at, last_error,
                               external_message_id, created_at, sent_at
                          FROM revops_outbox ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new OutboxMessage(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("kind"),
                        rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                        SqlTime.read(rs, "next_attempt_at").orElseThrow(), Optional.ofNullable(rs.getString("last_error")),
                        Optional.ofNullable(rs.getString("external_message_id")), SqlTime.read(rs, "created_at").orElseThrow(),
                        SqlTime.read(rs, "sent_at")))
                .list());
    }

    /** Sends one queued message; returns the service's id for it. Throws {@link ServiceException}. */
    @FunctionalInterface
    public interface MessageSender {
        String send(String body);
    }

    public record DeliveryReport(int sent, int failed, Optional<String> stoppedBy) {
    }

    /** A queued message's status: "pending", "sent" or "failed", and why it is not sent yet. */
    public record MessageState(String status, Optional<String> lastError) {
        /** A dry run queued the message in its own transaction and sent nothing. */
        public static final MessageState DRY_RUN = new MessageState("dry_run", Optional.empty());

        public boolean dryRun() {
            return this == DRY_RUN || "dry_run".equals(status);
        }

        public boolean sent() {
            return "sent".equals(status);
        }
    }

    public record Counts(long pending, long sent, long failed, Optional<String> lastError) {
    }

    public record OutboxMessage(long id, String key, String kind, String body, String status, int attempts, Instant nextAttemptAt,
                                Optional<String> lastError, Optional<String> externalId, Instant createdAt, Optional<Instant> sentAt) {
    }
}
