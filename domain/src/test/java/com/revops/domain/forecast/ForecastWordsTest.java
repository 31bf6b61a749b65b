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

    /* 8 judged points, $16,000 closed: the model off by $8,000 (WAPE 8000/16000 = 50%), the calls by $4,000 (25%). */
    @Test
    void theCallsVerdictSaysWhoDidBetterOnceEightForecastsAreJudged() {
        MethodScore model = MethodScore.of(new AccuracyTotals(ForecastMethod.HAZARD, 30, 8, new BigDecimal("8000"), new BigDecimal("-8000"),
                new BigDecimal("16000"), 0, 0));
        MethodScore calls = MethodScore.of(new AccuracyTotals(ForecastMethod.WITH_CALLS, 30, 8, new BigDecimal("4000"), new BigDecimal("-4000"),
                new BigDecimal("16000"), 0, 0));
        assertThat(ForecastWords.callsVerdict(model, calls)).isEqualTo("Your calls were off by 25.0% of what closed (WAPE) against the "
                + "model's 50.0%, over 8 judged 30-day forecasts: your calls did better.");
        assertThat(ForecastWords.callsVerdict(calls, model)).endsWith(": the model did better.");
        MethodScore early = MethodScore.of(new AccuracyTotals(ForecastMethod.WITH_CALLS, 30, 3, new BigDecimal("1000"), BigDecimal.ZERO,
                new BigDecimal("6000"), 0, 0));
        assertThat(ForecastWords.callsVerdict(model, early))
                .isEqualTo("Your calls vs the model: 3 of 8 judged 30-day forecasts so far (one a day from the midnight snapshot).");
    }
}
