package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.domain.common.Money;
import com.revops.domain.common.RevenueEventType;
import com.revops.domain.revenue.MonthToDate.EventTotals;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.DatabaseException;
import com.revops.integrations.db.SqlTime;

/**
 * The daily pipeline snapshot (PRD-046 {@code actp_pipeline_snapshots}, SPEC §8). The snapshot of
 * a day is the state at the end of that day (local midnight after it, in the operator's zone) —
 * or now, for today — and is upserted, so taking it again replaces it. The midnight job takes the
 * day that just ended. Every method's 30/60/90-day forecasts go to the accuracy ledger with the
 * instant they were made ({@link ForecastLedger}).
 */
public final class SnapshotService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbi jdbi;
    private final RevenueEngine engine;
    private final ZoneId zone;

    public SnapshotService(Database database, ZoneId zone) {
        this.jdbi = database.jdbi();
        this.engine = new RevenueEngine(database, zone);
        this.zone = zone;
    }

    /** Takes (or retakes) the snapshot of {@code day}, as of the end of that day or {@code now}, whichever is first. */
    public Snapshot take(LocalDate day, Instant now) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant asOf = end.isAfter(now) ? now : end;
        RevenueEngine.Overview overview = engine.overview(asOf, false);
        RevenueRepository revenue = new RevenueRepository(jdbi);
        Map<RevenueEventType, EventTotals> today = revenue.eventTotals(start, asOf.minusNanos(1));
        BigDecimal revenueToday = today.entrySet().stream().filter(e -> e.getKey().isRevenue())
                .map(e -> e.getValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long dealsToday = today.getOrDefault(RevenueEventType.DEAL_WON, EventTotals.NONE).count();
        long added = DatabaseErrors.withHandle(jdbi, "Taking the pipeline snapshot", h -> h.createQuery(
                        "SELECT count(*) FROM crm_contacts WHERE first_contact_at >= :from AND first_contact_at < :to")
                .bind("from", SqlTime.bind(start)).bind("to", SqlTime.bind(asOf)).mapTo(Long.class).one());
        Snapshot snapshot = new Snapshot(day, overview.pipeline(), overview.forecast().forecast30(), overview.forecast().forecast60(),
                overview.forecast().forecast90(), overview.forecast().weightedPipeline(), added, dealsToday, revenueToday,
                overview.monthToDate().revenue(), overview.monthToDate().dealsClosed());
        store(snapshot);
        var model = overview.forecast();
        new ForecastLedger(jdbi).store(day, asOf, model, com.revops.domain.forecast.CallsForecast.expected(model.hazard(), model.groups(),
                new ForecastCalls(jdbi).open(asOf)));
        return snapshot;
    }

    /** Deletes every pipeline snapshot (the demo data takes its own afresh). */
    public void deleteAll() {
        jdbi.useHandle(h -> h.execute("DELETE FROM actp_pipeline_snapshots"));
    }

    /** Takes the snapshots of the {@code days} days before {@code now}'s day (demo data, catching up after downtime). */
    public int backfill(Instant now, int days) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int i = days; i >= 1; i--) {
            take(today.minusDays(i), now);
        }
        return days;
    }

    private void store(Snapshot s) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (PipelineSummary.StageLine line : s.pipeline().stages()) {
            counts.put(line.stage().code(), line.contacts());
            values.put(line.stage().code(), Money.cents(line.value()));
        }
        String countsJson;
        String valuesJson;
        try {
            countsJson = JSON.writeValueAsString(counts);
            valuesJson = JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new DatabaseException("Cannot encode the snapshot", e);
        }
        DatabaseErrors.withHandle(jdbi, "Storing the pipeline snapshot of " + s.day(), h -> h.createUpdate("""
                        INSERT INTO actp_pipeline_snapshots (snapshot_date, stage_counts, stage_values, total_pipeline, forecast_30d,
                            forecast_60d, forecast_90d, weighted_pipeline, total_contacts, contacts_added, deals_closed, revenue_today,
                            revenue_mtd, deals_mtd, created_at)
                        VALUES (:day, CAST(:counts AS jsonb), CAST(:values AS jsonb), :total, :f30, :f60, :f90, :weighted, :contacts,
                            :added, :deals, :revenue, :mtd, :dealsMtd, now())
                        ON CONFLICT (snapshot_date) DO UPDATE SET stage_counts = excluded.stage_counts, stage_values = excluded.stage_values,
                            total_pipeline = excluded.total_pipeline, forecast_30d = excluded.forecast_30d, forecast_60d = excluded.forecast_60d,
                            forecast_90d = excluded.forecast_90d, weighted_pipeline = excluded.weighted_pipeline,
                            total_contacts = excluded.total_contacts, contacts_added = excluded.contacts_added,
                            deals_closed = excluded.deals_closed, revenue_today = excluded.revenue_today, revenue_mtd = excluded.revenue_mtd,
                            deals_mtd = excluded.deals_mtd, created_at = now()""")
                .bind("day", s.day()).bind("counts", countsJson).bind("values", valuesJson)
                .bind("total", Money.cents(s.pipeline().totalValue())).bind("f30", Money.cents(s.forecast30()))
                .bind("f60", Money.cents(s.forecast60())).bind("f90", Money.cents(s.forecast90()))
                .bind("weighted", Money.cents(s.weightedPipeline())).bind("contacts", s.pipeline().totalContacts())
                .bind("added", s.contactsAdded()).bind("deals", s.dealsToday()).bind("revenue", Money.cents(s.revenueToday()))
                .bind("mtd", Money.cents(s.revenueMtd())).bind("dealsMtd", s.dealsMtd())
                .execute());
    }

    /** One day's snapshot. */
    public record Snapshot(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, BigDecimal forecast60, BigDecimal forecast90,
                           BigDecimal weightedPipeline, long contactsAdded, long dealsToday, BigDecimal revenueToday, BigDecimal revenueMtd,
                           long dealsMtd) {
    }
}
