package com.revops.app.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.revops.integrations.sync.SourceSummary;
import com.revops.integrations.sync.SourceSyncs;

/**
 * {@code --sync SOURCE|all [--json]} (issue 16): one pull now of each named source with its rows
 * new, updated and unchanged. Exit 0 when every source asked for was pulled; 2 when a source asked
 * for by name is not configured, or one refused the key or answered in a way that needs the
 * operator (the message says what to check); 3 when a service is down or busy (try again later).
 * With {@code all}, sources that are not configured are skipped. {@code --dry-run} reads from the
 * services and writes nothing.
 */
final class SyncCommand implements CliAction {
    private final String source;

    SyncCommand(String source) {
        this.source = source;
    }

    @Override
    public int run(CliSession session) {
        List<String> names = SourceSyncs.parse(source);
        var services = session.services();
        Instant now = services.clock().instant();
        List<SourceSummary> summaries = new SourceSyncs(services.database(), services.zone(), services.syncServices(), services::notifier)
                .sync(names, now, session.dryRun());
        print(session, summaries, now);
        return exitCode(summaries);
    }

    static int exitCode(List<SourceSummary> summaries) {
        if (summaries.stream().anyMatch(s -> s.outcome() == SourceSummary.Outcome.FAILED && s.retryable())) {
            return ExitCode.UNAVAILABLE;
        }
        if (summaries.stream().anyMatch(s -> s.outcome() == SourceSummary.Outcome.FAILED)) {
            return ExitCode.BAD_INPUT;
        }
        boolean noneConfigured = summaries.stream().allMatch(s -> s.outcome() == SourceSummary.Outcome.UNCONFIGURED);
        return noneConfigured ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private static void print(CliSession session, List<SourceSummary> summaries, Instant now) {
        if (session.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SourceSummary s : summaries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("source", s.source());
                row.put("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
                row.put("new", s.counts().created());
                row.put("updated", s.counts().updated());
                row.put("unchanged", s.counts().unchanged());
                row.put("message", s.message());
                row.put("retryable", s.retryable());
                rows.add(row);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", now.toString());
            json.put("dry_run", session.dryRun());
            json.put("sources", rows);
            session.printJson(json);
            return;
        }
        TextTable table = new TextTable("Source", "Result", "New", "Updated", "Unchanged");
        for (SourceSummary s : summaries) {
            boolean ok = s.outcome() == SourceSummary.Outcome.OK;
            table.row(s.source(), word(s), ok ? s.counts().created() : "", ok ? s.counts().updated() : "", ok ? s.counts().unchanged() : "");
        }
        table.print(session.out());
        session.out().println();
        for (SourceSummary s : summaries) {
            session.out().println(s.source() + ": " + s.message());
        }
        if (session.dryRun()) {
            session.out().println("(dry run: nothing was written)");
        }
    }

    private static String word(SourceSummary s) {
        return switch (s.outcome()) {
            case OK -> "pulled";
            case UNCONFIGURED -> "not configured";
            case FAILED -> s.retryable() ? "down, try later" : "failed";
        };
    }
}
