package com.revops.integrations.ads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.ads.AdsRules;

/** One row of {@code actp_ad_campaigns} as the Ads screen shows it. */
public record AdCampaign(UUID id, String postId, String platform, Optional<String> campaignId, String status, BigDecimal dailyBudget,
                         BigDecimal spend, long conversions, BigDecimal revenue, Optional<BigDecimal> storedRoas, Optional<String> offer,
                         Optional<Instant> startedAt, Optional<Instant> approvedAt, Optional<String> pausedReason, Instant createdAt,
                         Optional<String> metaStatus, Optional<String> metaError) {

    /** Approved by the operator, not yet confirmed running at Meta. */
    public boolean launching() {
        return "proposed".equals(status) && approvedAt.isPresent();
    }

    /** The status as the operator reads it: "approved · launching" between approval and Meta's confirmation. */
    public String shownStatus() {
        return launching() ? "approved · launching" : status;
    }

    /** The tag every Meta object of this campaign carries in its name, so a lost answer is found again. */
    public String metaTag() {
        return "revops:" + id;
    }

    /** Spend ÷ conversions; empty with no conversion. */
    public Optional<BigDecimal> cpa() {
        return AdsRules.cpa(spend, conversions).map(c -> c.setScale(2, RoundingMode.HALF_UP));
    }

    /** Revenue ÷ spend (the stored figure when the sync wrote one); empty before any spend. */
    public Optional<BigDecimal> roas() {
        if (storedRoas.isPresent()) {
            return storedRoas;
        }
        return spend.signum() == 0 ? Optional.empty() : Optional.of(revenue.divide(spend, 4, RoundingMode.HALF_UP));
    }

    /** How the operator names it: the source post and where it runs. */
    public String label() {
        return postId + " (" + platform + ")";
    }
}
