package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ForecastWordsTest {

    @Test
    void theHeadlineSaysTheForecastAndItsLikelyRange() {
        Interval range = new Interval(new BigDecimal("8512.40"), new BigDecimal("15800"), new BigDecimal("23975.10"));
        assertThat(ForecastWords.headline(new BigDecimal("16067.49"), Optional.of(range))).isEqualTo("~$16,067 (likely $8.5k–$24k)");
        assertThat(ForecastWords.headline(new BigDecimal("16067.50"), Optional.empty())).isEqualTo("~$16,068");
    }

    @Test
    void shortMoneyKeepsTwoOrThreeSignificantFigures() {
        assertThat(ForecastWords.shortMoney(new BigDecimal("0"))).isEqualTo("$0");
        assertThat(ForecastWords.shortMoney(new BigDecimal("940.49"))).isEqualTo("$940");
        assertThat(ForecastWords.shortMoney(new BigDecimal("999.50"))).isEqualTo("$1k");
        assertThat(ForecastWords.shortMoney(new BigDecimal("8512"))).isEqualTo("$8.5k");
        assertThat(ForecastWords.shortMoney(new BigDecimal("9960"))).isEqualTo("$10k");
        assertThat(ForecastWords.shortMoney(new BigDecimal("23975.10"))).isEqualTo("$24k");
        assertThat(ForecastWords.shortMoney(new BigDecimal("1234567"))).isEqualTo("$1.2M");
    }
}
