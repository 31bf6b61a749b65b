package com.revops.app.console.jobs;

import java.time.Instant;
import java.util.Optional;

import com.revops.integrations.notify.Outbox;

/** A message of the Telegram outbox: status, attempts, when it is tried next, its last error and its first line. */
public record OutboxRow(long id, String kind, String status, int attempts, Optional<Instant> nextAttempt, Optional<String> lastError,
                        Instant createdAt, Optional<Instant> sentAt, String firstLine) {

    static OutboxRow of(Outbox.OutboxMessage m) {
        return new OutboxRow(m.id(), m.kind(), m.waitingForConfiguration() ? "waiting" : m.status(), m.attempts(),
                "pending".equals(m.status()) && !m.waitingForConfiguration() ? Optional.of(m.nextAttemptAt()) : Optional.empty(),
                m.lastError(), m.createdAt(), m.sentAt(), (m.resent() ? Outbox.RESENT_MARK : "") + firstLine(m.body()));
    }

    /** Whether "Retry" applies: refused, or waiting for its next attempt. */
    public boolean retryable() {
        return "failed".equals(status) || "pending".equals(status) && attempts > 0;
    }

    /**
     * The first two non-blank lines of a Telegram HTML body ("title — what happened"), without tags,
     * entities or emoji (which some desktop fonts cannot draw).
     */
    static String firstLine(String html) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : html.split("\n")) {
            String text = line.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("[\\p{So}\\p{Cs}\\x{FE0F}\\x{200D}]", "").strip();
            if (!text.isEmpty() && lines.size() < 2) {
                lines.add(text);
            }
        }
        String text = String.join(" — ", lines);
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }
}
