package com.revops.integrations.ads;

import java.math.BigDecimal;
import java.util.Optional;

/** An organic post good enough to become a campaign (engagement score ≥ 8.0, still organic only). */
public record AdCandidate(String postId, String platform, Optional<String> offer, BigDecimal score, long impressions, long engagements,
                          long clicks) {
}
