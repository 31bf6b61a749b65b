package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;

/**
 * The forecast of SPEC §4. For an open contact c in stage s: P(s) = Π rate(t), t from s through
 * call_booked; {@code remaining(c) = max(0, days(s) − in_stage) + Σ days(t)} over the stages after s;
 * {@code forecast_H = Σ value(c)·P(s)} over contacts with remaining(c) ≤ H;
 * {@code weighted_pipeline = Σ value(c)·P(s)} over all open contacts.
 * {@code in_stage} is whole days since the contact entered its stage.
 */
public final class ForecastCalculator {
    public static final List<Integer> HORIZONS = List.of(30, 60, 90);

    private final OfferCatalog catalog;

    public ForecastCalculator(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    public Forecast forecast(List<StageOfferCount> open, ConversionRates rates, TimeInStage time) {
        Map<Stage, BigDecimal> p = new EnumMap<>(Stage.class);
        for (Stage s : Stage.OPEN) {
            p.put(s, rates.closeProbability(s));
        }
        BigDecimal[] byHorizon = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal weighted = BigDecimal.ZERO;
        for (StageOfferCount group : open) {
            Stage s = group.stage();
            if (!s.isOpen() || group.contacts() == 0) {
                continue;
            }
            BigDecimal expected = catalog.dealValue(group.offerTag()).multiply(p.get(s))
                    .multiply(BigDecimal.valueOf(group.contacts()));
            weighted = weighted.add(expected);
            BigDecimal remaining = remainingDays(s, group.daysInStage(), time);
            for (int i = 0; i < HORIZONS.size(); i++) {
                if (remaining.compareTo(BigDecimal.valueOf(HORIZONS.get(i))) <= 0) {
                    byHorizon[i] = byHorizon[i].add(expected);
                }
            }
        }
        return new Forecast(byHorizon[0], byHorizon[1], byHorizon[2], weighted, p);
    }

    /** remaining(c) for a contact {@code daysInStage} whole days into {@code stage}. */
    public static BigDecimal remainingDays(Stage stage, long daysInStage, TimeInStage time) {
        BigDecimal left = time.days(stage).subtract(BigDecimal.valueOf(daysInStage)).max(BigDecimal.ZERO);
        return left.add(time.daysAfter(stage));
    }
}
