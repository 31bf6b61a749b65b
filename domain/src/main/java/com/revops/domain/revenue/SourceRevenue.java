package com.revops.domain.revenue;

import java.math.BigDecimal;

/** Revenue and deals by the platform and niche that sourced them (the SQL aggregate behind top sources). */
public record SourceRevenue(String platform, String niche, long deals, BigDecimal revenue) {
}
