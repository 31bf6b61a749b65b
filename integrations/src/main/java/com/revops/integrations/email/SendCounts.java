package com.revops.integrations.email;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Emails sent and how many of them were opened, clicked and replied to. Rates are of the sends; empty with none. */
public record SendCounts(long sent, long opened, long clicked, long replied) {
    public static final SendCounts NONE = new SendCounts(0, 0, 0, 0);

    public Optional<BigDecimal> openRate() {
        return rate(opened);
    }

    public Optional<BigDecimal> clickRate() {
        return rate(clicked);
    }

    public Optional<BigDecimal> replyRate() {
        return rate(replied);
    }

    public SendCounts plus(SendCounts other) {
        return new SendCounts(sent + other.sent, opened + other.opened, clicked + other.clicked, replied + other.replied);
    }

    private Optional<BigDecimal> rate(long part) {
        return sent == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(sent), MathContext.DECIMAL64));
    }
}
