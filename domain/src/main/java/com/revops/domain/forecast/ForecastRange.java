package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.revops.domain.common.Stage;

/**
 * The hazard forecast's likely range (SPEC §4): P10, P50 and P90 of {@value #DRAWS} seeded Monte Carlo
 * draws. Every {@value #OUTCOMES_PER_HAZARD_DRAW} draws share one draw of every hazard from its
 * Gamma(d + 30·h̄, E + 30) (the costly part: each contact's G under those hazards); each lets each open contact close
 * within H with its G(s,a,H) under those hazards (one uniform per contact, so a deal within 30 days is
 * also within 60 and 90), and draws the new leads that close within H from Poisson — the thinned
 * arrivals of Poisson(λ_in(s)) a day. The seed is derived from as_of alone, so the same as_of always
 * gives the same range (docs/decisions/0031-forecast-range-and-seed.md).
 */
public final class ForecastRange {
    /** Hazard sets drawn from their Gamma posteriors. */
    public static final int HAZARD_DRAWS = 100;
    /** Deals and arrivals drawn under each hazard set: 100 × 10 = 1000 draws of revenue. */
    public static final int OUTCOMES_PER_HAZARD_DRAW = 10;
    public static final int DRAWS = HAZARD_DRAWS * OUTCOMES_PER_HAZARD_DRAW;
    private static final int[] HORIZONS = ByHorizon.DAYS.stream().mapToInt(Integer::intValue).toArray();
    private static final int AGES = AgeBins.LAST_EDGE + 1;

    private ForecastRange() {
    }

    /** The seed for as_of: its epoch second, mixed so that nearby instants give unrelated streams. */
    public static long seed(Instant asOf) {
        long z = asOf.getEpochSecond() * 0x9E3779B97F4A7C15L + asOf.getNano();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static ByHorizon<Interval> of(Hazards fitted, List<OpenGroup> open, DealValues values, LeadFlow leads, Instant asOf) {
        return of(fitted, open, values, leads, seed(asOf), DRAWS);
    }

    static ByHorizon<Interval> of(Hazards fitted, List<OpenGroup> open, DealValues values, LeadFlow leads, long seed, int draws) {
        Sampler sampler = new Sampler(seed);
        double[][] revenue = new double[HORIZONS.length][draws];
        double[] groupValue = open.stream().mapToDouble(g -> values.value(g.offerTag()).doubleValue()).toArray();
        double leadValue = leads.meanValue().doubleValue();
        CloseChances chances = null;
        double[][] memo = null;
        for (int d = 0; d < draws; d++) {
            if (d % OUTCOMES_PER_HAZARD_DRAW == 0) {
                chances = new CloseChances(fitted.draw(sampler), ByHorizon.MAX_DAYS);
                memo = new double[Stage.OPEN.size() * AGES][];
            }
            for (int i = 0; i < open.size(); i++) {
                OpenGroup group = open.get(i);
                if (!group.stage().isOpen() || group.contacts() == 0) {
                    continue;
                }
                int key = group.stage().ordinal() * AGES + (int) Math.min(group.ageDays(), AGES - 1);
                if (memo[key] == null) {
                    memo[key] = chances.close(group.stage(), group.ageDays(), HORIZONS);
                }
                double[] g = memo[key];
                for (long c = 0; c < group.contacts(); c++) {
                    double u = sampler.uniform();
                    for (int h = 0; h < HORIZONS.length; h++) {
                        if (u < g[h]) {
                            revenue[h][d] += groupValue[i];
                        }
                    }
                }
            }
            addLeads(chances, leads, leadValue, sampler, revenue, d);
        }
        return new ByHorizon<>(interval(revenue[0]), interval(revenue[1]), interval(revenue[2]));
    }

    /** New leads closing within each horizon: nested Poisson counts, each horizon adding the deals the shorter one missed. */
    private static void addLeads(CloseChances chances, LeadFlow leads, double leadValue, Sampler sampler, double[][] revenue, int d) {
        for (Stage s : Stage.OPEN) {
            double perDay = leads.perDay(s);
            if (perDay == 0) {
                continue;
            }
            long closed = 0;
            double before = 0;
            for (int h = 0; h < HORIZONS.length; h++) {
                double mean = perDay * LeadFlow.closesPerDailyLead(chances, s, HORIZONS[h]);
                closed += sampler.poisson(Math.max(0, mean - before));
                before = mean;
                revenue[h][d] += closed * leadValue;
            }
        }
    }

    /** P10, P50 and P90 by nearest rank: the ⌈q·N⌉-th smallest draw. */
    static Interval interval(double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new Interval(rank(sorted, 0.10), rank(sorted, 0.50), rank(sorted, 0.90));
    }

    private static BigDecimal rank(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length - 1e-9) - 1;
        return BigDecimal.valueOf(sorted[Math.max(0, index)]).setScale(2, RoundingMode.HALF_UP);
    }
}
