package com.revops.app.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.domain.credits.CreditGovernor;
import com.revops.domain.credits.RouteDecision;
import com.revops.integrations.credits.CreditRepository;

/**
 * {@code --credit-route TASK_TYPE} (SPEC §4, §5): prints the model the task type must use and exits
 * 0, or exits 4 with the reason when the credit governor suspends it, so the worker's cron can obey
 * it ({@code MODEL=$(revops --credit-route draft_generation) || exit 0}). The model alone goes to
 * stdout; the reason of a suspension to stderr. An unknown task type exits 2 listing the known ones.
 */
final class CreditRouteCommand implements CliAction {
    private final String taskType;

    CreditRouteCommand(String taskType) {
        this.taskType = taskType;
    }

    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        ZoneId zone = session.services().zone();
        CreditRepository credits = session.services().stores().credits();
        CreditGovernor governor = credits.governor();
        var spentToday = credits.spentToday(asOf, zone);
        var spentThisMonth = credits.spentThisMonth(asOf, zone);
        RouteDecision decision = governor.route(taskType, spentToday, spentThisMonth);
        Optional<Instant> resumes = decision.suspended() ? governor.suspendedUntil(spentToday, spentThisMonth, asOf, zone) : Optional.empty();
        boolean critical = governor.routes().stream().anyMatch(r -> r.taskType().equals(decision.taskType()) && r.critical());
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("task_type", decision.taskType());
            json.put("model", decision.model());
            json.put("critical", critical);
            json.put("suspended", decision.suspended());
            json.put("reason", decision.reason().orElse(null));
            json.put("resumes_at", resumes.map(Instant::toString).orElse(null));
            json.put("spent_today", Formats.cents(spentToday));
            json.put("daily_limit", Formats.cents(governor.daily().limit()));
            json.put("spent_this_month", Formats.cents(spentThisMonth));
            json.put("monthly_limit", Formats.cents(governor.monthly().limit()));
            json.put("as_of", asOf.toString());
            session.printJson(json);
        } else if (decision.suspended()) {
            session.err().println("suspended: " + decision.taskType() + " — " + decision.reason().orElse("credit budget reached")
                    + resumes.map(at -> " (resumes " + Formats.when(at, zone) + ")").orElse(""));
        } else {
            session.out().println(decision.model());
        }
        return decision.suspended() ? ExitCode.SUSPENDED : ExitCode.OK;
    }
}
