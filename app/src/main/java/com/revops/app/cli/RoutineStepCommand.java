package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.routine.RoutineStep;
import com.revops.domain.routine.StepReport;
import com.revops.integrations.routine.RoutineLog;

/**
 * {@code --routine-step STEP started|ok|failed [--error TEXT]}: the worker reports a step of its
 * daily routine (PRD-019 §4.10) at now (or {@code --as-of}). A failed heartbeat and a generation
 * step failed twice raise their alerts at once; a missing step is the hourly routine watch's.
 * {@code --dry-run} prints what would be recorded and raises nothing.
 */
final class RoutineStepCommand implements CliAction {
    private final String step;
    private final String status;
    private final String error;

    RoutineStepCommand(String step, String status, String error) {
        this.step = step;
        this.status = status;
        this.error = error;
    }

    @Override
    public int run(CliSession session) {
        RoutineStep routineStep = RoutineStep.parse("STEP", step);
        String result = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!StepReport.STATUSES.contains(result)) {
            throw new InvalidInputException("--routine-step", "'" + status + "' is not a result; use started, ok or failed");
        }
        if (error != null && !result.equals("failed")) {
            throw new InvalidInputException("--error", "goes only with 'failed'");
        }
        var services = session.services();
        Instant at = services.clock().instant();
        StepReport report = new StepReport(routineStep, result, Optional.ofNullable(error).map(String::strip).filter(e -> !e.isEmpty()), at);
        RoutineLog log = services.stores().routineLog(services.zone());
        // under --dry-run this runs as usual inside the dry run's transaction, which is rolled back (DryRunTransaction)
        log.record(report);
        List<Alert> immediate = log.alerts(at).stream().filter(a -> a.subject().equals("routine " + routineStep.key())
                && a.type() != AlertType.ROUTINE_STEP_MISSING).toList();
        List<Alert> raised = immediate.isEmpty() ? List.of() : services.notifier().raise(immediate, at);
        String window = routineStep.start() + "–" + routineStep.end();
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("step", routineStep.key());
            json.put("status", result);
            json.put("at", at.toString());
            json.put("window", window);
            json.put("error", report.error().orElse(null));
            json.put("dry_run", session.dryRun());
            json.put("alerts", raised.stream().map(a -> a.type().code()).toList());
            session.printJson(json);
        } else {
            session.out().println("Recorded " + routineStep.key() + " " + result + " at "
                    + Formats.when(at, services.zone()) + " (planned " + window + ")" + report.error().map(e -> ": " + e).orElse("") + ".");
            raised.forEach(a -> session.out().println("Alert raised: [" + a.severity().code() + "] " + a.message()));
        }
        return ExitCode.OK;
    }
}
