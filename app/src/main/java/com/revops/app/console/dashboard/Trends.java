package com.revops.app.console.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.revops.app.Formats;
import com.revops.integrations.revenue.SnapshotTrend;

/**
 * The sparklines of the pipeline, forecast and MTD tiles: each figure over the last {@value SnapshotTrend#DAYS}
 * daily snapshots, and the words of its tooltip ("Last 30 daily snapshots: $1,000 on 4 Nov → $3,100 on 3 Dec").
 * Days whose snapshot did not record the figure are left out of that line.
 */
public record Trends(Line pipeline, Line forecast, Line mtd) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    public static final Trends NONE = new Trends(Line.EMPTY, Line.EMPTY, Line.EMPTY);

    static Trends of(List<SnapshotTrend.Point> points) {
        return new Trends(line(points, SnapshotTrend.Point::pipeline), line(points, SnapshotTrend.Point::forecast30),
                line(points, SnapshotTrend.Point::mtdRevenue));
    }

    private static Line line(List<SnapshotTrend.Point> points, Function<SnapshotTrend.Point, Optional<BigDecimal>> figure) {
        List<SnapshotTrend.Point> recorded = points.stream().filter(p -> figure.apply(p).isPresent()).toList();
        if (recorded.size() < 2) {
            return Line.EMPTY;
        }
        SnapshotTrend.Point first = recorded.get(0);
        SnapshotTrend.Point last = recorded.get(recorded.size() - 1);
        String words = "Last " + recorded.size() + " daily snapshots: " + Formats.money(figure.apply(first).orElseThrow()) + " on "
                + DAY.format(first.day()) + " → " + Formats.money(figure.apply(last).orElseThrow()) + " on " + DAY.format(last.day());
        // a sparkline needs doubles; the figures themselves stay exact in the words and the tile
        return new Line(recorded.stream().map(p -> figure.apply(p).orElseThrow().doubleValue()).toList(), words);
    }

    /** One figure's points, oldest first, and its tooltip. */
    public record Line(List<Double> points, String words) {
        public static final Line EMPTY = new Line(List.of(), "Not enough daily snapshots yet for a trend");
    }
}
