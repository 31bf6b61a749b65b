package com.revops.integrations.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramMessages;

/**
 * The persistent notification outbox (SPEC §8). A message is written here first — split into
 * Telegram-sized parts, each with an idempotency key, so the same brief or alert is never queued
 * twice — and delivered oldest first by {@link #deliverDue} (the parts of one message in order; a
 * message waiting to retry does not hold back the others). Only one process delivers at a time (a
 * PostgreSQL advisory lock). What can go wrong, and what happens (decision 0029):
 * <ul>
 * <li>Telegram down or busy: the message stays pending and is retried with exponential backoff.</li>
 * <li>The settings are wrong (no URL, unknown token or chat): nothing is failed or backed off; the
 * messages wait, "waiting for configuration: …", and go out at the first delivery after the fix.</li>
 * <li>Telegram refuses the message itself: that message is failed (retry from the Jobs screen); the
 * others go on.</li>
 * <li>The process dies during the request: the claim committed before it ({@code sending}) outlives
 * the lease; the next deliverer sends the message once more, marked "(resent)". A resend interrupted
 * again is not repeated: it is failed, for the operator to check the chat.</li>
 * </ul>
 */
public final class Outbox {
    private static final long DELIVERY_LOCK = 0x5245564F5053L; // "REVOPS"
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** How long a claim protects a message in flight: well over a request's own limit, so the request is over by then. */
    public static final Duration LEASE = TelegramClient.REQUEST_TIMEOUT.multipliedBy(4);
    /** What the operator reads on a message that waits for the settings to be fixed. */
    public static final String WAITING_FOR_CONFIGURATION = "waiting for configuration: ";
    /** The mark on a message sent again after an interrupted send. */
    public static final String RESENT_MARK = "(resent) ";

    private final Jdbi jdbi;
    private final Duration lease;

    public Outbox(Jdbi jdbi) {
        this(jdbi, LEASE);
    }

    /** {@code lease}: how old a claim must be before it counts as interrupted (tests use a short one). */
    public Outbox(Jdbi jdbi, Duration lease) {
        this.jdbi = jdbi;
        this.lease = lease;
    }

    /** Queues a message; returns false when a message with this key was queued before (nothing changes). */
    public boolean enqueue(String idempotencyKey, String kind, String body, Instant now) {
        return enqueue(idempotencyKey, kind, body, Optional.empty(), now);
    }

    /** Queues a message with inline buttons ({@code reply_markup} JSON), which go with its last part. */
    public boolean enqueue(String idempotencyKey, String kind, String body, Optional<String> replyMarkup, Instant now) {
        // room for the resend mark, so a part sent again still fits Telegram's limit
        List<String> parts = TelegramMessages.split(body, TelegramMessages.LIMIT - RESENT_MARK.length());
        return jdbi.inTransaction(h -> {
            boolean first = true;
            boolean inserted = false;
            for (int i = 0; i < parts.size(); i++) {
                String key = i == 0 ? idempotencyKey : idempotencyKey + "#" + (i + 1);
                int rows = h.createUpdate("""
                                INSERT INTO revops_outbox (idempotency_key, kind, body, reply_markup, next_attempt_at, created_at)
                                VALUES (:key, :kind, :body, :markup, :now, :now)
                                ON CONFLICT (idempotency_key) DO NOTHING""")
                        .bind("key", key).bind("kind", kind).bind("body", parts.get(i))
                        .bind("markup", i == parts.size() - 1 ? replyMarkup.orElse(null) : null).bind("now", SqlTime.bind(now))
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
     * Sends what is due, oldest first, through {@code sender}; stops when the service is down or the
     * settings are wrong. Returns what happened. Does nothing when another process is delivering.
     */
    public DeliveryReport deliverDue(MessageSender sender, Instant now, int max) {
        return jdbi.withHandle(h -> {
            boolean locked = h.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", DELIVERY_LOCK).mapTo(Boolean.class).one();
            if (!locked) {
                return DeliveryReport.halted(0, 0, Halt.ANOTHER_PROCESS, "another RevOps process is delivering");
            }
            try {
                return new DeliveryRun(h, sender, now, lease).run(max);
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", DELIVERY_LOCK).mapTo(Boolean.class).one();
            }
        });
    }

    /**
     * Telegram is not configured at all: the pending messages say so (once), and wait.
     * Returns how many were newly marked.
     */
    public int markWaitingForConfiguration(String reason) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE revops_outbox SET last_error = :err WHERE status = 'pending' AND last_error IS DISTINCT FROM :err""")
                .bind("err", WAITING_FOR_CONFIGURATION + reason).execute());
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
                        SELECT count(*) FILTER (WHERE status IN ('pending', 'sending')) AS pending,
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
                               external_message_id, created_at, sent_at, resent
                          FROM revops_outbox ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new OutboxMessage(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("kind"),
                        rs.getString("body"), rs.getString("status"), rs.getInt("attempts"),
                        SqlTime.read(rs, "next_attempt_at").orElseThrow(), Optional.ofNullable(rs.getString("last_error")),
                        Optional.ofNullable(rs.getString("external_message_id")), SqlTime.read(rs, "created_at").orElseThrow(),
                        SqlTime.read(rs, "sent_at"), rs.getBoolean("resent")))
                .list());
    }

    /** Sends one queued message; returns the service's id for it. Throws {@link ServiceException}. */
    @FunctionalInterface
    public interface MessageSender {
        String send(String body);

        /** A message with inline buttons; a sender that cannot send them refuses it rather than drop the buttons. */
        default String send(String body, Optional<String> replyMarkup) {
            if (replyMarkup.isPresent()) {
                throw new ServiceException("Telegram", "this sender cannot send buttons", false);
            }
            return send(body);
        }
    }

    /** Why a delivery run stopped before the queue was empty. */
    public enum Halt {
        /** Another process holds the delivery lock: it sends these messages. */
        ANOTHER_PROCESS,
        /** Telegram is not configured: everything waits. */
        NOT_CONFIGURED,
        /** The settings are wrong (Telegram said so): everything waits for the fix. */
        WAITING_FOR_CONFIGURATION,
        /** Telegram is down or busy: retried with backoff. */
        UNAVAILABLE,
        /** A dry run sends nothing. */
        DRY_RUN
    }

    /** What a delivery run did: messages sent, refused (failed), and why it stopped early, if it did. */
    public record DeliveryReport(int sent, int failed, Optional<Halt> halt, Optional<String> reason) {
        public DeliveryReport(int sent, int failed, Optional<String> stoppedBy) {
            this(sent, failed, stoppedBy.map(r -> Halt.UNAVAILABLE), stoppedBy);
        }

        public static DeliveryReport halted(int sent, int failed, Halt halt, String reason) {
            return new DeliveryReport(sent, failed, Optional.of(halt), Optional.of(reason));
        }

        /** The reason the run stopped early, in words. */
        public Optional<String> stoppedBy() {
            return reason;
        }
    }

    /** A queued message's status: "pending", "sent" or "failed", and why it is not sent yet. */
    public record MessageState(String status, Optional<String> lastError) {
        public boolean sent() {
            return "sent".equals(status);
        }
    }

    public record Counts(long pending, long sent, long failed, Optional<String> lastError) {
    }

    public record OutboxMessage(long id, String key, String kind, String body, String status, int attempts, Instant nextAttemptAt,
                                Optional<String> lastError, Optional<String> externalId, Instant createdAt, Optional<Instant> sentAt,
                                boolean resent) {
        /** True while it waits for Telegram's settings to be fixed (or to be made at all). */
        public boolean waitingForConfiguration() {
            return "pending".equals(status) && lastError.filter(e -> e.startsWith(WAITING_FOR_CONFIGURATION)).isPresent();
        }
    }
}
