package com.revops.scheduler;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.SqlTime;

/** What the jobs recorded in {@code revops_job_runs} (written by {@code RevopsJob}): the last run of each, for the Jobs screen. */
public final class JobRunHistory {
    private final Jdbi jdbi;

    public JobRunHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest run of each job by its key, and the newest failure when it is not the last run. */
    public Map<String, LastRun> lastRuns() {
        Map<String, LastRun> runs = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT DISTINCT ON (r.job_name) r.job_name, r.status, r.message, r.started_at, r.finished_at, r.instance,
                               (SELECT f.message FROM revops_job_runs f WHERE f.job_name = r.job_name AND f.status = 'failed'
                                 ORDER BY f.started_at DESC, f.id DESC LIMIT 1) AS last_error,
                               (SELECT max(f.started_at) FROM revops_job_runs f WHERE f.job_name = r.job_name AND f.status = 'failed')
                                 AS last_error_at
                          FROM revops_job_runs r
                         ORDER BY r.job_name, r.started_at DESC, r.id DESC""")
                .map((rs, ctx) -> new LastRun(rs.getString("job_name"), rs.getString("status"), Optional.ofNullable(rs.getString("message")),
                        SqlTime.read(rs, "started_at").orElseThrow(), SqlTime.read(rs, "finished_at"), rs.getString("instance"),
                        Optional.ofNullable(rs.getString("last_error")), SqlTime.read(rs, "last_error_at")))
                .forEach(r -> runs.put(r.job(), r)));
        return runs;
    }

    /** A job's newest run: status ok / failed / running / skipped, its message, and the newest failure of the job. */
    public record LastRun(String job, String status, Optional<String> message, Instant startedAt, Optional<Instant> finishedAt,
                          String instance, Optional<String> lastError, Optional<Instant> lastErrorAt) {
    }
}
