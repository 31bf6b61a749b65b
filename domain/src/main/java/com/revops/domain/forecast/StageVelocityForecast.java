package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.domain.revenue.TimeInStage;

/**
 * The {@code stage_velocity} method of SPEC §4, PRD-046's formula kept as a named baseline. For an
 * open contact c in stage s: P(s) = Π rate(t), t from s through call_booked;
 * {@code remaining(c) = max(0, days(s) − in_stage) + Σ days(t)} over the stages after s, with
 * {@code in_stage} the fractional days since it entered s; {@code forecast_H = Σ value(c)·P(s)} over
 * contacts with remaining(c) ≤ H; {@code weighted_pipeline = Σ value(c)·P(s)} over all open contacts.
 */
public final class StageVelocityForecast {
    private final OfferCatalog catalog;

    public StageVelocityForecast(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Per stage and horizon, the least {@code in_stage} at which remaining(c) ≤ H:
     * {@code days(s) + Σ days after s − H} (at or below zero: every contact), or empty when the stages
     * after s alone take longer than H (no contact). The SQL aggregate counts the contacts at or past it
     * ({@link OpenGroup#velocityDue}), so fractional days need no per-contact rows.
     */
    public static Map<Stage, ByHorizon<Optional<BigDecimal>>> thresholds(TimeInStage time) {
        Map<Stage, ByHorizon<Optional<BigDecimal>>> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.OPEN) {
            BigDecimal after = time.daysAfter(s);
            out.put(s, ByHorizon.of(h -> after.compareTo(BigDecimal.valueOf(h)) > 0 ? Optional.empty()
                    : Optional.of(time.days(s).add(after).subtract(BigDecimal.valueOf(h)))));
        }
        return out;
    }

    /** remaining(c) for a contact {@code inStage} (fractional) days into {@code stage}. */
    public static BigDecimal remainingDays(Stage stage, BigDecimal inStage, TimeInStage time) {
        return time.days(stage).subtract(inStage).max(BigDecimal.ZERO).add(time.daysAfter(stage));
    }

    public Result forecast(List<OpenGroup> open, ConversionRates rates) {
        Map<Stage, BigDecimal> p = new EnumMap<>(Stage.class);
        for (Stage s : Stage.OPEN) {
            p.put(s, rates.closeProbability(s));
        }
        BigDecimal[] byHorizon = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal weighted = BigDecimal.ZERO;
        for (OpenGroup group : open) {
            Stage s = group.stage();
            if (!s.isOpen() || group.contacts() == 0) {
                continue;
            }
            BigDecimal each = catalog.dealValue(group.offerTag()).multiply(p.get(s));
            weighted = weighted.add(each.multiply(BigDecimal.valueOf(group.contacts())));
            for (int i = 0; i < ByHorizon.DAYS.size(); i++) {
                long due = group.velocityDue().at(ByHorizon.DAYS.get(i));
                byHorizon[i] = byHorizon[i].add(each.multiply(BigDecimal.valueOf(due)));
            }
        }
        return new Result(new ByHorizon<>(byHorizon[0], byHorizon[1], byHorizon[2]), weighted, p);
    }

    /** forecast_30/60/90, the weighted pipeline and P(close) per open stage. */
    public record Result(ByHorizon<BigDecimal> amounts, BigDecimal weightedPipeline, Map<Stage, BigDecimal> closeProbability) {
        public Result {
            closeProbability = Map.copyOf(closeProbability);
        }
    }
}
