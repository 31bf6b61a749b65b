package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * Time in stage (SPEC §4 {@code --velocity}): {@code days(s) = (Σ days + 20·prior_days(s)) / (n + 20)}
 * with PRD-046's prior days, so a handful of transitions cannot swing the forecast.
 */
public final class TimeInStage {
    public static final Map<Stage, BigDecimal> PRIOR_DAYS = Map.of(
            Stage.COLD, BigDecimal.valueOf(7),
            Stage.AWARENESS, BigDecimal.valueOf(14),
            Stage.CONSIDERATION, BigDecimal.valueOf(21),
            Stage.DECISION, BigDecimal.valueOf(10),
            Stage.CALL_BOOKED, BigDecimal.valueOf(5));

    private final Map<Stage, Line> lines;

    private TimeInStage(Map<Stage, Line> lines) {
        this.lines = lines;
    }

    public static TimeInStage from(List<StageDurations> durations) {
        Map<Stage, StageDurations> byStage = new EnumMap<>(Stage.class);
        for (StageDurations d : durations) {
            if (d.stage().isOpen()) {
                byStage.merge(d.stage(), d, (a, b) -> new StageDurations(a.stage(), a.transitions() + b.transitions(),
                        a.totalDays().add(b.totalDays())));
            }
        }
        Map<Stage, Line> lines = new EnumMap<>(Stage.class);
        for (Stage s : Stage.OPEN) {
            StageDurations d = byStage.getOrDefault(s, new StageDurations(s, 0, BigDecimal.ZERO));
            Optional<BigDecimal> observed = d.transitions() == 0
                    ? Optional.empty()
                    : Optional.of(d.totalDays().divide(BigDecimal.valueOf(d.transitions()), MathContext.DECIMAL64));
            BigDecimal prior = PRIOR_DAYS.get(s);
            BigDecimal blended = d.totalDays().add(ConversionCalculator.PRIOR_WEIGHT.multiply(prior))
                    .divide(BigDecimal.valueOf(d.transitions()).add(ConversionCalculator.PRIOR_WEIGHT), MathContext.DECIMAL64);
            lines.put(s, new Line(s, d.transitions(), observed, prior, blended));
        }
        return new TimeInStage(lines);
    }

    public static TimeInStage priorsOnly() {
        return from(List.of());
    }

    /** The blended days a contact spends in {@code stage}. */
    public BigDecimal days(Stage stage) {
        return line(stage).days();
    }

    public Line line(Stage stage) {
        Line line = lines.get(stage);
        if (line == null) {
            throw new IllegalArgumentException(stage + " is not open");
        }
        return line;
    }

    public List<Line> lines() {
        return new ArrayList<>(lines.values());
    }

    /** Σ days(t) for t strictly after {@code stage}, through call_booked. */
    public BigDecimal daysAfter(Stage stage) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Stage t : Stage.OPEN) {
            if (t.rank() > stage.rank()) {
                sum = sum.add(days(t));
            }
        }
        return sum;
    }

    /** Σ days over all open stages: the expected journey from cold to a close. */
    public BigDecimal fullCycleDays() {
        return daysAfter(Stage.COLD).add(days(Stage.COLD));
    }

    /** One stage: transitions out of it, the observed mean, the prior and the blended days. */
    public record Line(Stage stage, long transitions, Optional<BigDecimal> observedDays, BigDecimal priorDays, BigDecimal days) {
    }
}
