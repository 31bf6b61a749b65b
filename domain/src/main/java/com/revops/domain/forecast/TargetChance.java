package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The chance of hitting this month's target (issue "Targets and scenarios"; SPEC §4 hazard model): the month's
 * new-deal revenue so far plus the deals simulated to close in the rest of the month, against the target.
 * <p>
 * Each open prospect (a group of contacts alike in stage, offer and age) closes by month end with its hazard
 * chance {@code G(s,a,H)} — independently, one Bernoulli per contact — and the new leads bring a Poisson number
 * of deals at the mean deal value. {@code p_hit} is the share of draws with {@code MTD + closings ≥ target}; the
 * month end's P10/P50/P90 come from the same draws; the seed is the forecast's (as_of alone). What decides the
 * month: for a contact, p_hit with it minus p_hit without it — its chance to close × {@code (P(hit | it closes) −
 * P(hit | it does not))}, from the same draws (the others' closings unchanged) — for the prospects with the
 * highest expected value.
 * The hazards are taken at their point estimates here (no Gamma draw): the chance is about this month's deals,
 * not about the rates (docs/decisions/0070-monthly-target-chance.md).
 */
public final class TargetChance {
    /** Draws of the month's remaining deals. */
    public static final int DRAWS = 4000;
    /** How many prospects' effect on p_hit is measured (the highest expected value first). */
    static final int CANDIDATES = 25;
    /** How many deciders are reported. */
    public static final int DECIDERS = 5;

    private TargetChance() {
    }

    /**
     * @param mtd         new-deal revenue of the month so far
     * @param prospects   open contacts, grouped, with their chance to close by month end
     * @param leadDeals   expected number of deals from leads not yet arrived, closing by month end
     * @param leadValue   the mean deal value of such a deal
     */
    public static Result of(BigDecimal target, BigDecimal mtd, List<Prospect> prospects, double leadDeals, BigDecimal leadValue,
                            long seed, int draws) {
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("target must be positive, was " + target);
        }
        Sampler sampler = new Sampler(seed);
        double gap = target.subtract(mtd).doubleValue();
        List<Prospect> candidates = prospects.stream().filter(p -> p.count() > 0 && p.chance() > 0)
                .sorted(Comparator.comparingDouble((Prospect p) -> -p.value().doubleValue() * p.chance()).thenComparing(Prospect::key))
                .limit(CANDIDATES).toList();
        double[] sums = new double[draws];
        boolean[][] closes = new boolean[candidates.size()][draws];
        double lead = leadValue.doubleValue();
        int[] candidateOf = new int[prospects.size()];
        for (int i = 0; i < prospects.size(); i++) {
            candidateOf[i] = candidates.indexOf(prospects.get(i));
        }
        for (int d = 0; d < draws; d++) {
            double sum = 0;
            for (int i = 0; i < prospects.size(); i++) {
                Prospect p = prospects.get(i);
                int candidate = candidateOf[i];
                double v = p.value().doubleValue();
                for (long c = 0; c < p.count(); c++) {
                    boolean closed = sampler.uniform() < p.chance();
                    if (closed) {
                        sum += v;
                    }
                    if (c == 0 && candidate >= 0) {
                        closes[candidate][d] = closed;
                    }
                }
            }
            sum += sampler.poisson(Math.max(0, leadDeals)) * lead;
            sums[d] = sum;
        }
        long hits = Arrays.stream(sums).filter(s -> s >= gap - 1e-9).count();
        List<Decider> deciders = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Prospect p = candidates.get(i);
            double v = p.value().doubleValue();
            long withIt = 0;
            long without = 0;
            for (int d = 0; d < draws; d++) {
                double others = sums[d] - (closes[i][d] ? v : 0);
                withIt += others + v >= gap - 1e-9 ? 1 : 0;
                without += others >= gap - 1e-9 ? 1 : 0;
            }
            // p_hit with the contact in the pipeline minus p_hit without it: its chance to close × what its closing changes
            double effect = p.chance() * (withIt - without) / (double) draws;
            if (effect > 0) {
                deciders.add(new Decider(p, effect));
            }
        }
        deciders.sort(Comparator.comparingDouble((Decider x) -> -x.effect()).thenComparing(x -> x.prospect().key()));
        double expected = prospects.stream().mapToDouble(p -> p.value().doubleValue() * p.chance() * p.count()).sum() + leadDeals * lead;
        double[] monthEnds = Arrays.stream(sums).map(s -> s + mtd.doubleValue()).toArray();
        return new Result(target, mtd, hits / (double) draws, money(mtd.doubleValue() + expected), ForecastRange.interval(monthEnds),
                List.copyOf(deciders.subList(0, Math.min(DECIDERS, deciders.size()))));
    }

    /** Coverage: the open weighted pipeline ÷ what is left to reach the target; empty once the target is met. */
    public static Optional<BigDecimal> coverage(BigDecimal weightedPipeline, BigDecimal target, BigDecimal mtd) {
        BigDecimal gap = target.subtract(mtd);
        return gap.signum() <= 0 ? Optional.empty() : Optional.of(weightedPipeline.divide(gap, MathContext.DECIMAL64));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Contacts alike (same stage, offer and whole days in stage): each closes by month end with {@code chance}. */
    public record Prospect(String key, Optional<String> offerTag, com.revops.domain.common.Stage stage, long ageDays, BigDecimal value,
                           double chance, long count) {
    }

    /** A prospect and how much p_hit would fall without one of its contacts. */
    public record Decider(Prospect prospect, double effect) {
    }

    /** The month's chance: p_hit, the expected month end and its P10/P50/P90, what decides it. */
    public record Result(BigDecimal target, BigDecimal mtd, double pHit, BigDecimal expectedMonthEnd, Interval monthEnd,
                         List<Decider> deciders) {
        /** The shortfall at P50: how far the middle outcome falls short of the target (zero when it reaches it). */
        public BigDecimal shortfallP50() {
            return target.subtract(monthEnd.p50()).max(BigDecimal.ZERO);
        }
    }
}
