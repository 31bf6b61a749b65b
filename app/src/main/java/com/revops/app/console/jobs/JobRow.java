package com.revops.app.console.jobs;

import java.time.Instant;
import java.util.Optional;

import com.revops.scheduler.ScheduledJob;

/** One scheduled job as the Jobs screen lists it: its timing, its trigger and its newest recorded run. */
public record JobRow(ScheduledJob job, Optional<Instant> nextFire, Optional<Instant> previousFire, String trigger, String lastStatus,
                     Optional<Instant> lastRunAt, String lastMessage, Optional<String> lastError, Optional<Instant> lastErrorAt) {
    public String label() {
        return job.label();
    }

    public String when() {
        return job.when();
    }
}
