package com.revops.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.analytics.SourcePull;
import com.revops.integrations.analytics.SourceReport;
import com.revops.integrations.db.Database;
import com.revops.scheduler.context.SourceSync;

/** The 00:15 job's work: pull each configured analytics source and write yesterday's funnel snapshot. */
final class FunnelSourceSync implements SourceSync {
    private final Supplier<Database> database;
    private final Supplier<ZoneId> zone;
    private final Supplier<AnalyticsSources> sources;

    FunnelSourceSync(Supplier<Database> database, Supplier<ZoneId> zone, Supplier<AnalyticsSources> sources) {
        this.database = database;
        this.zone = zone;
        this.sources = sources;
    }

    @Override
    public String run(Instant asOf) {
        LocalDate day = asOf.atZone(zone.get()).toLocalDate().minusDays(1);
        List<SourceReport> reports = new SourcePull(database.get(), zone.get(), sources.get()).pull(day);
        return reports.stream().map(r -> r.source() + ": " + r.outcome().name().toLowerCase(Locale.ROOT)
                + (r.message().isBlank() ? "" : " (" + r.message() + ")")).collect(Collectors.joining("; "));
    }
}
