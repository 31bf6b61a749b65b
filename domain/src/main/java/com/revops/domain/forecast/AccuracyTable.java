package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every method × horizon's {@link MethodScore}, and the method that did best at a horizon. */
public final class AccuracyTable {
    private final Map<ForecastMethod, ByHorizon<MethodScore>> scores = new EnumMap<>(ForecastMethod.class);

    private AccuracyTable() {
    }

    /** From totals per method and horizon; a method or horizon without totals has no judged points. */
    public static AccuracyTable of(List<AccuracyTotals> totals) {
        AccuracyTable table = new AccuracyTable();
        for (ForecastMethod m : ForecastMethod.values()) {
            table.scores.put(m, ByHorizon.of(h -> MethodScore.of(totals.stream()
                    .filter(t -> t.method() == m && t.horizonDays() == h).findFirst().orElse(AccuracyTotals.none(m, h)))));
        }
        return table;
    }

    public MethodScore score(ForecastMethod method, int horizonDays) {
        return scores.get(method).at(horizonDays);
    }

    /** The method with the lowest WAPE at this horizon among those with enough history. */
    public Optional<ForecastMethod> best(int horizonDays) {
        return scores.keySet().stream().map(m -> score(m, horizonDays)).filter(MethodScore::enough)
                .min(Comparator.comparing((MethodScore s) -> s.wape().orElse(BigDecimal.valueOf(Long.MAX_VALUE))))
                .map(MethodScore::method);
    }

    /** The most judged points of any method at this horizon. */
    public long points(int horizonDays) {
        return scores.keySet().stream().mapToLong(m -> score(m, horizonDays).points()).max().orElse(0);
    }
}
