package com.revops.app.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.domain.funnel.FunnelStatus;
import com.revops.domain.funnel.FunnelStep;
import com.revops.integrations.funnel.FunnelRepository;
import com.revops.integrations.funnel.FunnelRepository.FunnelReading;

/**
 * {@code --funnel} (SPEC §4 funnel phase, PRD-019 §4.11): from the latest funnel snapshot, the phase
 * (paying users < 50 → 1, 50–199 → 2, ≥ 200 → 3), paying users, MRR, progress to the next
 * threshold, and each step's rate — over the 30 snapshot days up to today — against its target band.
 */
final class FunnelCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        var day = asOf.atZone(session.services().zone()).toLocalDate();
        Optional<FunnelReading> reading = session.services().stores().funnel().latest(day);
        if (session.json()) {
            session.printJson(reading.map(FunnelCommand::json).orElseGet(() -> {
                Map<String, Object> none = new LinkedHashMap<>();
                none.put("snapshot_date", null);
                none.put("phase", null);
                none.put("note", "no funnel snapshot with paying users yet");
                return none;
            }));
        } else if (reading.isEmpty()) {
            session.out().println("No funnel snapshot with paying users yet (the 00:15 job writes one a day; --import actp_funnel_snapshots loads history).");
        } else {
            print(session, reading.get());
        }
        return ExitCode.OK;
    }

    static Map<String, Object> json(FunnelReading r) {
        FunnelStatus s = r.status();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("snapshot_date", r.snapshotDate().toString());
        json.put("phase", s.phase().number());
        json.put("playbook", s.phase().playbook());
        json.put("paying_users", s.payingUsers());
        json.put("mrr", Formats.cents(s.mrr()));
        json.put("paying_users_unavailable_since", r.unavailableSince().map(Object::toString).orElse(null));
        json.put("next_threshold", s.nextThreshold().orElse(null));
        json.put("users_to_next", s.usersToNext().orElse(null));
        json.put("progress_to_next", Formats.rate(s.progressToNext()));
        json.put("window", Map.of("from", r.windowFrom().toString(), "to", r.windowTo().toString()));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("impressions", r.counts().impressions());
        counts.put("clicks", r.counts().clicks());
        counts.put("signups", r.counts().signups());
        counts.put("trials", r.counts().trials());
        counts.put("paid", r.counts().purchases());
        json.put("counts", counts);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (FunnelStep step : FunnelStep.values()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("step", step.code());
            line.put("rate", Formats.rate(Optional.ofNullable(s.rates().get(step))));
            line.put("low", step.low());
            line.put("high", step.high());
            line.put("verdict", s.verdict(step).map(v -> v.name().toLowerCase(Locale.ROOT)).orElse(null));
            steps.add(line);
        }
        json.put("steps", steps);
        return json;
    }

    private static void print(CliSession session, FunnelReading r) {
        FunnelStatus s = r.status();
        var out = session.out();
        out.println("Acquisition funnel — snapshot of " + r.snapshotDate());
        out.println();
        out.println(s.phase().playbook());
        out.println(s.nextThreshold().map(n -> s.payingUsers() + " of " + n + " paying users (" + Formats.percent(s.progressToNext())
                + "); " + s.usersToNext().orElse(0L) + " more to phase " + (s.phase().number() + 1))
                .orElse(s.payingUsers() + " paying users: the last phase"));
        out.println("MRR " + Formats.money(s.mrr()));
        r.unavailableSince().ifPresent(d -> out.println("RevenueCat unavailable since " + d + ": paying users, MRR and phase are its last "
                + "values, from the snapshot of " + r.snapshotDate()));
        out.println();
        TextTable table = new TextTable("Step (" + r.windowFrom() + " – " + r.windowTo() + ")", "Rate", "Target", "Verdict");
        for (FunnelStep step : FunnelStep.values()) {
            BigDecimal rate = s.rates().get(step);
            table.row(step.label(), rate == null ? "n/a" : Formats.percent(rate), target(step),
                    s.verdict(step).map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("—"));
        }
        table.print(out);
        out.println();
        out.println(String.format(Locale.US, "Volumes: %,d impressions → %,d clicks → %,d signups → %,d trials → %,d paid",
                r.counts().impressions(), r.counts().clicks(), r.counts().signups(), r.counts().trials(), r.counts().purchases()));
    }

    static String target(FunnelStep step) {
        return step == FunnelStep.MONTH1_RETENTION ? "≥ " + Formats.percent(step.low()).replace(".0%", "%")
                : Formats.percent(step.low()).replace(".0%", "") + "–" + Formats.percent(step.high()).replace(".0%", "%");
    }
}
