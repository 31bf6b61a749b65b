package com.revops.integrations.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.SqlTime;

/** The scheduled jobs' runs in {@code revops_job_runs}: each run recorded, and the last run of each for the Jobs screen. */
public final class JobRuns {
    private final Jdbi jdbi;

    public JobRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records one run of {@code job}: ok or failed, with its one-line summary or error (cut at 2,000 characters). */
    public void record(Run run) {
        String message = run.message() == null ? null : run.message().length() > 2000 ? run.message().substring(0, 2000) : run.message();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO revops_job_runs (job_name, instance, scheduled_for, started_at, finished_at, status, message)
                        VALUES (:job, :instance, :scheduled, :started, :finished, :status, :message)""")
                .bind("job", run.job()).bind("instance", run.instance()).bind("scheduled", SqlTime.bind(run.scheduledFor()))
                .bind("started", SqlTime.bind(run.startedAt())).bind("finished", SqlTime.bind(run.finishedAt()))
                .bind("status", run.status()).bind("message", message)
                .execute());
    }

    /** The copies of the app whose scheduler checked in within the last minute (Quartz's cluster table), by name. */
    public java.util.List<String> schedulersRunning() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT instance_name FROM qrtz_scheduler_state
                         WHERE last_checkin_time > (extract(epoch FROM now()) * 1000 - 60000) ORDER BY instance_name""")
                .mapTo(String.class).list());
    }

    /** One finished run of a job; {@code message} may be null (a failure without one). */
    public record Run(String job, String instance, Instant scheduledFor, Instant startedAt, Instant finishedAt, String status, String message) {
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
