package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.Money;

/**
 * The month's target in one sentence, the same on the dashboard, in the daily brief and the CLI:
 * "62% chance of $20,000 in new deals in March; Zoe Bennett's $3,500 deal decides most of it".
 */
public final class TargetWords {
    private TargetWords() {
    }

    /** @param decider the contact whose presence moves p_hit most, and its deal value */
    public static String headline(YearMonth month, TargetChance.Result r, Optional<String> deciderName, Optional<BigDecimal> deciderValue) {
        return headline(month, r, deciderName, deciderValue, BigDecimal.ZERO);
    }

    /**
     * The same, naming the slipped deals' value when there are any ({@link SlippedRule}): "…; Zoe Bennett's $3,500 deal
     * decides most of it; $7,500 of deals slipped".
     */
    public static String headline(YearMonth month, TargetChance.Result r, Optional<String> deciderName, Optional<BigDecimal> deciderValue,
                                  BigDecimal slipped) {
        String line = withoutSlipped(month, r, deciderName, deciderValue);
        return slipped.signum() > 0 ? line + "; " + Money.format(slipped) + " of deals slipped" : line;
    }

    private static String withoutSlipped(YearMonth month, TargetChance.Result r, Optional<String> deciderName,
                                         Optional<BigDecimal> deciderValue) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        if (r.mtd().compareTo(r.target()) >= 0) {
            return "Target met: " + Money.format(r.mtd()) + " of " + Money.format(r.target()) + " in new deals in " + name;
        }
        String line = percent(r.pHit()) + " chance of " + Money.format(r.target()) + " in new deals in " + name;
        if (deciderName.isPresent() && deciderValue.isPresent()) {
            line += "; " + deciderName.get() + "'s " + Money.format(deciderValue.get()) + " deal decides most of it";
        }
        return line;
    }

    /** A chance in whole percent: 0.79375 → "79%"; never rounded to a certainty it is not: "under 1%", "over 99%". */
    static String percent(double p) {
        if (p > 0 && p < 0.005) {
            return "under 1%";
        }
        if (p < 1 && p >= 0.995) {
            return "over 99%";
        }
        return BigDecimal.valueOf(p * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
