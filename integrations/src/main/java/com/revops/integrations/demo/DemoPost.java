package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Instant;

/** A published post and how it did; {@code offerTag} may be null. */
record DemoPost(String postId, String platform, String contentType, String hookCategory, String niche, String framework,
                String offerTag, int impressions, int engagements, int clicks, int dmStarts, BigDecimal engagementScore,
                String status, Instant publishedAt) {

    DemoPost withStatus(String newStatus) {
        return new DemoPost(postId, platform, contentType, hookCategory, niche, framework, offerTag, impressions,
                engagements, clicks, dmStarts, engagementScore, newStatus, publishedAt);
    }
}
