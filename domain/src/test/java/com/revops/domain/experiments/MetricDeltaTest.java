package com.revops.domain.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MetricDeltaTest {

    @Test
    void aConversionChangeHasPointsAndARelativeLift() {
        // 41.20% → 53.80%: +0.1260 (12.6 points), 0.1260 / 0.4120 = +30.58%
        MetricDelta delta = new MetricDelta(Optional.of(new BigDecimal("0.4120")), Optional.of(new BigDecimal("0.5380")));
        assertThat(delta.absolute()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.1260"));
        assertThat(delta.relative()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.3058252427184466"));
        assertThat(delta.isRate()).isTrue();
    }

    @Test
    void aCountIsNotARate() {
        // 18,400 → 21,950 search impressions: +3,550, +19.29%
        MetricDelta delta = new MetricDelta(Optional.of(new BigDecimal("18400")), Optional.of(new BigDecimal("21950")));
        assertThat(delta.absolute()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3550"));
        assertThat(delta.relative()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.1929347826086957"));
        assertThat(delta.isRate()).isFalse();
    }

    @Test
    void nothingToCompareWhileStillMeasuringOrFromZero() {
        MetricDelta measuring = new MetricDelta(Optional.of(new BigDecimal("0.2250")), Optional.empty());
        assertThat(measuring.absolute()).isEmpty();
        assertThat(measuring.relative()).isEmpty();
        MetricDelta fromZero = new MetricDelta(Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("0.05")));
        assertThat(fromZero.absolute()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.05"));
        assertThat(fromZero.relative()).isEmpty();
    }
}
