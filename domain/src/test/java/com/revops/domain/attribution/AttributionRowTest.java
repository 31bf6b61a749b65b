package com.revops.domain.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

/** CPA and ROAS of SPEC §4 attribution, worked by hand. */
class AttributionRowTest {

    @Test
    void cpaIsCostPerPurchaseAndRoasIsRevenuePerDollarOfCost() {
        // 4 purchases of $99, $99, $49.50 and $49.50 = $297 revenue; $60 spent on the clicks
        AttributionRow row = AttributionRow.of(AttributionDimension.PLATFORM, Optional.of("tiktok"), 200, 40, 12, 4,
                new BigDecimal("297.00"), new BigDecimal("60.00"));
        // CPA = 60 ÷ 4 = 15; ROAS = 297 ÷ 60 = 4.95
        assertThat(row.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(row.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.95"));
        assertThat(row.clicks()).isEqualTo(200);
        assertThat(row.value()).contains("tiktok");
    }

    @Test
    void cpaIsNotAvailableWithoutAPurchase() {
        // $12.10 spent, nothing bought: CPA n/a; ROAS = 0 ÷ 12.10 = 0
        AttributionRow row = AttributionRow.of(AttributionDimension.NICHE, Optional.of("saas"), 22, 3, 0, 0,
                BigDecimal.ZERO, new BigDecimal("12.10"));
        assertThat(row.cpa()).isEmpty();
        assertThat(row.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void roasIsNotAvailableAtZeroCostAndCpaIsThenZero() {
        // organic: nothing spent, 3 purchases, $149 revenue: ROAS n/a (no cost to divide by); CPA = 0 ÷ 3 = 0
        AttributionRow row = AttributionRow.of(AttributionDimension.UTM_SOURCE, Optional.empty(), 90, 9, 5, 3,
                new BigDecimal("149.00"), BigDecimal.ZERO);
        assertThat(row.roas()).isEmpty();
        assertThat(row.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(row.value()).isEmpty();
    }

    @Test
    void cpaKeepsItsPrecisionUntilOutput() {
        // $10 over 3 purchases = 3.333…; rounding belongs to the output
        AttributionRow row = AttributionRow.of(AttributionDimension.OFFER, Optional.of("ai_automation"), 10, 5, 4, 3,
                new BigDecimal("30"), new BigDecimal("10"));
        assertThat(row.cpa().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("3.3333");
        assertThat(row.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    }

    @Test
    void dimensionsAreTheEightOfPrd019AndParseByTheirColumnName() {
        assertThat(AttributionDimension.values()).extracting(AttributionDimension::code).containsExactly("platform", "content_type",
                "hook_category", "niche", "framework", "offer", "paywall_variant", "utm_source");
        assertThat(AttributionDimension.parse("dimension", " Hook_Category ")).isEqualTo(AttributionDimension.HOOK_CATEGORY);
        assertThatThrownBy(() -> AttributionDimension.parse("dimension", "colour"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dimension").hasMessageContaining("colour");
    }
}
