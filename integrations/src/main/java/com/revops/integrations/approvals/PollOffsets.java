package com.revops.integrations.approvals;

import java.time.Instant;

import org.jdbi.v3.core.Handle;

import com.revops.integrations.db.SqlTime;

/** The SQL of {@code revops_telegram_poll}: the next update to ask Telegram for, per bot. */
final class PollOffsets {
    private PollOffsets() {
    }

    static long next(Handle h, String bot, Instant now) {
        h.createUpdate("""
                        INSERT INTO revops_telegram_poll (bot_id, next_offset, polled_at) VALUES (:bot, 0, :now)
                        ON CONFLICT (bot_id) DO NOTHING""")
                .bind("bot", bot).bind("now", SqlTime.bind(now)).execute();
        return h.createQuery("SELECT next_offset FROM revops_telegram_poll WHERE bot_id = :bot").bind("bot", bot)
                .mapTo(Long.class).one();
    }

    /**
     * Claims update {@code updateId}: moves the offset past it, unless it already is (handled before).
     * Committed before the update is handled, so a crash while handling it loses that one press —
     * pressed again, it is a new update — and never handles one twice.
     */
    static boolean claim(Handle h, String bot, long updateId, Instant now) {
        return h.createUpdate("""
                        UPDATE revops_telegram_poll SET next_offset = :next, polled_at = :now
                         WHERE bot_id = :bot AND next_offset <= :update""")
                .bind("next", updateId + 1).bind("now", SqlTime.bind(now)).bind("bot", bot).bind("update", updateId)
                .execute() == 1;
    }

    static void polled(Handle h, String bot, Instant now) {
        h.createUpdate("UPDATE revops_telegram_poll SET polled_at = :now WHERE bot_id = :bot")
                .bind("now", SqlTime.bind(now)).bind("bot", bot).execute();
    }
}
