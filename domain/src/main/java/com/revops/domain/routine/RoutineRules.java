package com.revops.domain.routine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.alerts.Severity;

/**
 * The daily routine's failure rules (PRD-019 §4.10) read from the worker's reports of one day:
 * <ul>
 *   <li>the heartbeat's last report is {@code failed} → urgent {@code routine_heartbeat_failed}; the
 *       generation steps without a report are {@code skipped};</li>
 *   <li>a generation step failed twice and did not succeed since (its retry failed too) → {@code routine_step_failed};</li>
 *   <li>a step with no report once its window is over → {@code missing}, and when the worker reports
 *       at all ({@code reporting}) a {@code routine_step_missing} alert.</li>
 * </ul>
 */
public final class RoutineRules {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private RoutineRules() {
    }

    /** Every step of {@code day} at {@code now}, in the order of their windows. */
    public static List<StepState> states(LocalDate day, ZoneId zone, List<StepReport> reports, Instant now) {
        boolean heartbeatFailed = heartbeatFailed(reports);
        List<StepState> states = new ArrayList<>();
        for (RoutineStep step : RoutineStep.values()) {
            Instant start = day.atTime(step.start()).atZone(zone).toInstant();
            Instant end = day.atTime(step.end()).atZone(zone).toInstant();
            List<StepReport> mine = reports.stream().filter(r -> r.step() == step).toList();
            Optional<StepReport> last = mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
            int failures = (int) mine.stream().filter(r -> r.status().equals("failed")).count();
            String state = last.map(r -> switch (r.status()) {
                case "ok" -> "ok";
                case "failed" -> "failed";
                default -> "running";
            }).orElseGet(() -> step.generation() && heartbeatFailed ? "skipped" : now.isBefore(end) ? "pending" : "missing");
            states.add(new StepState(step, start, end, state, last.map(StepReport::at),
                    mine.stream().filter(r -> r.status().equals("started")).map(StepReport::at).findFirst(), failures,
                    mine.stream().filter(r -> r.error().isPresent()).reduce((a, b) -> b).flatMap(StepReport::error)));
        }
        return states;
    }

    public static boolean heartbeatFailed(List<StepReport> reports) {
        return reports.stream().filter(r -> r.step() == RoutineStep.HEARTBEAT).reduce((a, b) -> b)
                .map(r -> r.status().equals("failed")).orElse(false);
    }

    /** The alerts the states call for; {@code reporting}: the worker reported in the last 7 days (else nothing is "missing"). */
    public static List<Alert> alerts(List<StepState> states, ZoneId zone, boolean reporting) {
        List<Alert> alerts = new ArrayList<>();
        for (StepState s : states) {
            String subject = "routine " + s.step().key();
            if (s.step() == RoutineStep.HEARTBEAT && s.state().equals("failed")) {
                alerts.add(new Alert(AlertType.ROUTINE_HEARTBEAT_FAILED, Severity.URGENT, subject, "The worker's heartbeat failed at "
                        + HOUR.format(s.lastReportAt().orElseThrow().atZone(zone)) + s.error().map(e -> " (" + e + ")").orElse("")
                        + ": generation steps are skipped today; revenue and memory steps go on",
                        "Check the worker, then let it report the heartbeat again"));
            } else if (s.step().generation() && s.failures() >= 2 && s.state().equals("failed")) {
                alerts.add(new Alert(AlertType.ROUTINE_STEP_FAILED, Severity.WARNING, subject, s.step().label() + " failed twice today"
                        + s.error().map(e -> " (" + e + ")").orElse("") + ": retried once, then skipped",
                        "See the Routine screen; the step runs again tomorrow"));
            } else if (reporting && s.state().equals("missing")) {
                alerts.add(new Alert(AlertType.ROUTINE_STEP_MISSING, Severity.WARNING, subject, s.step().label()
                        + " has not reported by the end of its window (" + HOUR.format(s.plannedEnd().atZone(zone)) + ")",
                        "Check the worker's log for " + s.step().key()));
            }
        }
        return alerts;
    }
}
