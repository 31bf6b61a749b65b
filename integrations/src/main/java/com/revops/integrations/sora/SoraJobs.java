package com.revops.integrations.sora;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.alerts.Severity;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * Sora video jobs (PRD-019 §4.1): the latest jobs, how many are in each status, what they cost in
 * the credit ledger (task type {@code sora_generation}, kept equal to each job's cost by the V14
 * trigger), and the jobs stuck for more than an hour ({@code sora_job_stuck}).
 */
public final class SoraJobs {
    public static final Set<String> FINISHED = Set.of("completed", "failed", "canceled", "cancelled");
    public static final Duration STUCK_AFTER = Duration.ofHours(1);
    private static final int SHOWN = 200;

    private final Jdbi jdbi;

    public SoraJobs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest jobs, at most 200. */
    public List<SoraJob> latest() {
        return DatabaseErrors.withHandle(jdbi, "Reading Sora jobs", h -> h.createQuery("""
                        SELECT id, prompt, style, duration_seconds, coalesce(status, 'queued') AS status, cost_usd, created_at, started_at,
                               finished_at, error
                          FROM actp_sora_jobs ORDER BY created_at DESC, id LIMIT :n""")
                .bind("n", SHOWN)
                .map((rs, ctx) -> new SoraJob(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getString("prompt")).orElse(""),
                        Optional.ofNullable(rs.getString("style")), Optional.ofNullable((Integer) rs.getObject("duration_seconds")),
                        rs.getString("status"), Optional.ofNullable(rs.getBigDecimal("cost_usd")), SqlTime.read(rs, "created_at").orElseThrow(),
                        SqlTime.read(rs, "started_at"), SqlTime.read(rs, "finished_at"), Optional.ofNullable(rs.getString("error"))))
                .list());
    }

    /** Jobs per status, every job counted. */
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DatabaseErrors.withHandle(jdbi, "Counting Sora jobs", h -> h.createQuery("""
                        SELECT coalesce(status, 'queued') AS status, count(*) AS n FROM actp_sora_jobs GROUP BY 1 ORDER BY 2 DESC, 1""")
                .map((rs, ctx) -> counts.put(rs.getString("status"), rs.getLong("n"))).list());
        return counts;
    }

    /** What Sora cost in the credit ledger since {@code from}. */
    public BigDecimal ledgerCost(Instant from, Instant to) {
        return DatabaseErrors.withHandle(jdbi, "Reading the credit ledger", h -> h.createQuery("""
                        SELECT coalesce(sum(cost_usd), 0) FROM actp_credit_usage
                         WHERE task_type = 'sora_generation' AND created_at >= :from AND created_at < :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to)).mapTo(BigDecimal.class).one());
    }

    /** One {@code sora_job_stuck} alert per unfinished job that has run more than an hour at {@code now}. */
    public List<Alert> stuckAlerts(Instant now) {
        List<Alert> alerts = new ArrayList<>();
        for (SoraJob job : unfinished()) {
            Duration running = job.running(now).orElseThrow();
            if (running.compareTo(STUCK_AFTER) > 0) {
                alerts.add(new Alert(AlertType.SORA_JOB_STUCK, Severity.WARNING, "sora " + job.shortId(), "Sora job " + job.shortId()
                        + " has been " + job.status() + " for " + running.toHours() + " h " + running.toMinutesPart() + " min",
                        "Check the Sora pipeline; reprocess or cancel the job"));
            }
        }
        return alerts;
    }

    private List<SoraJob> unfinished() {
        return latest().stream().filter(SoraJob::unfinished).toList();
    }
}
