package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;

/**
 * The leads that do not exist yet (SPEC §4): {@code λ_in(s)} = contacts whose first stage was s,
 * first seen in the trailing 28 days, ÷ 28 per day; {@code v̄_in} = the mean deal value v(o) of
 * those contacts. Within H they add {@code Σ_s λ_in(s)·v̄_in·Σ_{u=1..H} F_s(H−u)}, each day's leads
 * arriving mid-day.
 */
public final class LeadFlow {
    public static final int WINDOW_DAYS = 28;

    private final Map<Stage, Long> arrivals = new EnumMap<>(Stage.class);
    private final BigDecimal meanValue;
    private final long total;

    private LeadFlow(List<LeadArrivals> leads, DealValues values) {
        BigDecimal sum = BigDecimal.ZERO;
        long n = 0;
        for (LeadArrivals a : leads) {
            if (!a.firstStage().isOpen() || a.contacts() == 0) {
                continue;
            }
            arrivals.merge(a.firstStage(), a.contacts(), Long::sum);
            sum = sum.add(values.value(a.offerTag()).multiply(BigDecimal.valueOf(a.contacts())));
            n += a.contacts();
        }
        this.total = n;
        this.meanValue = n == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
    }

    public static LeadFlow of(List<LeadArrivals> leads, DealValues values) {
        return new LeadFlow(leads, values);
    }

    public static LeadFlow none() {
        return new LeadFlow(List.of(), null);
    }

    /** λ_in(s): new contacts per day starting in {@code stage}. */
    public double perDay(Stage stage) {
        return arrivals.getOrDefault(stage, 0L) / (double) WINDOW_DAYS;
    }

    /** v̄_in. */
    public BigDecimal meanValue() {
        return meanValue;
    }

    /** Contacts first seen in the trailing 28 days. */
    public long total() {
        return total;
    }

    /**
     * Σ_{u=1..H} F_s(H−u): the deals one new lead a day starting in {@code stage} brings within H — a lead of day u
     * arriving mid-day, with the mean of F_s(H−u) and F_s(H−u+1) (as a move does in {@link CloseChances}).
     */
    static double closesPerDailyLead(CloseChances chances, Stage stage, int horizon) {
        double sum = 0;
        for (int u = 1; u <= horizon; u++) {
            sum += 0.5 * (chances.reach(stage, horizon - u) + chances.reach(stage, horizon - u + 1));
        }
        return sum;
    }

    /** The new leads' expected revenue within H. */
    public BigDecimal expected(CloseChances chances, int horizon) {
        double deals = 0;
        for (Stage s : Stage.OPEN) {
            deals += perDay(s) * closesPerDailyLead(chances, s, horizon);
        }
        return meanValue.multiply(BigDecimal.valueOf(deals));
    }
}
