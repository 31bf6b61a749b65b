package com.revops.integrations.headline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.SourceRevenue;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.ReadOnlySnapshot;
import com.revops.integrations.revenue.MonthTarget;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.revenue.SnapshotTrend;

/**
 * One reading of the headline at one instant: its parts read on demand, in any order and from any
 * thread one at a time, all in one read-only transaction (one consistent snapshot, one connection).
 * The overview is read once and shared by the parts that need it (the alerts).
 */
public final class HeadlineReading implements AutoCloseable {
    private final ReadOnlySnapshot snapshot;
    private final RevenueEngine engine;
    private final AlertCheck alerts;
    private final MonthTarget target;
    private final SnapshotTrend trend;
    private final ZoneId zone;
    private final Instant asOf;
    private Optional<RevenueEngine.Overview> overview = Optional.empty();

    HeadlineReading(Database database, ZoneId zone, Instant asOf) {
        this.snapshot = ReadOnlySnapshot.on(database);
        this.engine = new RevenueEngine(database, zone);
        this.alerts = new AlertCheck(database, zone);
        this.target = new MonthTarget(database, zone);
        this.trend = new SnapshotTrend(database);
        this.zone = zone;
        this.asOf = asOf;
    }

    public Instant asOf() {
        return asOf;
    }

    /** Pipeline, forecast (with its likely range) and month to date. */
    public synchronized RevenueEngine.Overview overview() {
        if (overview.isEmpty()) {
            overview = Optional.of(snapshot.read("Reading the headline", () -> engine.overview(asOf)));
        }
        return overview.get();
    }

    /** The top offer and the best source of the last 90 days. */
    public Leaders leaders() {
        return snapshot.read("Reading the top offer and source",
                () -> new Leaders(engine.offerPerformance(asOf).topOffer(), engine.topSources(asOf).bestPair()));
    }

    /** This month's target and the chance of hitting it; empty when none is set. */
    public Optional<MonthTarget.Chance> target() {
        RevenueEngine.Overview known = overview();
        return snapshot.read("Reading the month's target", () -> target.at(asOf, known.inputs()));
    }

    /** The alerts firing at {@code asOf}. */
    public List<Alert> alerts() {
        RevenueEngine.Overview known = overview();
        return snapshot.read("Checking the alerts", () -> alerts.evaluate(asOf, known));
    }

    /** The daily snapshots of the {@code days} days up to {@code asOf}'s day (the dashboard's sparklines). */
    public List<SnapshotTrend.Point> trend(int days) {
        return snapshot.read("Reading the trend", () -> trend.upTo(asOf.atZone(zone).toLocalDate(), days));
    }

    /** Every part of the headline. */
    public Headline all() {
        RevenueEngine.Overview known = overview();
        Leaders leaders = leaders();
        return new Headline(known, leaders.topOffer(), leaders.bestSource(), alerts(), target());
    }

    @Override
    public void close() {
        snapshot.close();
    }

    /** The top offer and best source. */
    public record Leaders(Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource) {
    }
}
