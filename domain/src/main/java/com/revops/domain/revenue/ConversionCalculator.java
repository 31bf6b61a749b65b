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
 * {@code --conversion-rates} (SPEC §4). A contact entered s when first ≤ s ≤ reached; converted
 * s when it entered s and reached > s; is resolved at s when it converted s, or entered s and is
 * lost with reached = s. Contacts still sitting in s are not resolved at s.
 * {@code rate(s) = (converted + 20·prior) / (resolved + 20)}.
 */
public final class ConversionCalculator {
    /** The PRD-046 defaults count as this many contacts of evidence. */
    public static final BigDecimal PRIOR_WEIGHT = BigDecimal.valueOf(20);
    /** PRD-046 "stage_conversion", for the step out of each stage. */
    public static final Map<Stage, BigDecimal> PRIORS = Map.of(
            Stage.COLD, new BigDecimal("0.30"),
            Stage.AWARENESS, new BigDecimal("0.15"),
            Stage.CONSIDERATION, new BigDecimal("0.25"),
            Stage.DECISION, new BigDecimal("0.40"),
            Stage.CALL_BOOKED, new BigDecimal("0.35"));

    public ConversionRates compute(List<ConversionCohort> cohorts) {
        Map<Stage, long[]> tallies = new EnumMap<>(Stage.class); // entered, converted, resolved
        for (Stage stage : Stage.OPEN) {
            tallies.put(stage, new long[3]);
        }
        for (ConversionCohort cohort : cohorts) {
            for (Stage s : Stage.OPEN) {
                boolean entered = cohort.first().rank() <= s.rank() && s.rank() <= cohort.reached().rank();
                if (!entered) {
                    continue;
                }
                long[] t = tallies.get(s);
                t[0] += cohort.contacts();
                boolean converted = cohort.reached().rank() > s.rank();
                if (converted) {
                    t[1] += cohort.contacts();
                }
                if (converted || cohort.lost() && cohort.reached() == s) {
                    t[2] += cohort.contacts();
                }
            }
        }
        List<ConversionStep> steps = new ArrayList<>();
        for (Stage s : Stage.OPEN) {
            long[] t = tallies.get(s);
            BigDecimal prior = PRIORS.get(s);
            Optional<BigDecimal> observed = t[2] == 0
                    ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(t[1]).divide(BigDecimal.valueOf(t[2]), MathContext.DECIMAL64));
            BigDecimal rate = BigDecimal.valueOf(t[1]).add(PRIOR_WEIGHT.multiply(prior))
                    .divide(BigDecimal.valueOf(t[2]).add(PRIOR_WEIGHT), MathContext.DECIMAL64);
            steps.add(new ConversionStep(s, s.next().orElseThrow(), t[0], t[1], t[2], observed, prior, rate));
        }
        return new ConversionRates(steps);
    }
}
