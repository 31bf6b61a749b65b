package com.revops.integrations.sync;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/** {@code revops_source_syncs}: each source's last pull — when, how it went, what it did — for Settings and {@code --status}. */
public final class SyncLog {
    private final Jdbi jdbi;

    public SyncLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void record(SourceSummary summary, Instant at) {
        String outcome = switch (summary.outcome()) {
            case OK -> "ok";
            case UNCONFIGURED -> "skipped";
            case FAILED -> "failed";
        };
        String text = summary.outcome() == SourceSummary.Outcome.OK ? summary.counts().describe() + " — " + summary.message() : summary.message();
        DatabaseErrors.inTransaction(jdbi, "Recording a pull", h -> h.createUpdate("""
                        INSERT INTO revops_source_syncs (source, last_run_at, last_ok_at, outcome, summary)
                        VALUES (:source, :at, CASE WHEN :outcome = 'ok' THEN :at END, :outcome, :summary)
                        ON CONFLICT (source) DO UPDATE SET last_run_at = excluded.last_run_at, outcome = excluded.outcome,
                            summary = excluded.summary, last_ok_at = coalesce(excluded.last_ok_at, revops_source_syncs.last_ok_at)""")
                .bind("source", summary.source()).bind("at", SqlTime.bind(at)).bind("outcome", outcome)
                .bind("summary", text.length() > 1000 ? text.substring(0, 1000) : text).execute());
    }

    /** The last pull of each source that has one. */
    public List<LastPull> lastPulls() {
        return DatabaseErrors.withHandle(jdbi, "Reading the last pulls", h -> h.createQuery(
                        "SELECT source, last_run_at, last_ok_at, outcome, summary FROM revops_source_syncs ORDER BY source")
                .map((rs, ctx) -> new LastPull(rs.getString("source"), SqlTime.read(rs, "last_run_at").orElseThrow(),
                        SqlTime.read(rs, "last_ok_at"), rs.getString("outcome").toUpperCase(Locale.ROOT), Optional.ofNullable(rs.getString("summary"))))
                .list());
    }

    public record LastPull(String source, Instant lastRunAt, Optional<Instant> lastOkAt, String outcome, Optional<String> summary) {
    }
}
