package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.revops.domain.common.AcceptedMoments;
import com.revops.domain.common.InvalidInputException;

/**
 * What a monthly revenue target may be, as typed — one rule for {@code --target} and the Settings screen: a month
 * YYYY-MM within the accepted years, an amount of plain dollars (an optional leading $, at most cents) above $0.
 */
public final class TargetRule {
    private TargetRule() {
    }

    public static YearMonth month(String field, String text) {
        String t = text == null ? "" : text.strip();
        try {
            YearMonth m = YearMonth.parse(t);
            if (!AcceptedMoments.accepts(m.atDay(1))) {
                throw new InvalidInputException(field, "the month " + t + " " + AcceptedMoments.outside());
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "the month must be YYYY-MM (e.g. 2026-12), not '" + t + "'");
        }
    }

    public static BigDecimal amount(String field, String text) {
        String raw = text == null ? "" : text.strip();
        String t = raw.replaceFirst("^\\$", "");
        if (!t.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new InvalidInputException(field, "the amount must be a plain number of dollars such as 20000 or 20000.50, not '"
                    + raw + "'");
        }
        BigDecimal amount = new BigDecimal(t);
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "the amount must be more than $0, not " + raw);
        }
        if (amount.compareTo(new BigDecimal("9999999999999999.99")) > 0) {
            throw new InvalidInputException(field, "the amount must be below $10,000,000,000,000,000");
        }
        return amount;
    }
}
