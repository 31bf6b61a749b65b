package com.revops.integrations.routine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.alerts.Alert;
import com.revops.domain.routine.RoutineRules;
import com.revops.domain.routine.RoutineStep;
import com.revops.domain.routine.StepReport;
import com.revops.domain.routine.StepState;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * {@code actp_routine_reports}: every report of the worker's daily routine (PRD-019 §4.10), on the
 * operator's calendar day it was made, and today's steps and alerts read from them.
 */
public final class RoutineLog {
    private final Jdbi jdbi;
    private final ZoneId zone;

    public RoutineLog(Jdbi jdbi, ZoneId zone) {
        this.jdbi = jdbi;
        this.zone = zone;
    }

    public void record(StepReport report) {
        DatabaseErrors.inTransaction(jdbi, "Recording a routine step", h -> h.createUpdate("""
                        INSERT INTO actp_routine_reports (routine_day, step, status, error, reported_at)
                        VALUES (:day, :step, :status, :error, :at)""")
                .bind("day", report.at().atZone(zone).toLocalDate()).bind("step", report.step().key()).bind("status", report.status())
                .bind("error", report.error().orElse(null)).bind("at", SqlTime.bind(report.at())).execute());
    }

    /** The reports of one day, oldest first (reports of a step this build does not know are left out). */
    public List<StepReport> reports(LocalDate day) {
        return DatabaseErrors.withHandle(jdbi, "Reading the routine", h -> h.createQuery("""
                        SELECT step, status, error, reported_at FROM actp_routine_reports WHERE routine_day = :day ORDER BY reported_at, id""")
                .bind("day", day)
                .map((rs, ctx) -> {
                    Optional<RoutineStep> step = RoutineStep.byKey(rs.getString("step"));
                    if (step.isEmpty()) {
                        return Optional.<StepReport>empty();
                    }
                    return Optional.of(new StepReport(step.get(), rs.getString("status"), Optional.ofNullable(rs.getString("error")),
                            SqlTime.read(rs, "reported_at").orElseThrow()));
                })
                .list().stream().flatMap(Optional::stream).toList());
    }

    /** Whether the worker reported anything in the 7 days before {@code now} (else no step counts as missing). */
    public boolean reporting(Instant now) {
        return DatabaseErrors.withHandle(jdbi, "Reading the routine", h -> h.createQuery(
                        "SELECT count(*) > 0 FROM actp_routine_reports WHERE reported_at > :from AND reported_at <= :now")
                .bind("from", SqlTime.bind(now.minus(Duration.ofDays(7)))).bind("now", SqlTime.bind(now)).mapTo(Boolean.class).one());
    }

    /** Today's 17 steps at {@code now}. */
    public List<StepState> today(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return RoutineRules.states(day, zone, reports(day), now);
    }

    /** The alerts today's reports call for at {@code now}. */
    public List<Alert> alerts(Instant now) {
        return RoutineRules.alerts(today(now), zone, reporting(now));
    }
}
