package com.revops.domain.forecast;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionCalculator;
import com.revops.domain.revenue.TimeInStage;

/**
 * The competing-risk hazards of SPEC §4: for a contact in open stage s at an age in bin b, the chance
 * per day {@code h_k(s,b)} to end its spell with outcome k. Each is shrunk toward the pooled rate of
 * bin b and all older bins, worth {@value #PSEUDO_DAYS} days of exposure:
 * {@code h̄_k(s,b) = Σ_{b'≥b} d_k ÷ Σ_{b'≥b} E}, {@code h_k(s,b) = (d_k + 30·h̄_k) ÷ (E + 30)}.
 *
 * <p>A stage with no finished spell has no history of its own: its pooled rate is the PRD-046 prior,
 * rate(s) ÷ days(s) to advance to the next stage and (1 − rate(s)) ÷ days(s) to be lost. Bins older
 * than any exposure of a stage that has history take the pooled rate of its oldest exposed bin
 * (docs/decisions/0030-forecast-hazard-model.md).
 */
public final class Hazards {
    /** The pooled rate counts as this many days of exposure. */
    public static final double PSEUDO_DAYS = 30;
    private static final int STAGES = Stage.values().length;

    private final double[][][] rate;
    /** Gamma(d + 30·h̄, E + 30): the shape per stage, bin and outcome, and the rate per stage and bin. */
    private final double[][][] shape;
    private final double[][] scale;

    private Hazards(double[][][] rate, double[][][] shape, double[][] scale) {
        this.rate = rate;
        this.shape = shape;
        this.scale = scale;
    }

    /** Hazards from the spell table, shrunk as above. */
    public static Hazards fit(SpellTable table) {
        double[][][] rate = new double[STAGES][AgeBins.COUNT][STAGES];
        double[][][] shape = new double[STAGES][AgeBins.COUNT][STAGES];
        double[][] scale = new double[STAGES][AgeBins.COUNT];
        for (Stage s : Stage.OPEN) {
            double[][] pooled = pooled(table, s);
            for (int b = 0; b < AgeBins.COUNT; b++) {
                double e = table.exposure(s, b);
                scale[s.ordinal()][b] = e + PSEUDO_DAYS;
                for (Stage k : Outcomes.of(s)) {
                    double a = table.events(s, b, k) + PSEUDO_DAYS * pooled[b][k.ordinal()];
                    shape[s.ordinal()][b][k.ordinal()] = a;
                    rate[s.ordinal()][b][k.ordinal()] = a / (e + PSEUDO_DAYS);
                }
            }
        }
        return new Hazards(rate, shape, scale);
    }

    /** The hazards of an empty history: the PRD-046 priors in every bin. */
    public static Hazards priors() {
        return fit(SpellTable.empty());
    }

    /** h̄_k(s,b) for every bin and outcome of {@code s}. */
    private static double[][] pooled(SpellTable table, Stage s) {
        double[][] pooled = new double[AgeBins.COUNT][STAGES];
        if (!table.hasEvents(s)) {
            for (int b = 0; b < AgeBins.COUNT; b++) {
                pooled[b][s.next().orElseThrow().ordinal()] = priorAdvance(s);
                pooled[b][Stage.CLOSED_LOST.ordinal()] = priorLost(s);
            }
            return pooled;
        }
        double tailExposure = 0;
        double[] tailEvents = new double[STAGES];
        int oldestExposed = -1;
        for (int b = AgeBins.COUNT - 1; b >= 0; b--) {
            tailExposure += table.exposure(s, b);
            for (Stage k : Outcomes.of(s)) {
                tailEvents[k.ordinal()] += table.events(s, b, k);
            }
            if (tailExposure > 0) {
                oldestExposed = oldestExposed < 0 ? b : oldestExposed;
                for (Stage k : Outcomes.of(s)) {
                    pooled[b][k.ordinal()] = tailEvents[k.ordinal()] / tailExposure;
                }
            }
        }
        for (int b = oldestExposed + 1; b < AgeBins.COUNT && oldestExposed >= 0; b++) {
            pooled[b] = pooled[oldestExposed].clone();
        }
        return pooled;
    }

    /** PRD-046 rate(s) ÷ days(s). */
    static double priorAdvance(Stage s) {
        return ConversionCalculator.PRIORS.get(s).doubleValue() / TimeInStage.PRIOR_DAYS.get(s).doubleValue();
    }

    /** PRD-046 (1 − rate(s)) ÷ days(s). */
    static double priorLost(Stage s) {
        return (1 - ConversionCalculator.PRIORS.get(s).doubleValue()) / TimeInStage.PRIOR_DAYS.get(s).doubleValue();
    }

    /** h_k(s,b), per day. */
    public double rate(Stage stage, int bin, Stage outcome) {
        return rate[stage.ordinal()][bin][outcome.ordinal()];
    }

    /** λ(s,b) = Σ_k h_k(s,b). */
    public double total(Stage stage, int bin) {
        double sum = 0;
        for (double h : rate[stage.ordinal()][bin]) {
            sum += h;
        }
        return sum;
    }


    /** One draw of every hazard from its Gamma(d + 30·h̄, E + 30) (the Monte Carlo range). */
    Hazards draw(Sampler sampler) {
        double[][][] drawn = new double[STAGES][AgeBins.COUNT][STAGES];
        for (Stage s : Stage.OPEN) {
            for (int b = 0; b < AgeBins.COUNT; b++) {
                for (Stage k : Outcomes.of(s)) {
                    drawn[s.ordinal()][b][k.ordinal()] = sampler.gamma(shape[s.ordinal()][b][k.ordinal()], scale[s.ordinal()][b]);
                }
            }
        }
        return new Hazards(drawn, shape, scale);
    }

    /** Hazards that do not change with age, for worked examples: per stage, the rate per day of each outcome. */
    static Hazards constant(java.util.Map<Stage, java.util.Map<Stage, Double>> perDay) {
        double[][][] rate = new double[STAGES][AgeBins.COUNT][STAGES];
        perDay.forEach((s, byOutcome) -> byOutcome.forEach((k, h) -> {
            if (!Outcomes.of(s).contains(k)) {
                throw new IllegalArgumentException(s + " cannot end in " + k);
            }
            for (int b = 0; b < AgeBins.COUNT; b++) {
                rate[s.ordinal()][b][k.ordinal()] = h;
            }
        }));
        return new Hazards(rate, new double[STAGES][AgeBins.COUNT][STAGES], new double[STAGES][AgeBins.COUNT]);
    }
}
