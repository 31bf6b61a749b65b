package com.revops.domain.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;

/** Hand-worked checks of sales velocity, forecast accuracy, offer ROI, top sources and automation ROI. */
class RevenueMeasuresTest {

    @Test
    void salesVelocityIsOpenDealsTimesWinRateTimesMeanValueOverCycleDays() {
        PipelineSummary pipeline = new PipelineSummary(List.of(
                new PipelineSummary.StageLine(Stage.COLD, 8, new BigDecimal("16000")),
                new PipelineSummary.StageLine(Stage.DECISION, 2, new BigDecimal("7000"))), 10, new BigDecimal("23000"));
        // won 3, lost 9: win rate 0.25; mean value 23000 / 10 = 2300; cycle 46 days
        // 10 × 0.25 × 2300 / 46 = 125 per day
        SalesVelocity v = SalesVelocity.of(pipeline, 3, 9, Optional.of(new BigDecimal("46")), TimeInStage.priorsOnly());
        assertThat(v.winRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.25"));
        assertThat(v.meanDealValue()).isEqualByComparingTo("2300");
        assertThat(v.perDay()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("125"));

        // before any win the cycle is the blended journey: 7 + 14 + 21 + 10 + 5 = 57 days
        SalesVelocity early = SalesVelocity.of(pipeline, 0, 4, Optional.empty(), TimeInStage.priorsOnly());
        assertThat(early.cycleDays()).isEqualByComparingTo("57");
        assertThat(early.perDay()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0"));
        assertThat(SalesVelocity.of(pipeline, 0, 0, Optional.empty(), TimeInStage.priorsOnly()).perDay()).isEmpty();
    }

    @Test
    void forecastAccuracyGivesWapeBiasAndMape() {
        // F 1000 vs A 800; F 500 vs A 1000; F 300 vs A 0
        // Σ|F−A| = 200 + 500 + 300 = 1000; ΣA = 1800 → WAPE 0.5556; Σ(F−A) = 200 − 500 + 300 = 0 → bias 0
        // MAPE over A > 0: (200/800 + 500/1000) / 2 = (0.25 + 0.5) / 2 = 0.375
        ForecastAccuracy accuracy = ForecastAccuracy.of(List.of(
                new ForecastAccuracy.Point(LocalDate.of(2026, 1, 1), new BigDecimal("1000"), new BigDecimal("800")),
                new ForecastAccuracy.Point(LocalDate.of(2026, 1, 2), new BigDecimal("500"), new BigDecimal("1000")),
                new ForecastAccuracy.Point(LocalDate.of(2026, 1, 3), new BigDecimal("300"), BigDecimal.ZERO)));
        assertThat(accuracy.wape().orElseThrow().doubleValue()).isCloseTo(1000.0 / 1800, within(1e-12));
        assertThat(accuracy.bias().orElseThrow()).isEqualByComparingTo("0");
        assertThat(accuracy.mape().orElseThrow()).isEqualByComparingTo("0.375");
        assertThat(ForecastAccuracy.of(List.of()).wape()).isEmpty();
    }

    /*
     * Cost = ad spend + AI credits tagged with the offer + operator time; ROI = (revenue − cost) ÷ cost (SPEC §4).
     * Operator time at the defaults: $100/h, 3 min per outreach item sent, 45 min per call booked.
     *  ai_automation × twitter:  ads 100; credits $40 split 30:10 by pipeline entries → 30;
     *                            time (40 × 3 + 4 × 45) min = 300 min = 5 h → $500; cost 630
     *                            ROI (7000 − 630) ÷ 630 = 10.1111…; conversion 2 ÷ 30
     *  ai_automation × threads:  credits 10; time 20 × 3 = 60 min → $100; cost 110; ROI (0 − 110) ÷ 110 = −1
     *  creator_growth × tiktok:  nothing spent → ROI n/a; no pipeline entries → conversion n/a
     *  ai_automation (all):      ads 100 + credits 40 + time 600 = 740; ROI (7000 − 740) ÷ 740 = 8.4594…
     */
    @Test
    void offerRoiIsRevenueLessEverythingTheOfferConsumedOverThatCost() {
        List<OfferActivity> activity = List.of(
                new OfferActivity("ai_automation", "twitter", Optional.of("saas"), 10_000, 400, 12, 30, 2, new BigDecimal("7000"),
                        new BigDecimal("100"), 40, 4),
                new OfferActivity("ai_automation", "threads", Optional.of("saas"), 4_000, 100, 3, 10, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                        20, 0),
                new OfferActivity("creator_growth", "tiktok", Optional.empty(), 20_000, 900, 20, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                        0, 0));
        var result = new OfferPerformanceCalculator(OperatorTime.DEFAULT).compute(activity, Map.of("ai_automation", new BigDecimal("40")));

        OfferPerformance twitter = result.rows().get(0);
        assertThat(twitter.platform()).isEqualTo("twitter");
        assertThat(twitter.costs().adSpend()).isEqualByComparingTo("100");
        assertThat(twitter.costs().aiCredits()).isEqualByComparingTo("30");
        assertThat(twitter.costs().operatorTime()).isEqualByComparingTo("500");
        assertThat(twitter.cost()).isEqualByComparingTo("630");
        assertThat(twitter.roi().orElseThrow().doubleValue()).isCloseTo(6370.0 / 630, within(1e-12));
        assertThat(twitter.conversion().orElseThrow().doubleValue()).isCloseTo(2.0 / 30, within(1e-12));
        OfferPerformance threads = result.rows().stream().filter(r -> r.platform().equals("threads")).findFirst().orElseThrow();
        assertThat(threads.cost()).isEqualByComparingTo("110");
        assertThat(threads.roi().orElseThrow()).isEqualByComparingTo("-1");
        OfferPerformance tiktok = result.rows().stream().filter(r -> r.platform().equals("tiktok")).findFirst().orElseThrow();
        assertThat(tiktok.roi()).as("n/a at zero cost").isEmpty();
        assertThat(tiktok.conversion()).as("no pipeline entries").isEmpty();

        OfferPerformance ai = result.topOffer().orElseThrow();
        assertThat(ai.offerTag()).isEqualTo("ai_automation");
        assertThat(ai.costs()).isEqualTo(new OfferCost(new BigDecimal("100"), ai.costs().aiCredits(), ai.costs().operatorTime(), 60, 4));
        assertThat(ai.costs().aiCredits()).isEqualByComparingTo("40");
        assertThat(ai.costs().operatorTime()).isEqualByComparingTo("600");
        assertThat(ai.cost()).isEqualByComparingTo("740");
        assertThat(ai.roi().orElseThrow().doubleValue()).isCloseTo(6260.0 / 740, within(1e-12));
        assertThat(ai.conversion().orElseThrow().doubleValue()).isCloseTo(2.0 / 40, within(1e-12));
    }

    @Test
    void operatorTimeIsMinutesOverSixtyAtTheHourlyRateAndRefusesBadSettings() {
        // $60/h, 2 min per item, 30 min per call: 40 × 2 + 4 × 30 = 200 min = 3⅓ h → $200
        OperatorTime time = OperatorTime.parse("$60", "2", "30");
        assertThat(time.cost(40, 4)).isEqualByComparingTo("200");
        assertThat(OperatorTime.DEFAULT.cost(1, 0)).isEqualByComparingTo("5"); // 3 min at $100/h
        assertThat(OperatorTime.DEFAULT.cost(0, 1)).isEqualByComparingTo("75"); // 45 min at $100/h
        assertThat(OperatorTime.parse("0", "0", "0").cost(100, 100)).isEqualByComparingTo("0");

        assertThatThrownBy(() -> OperatorTime.parse("-5", "3", "45")).isInstanceOf(InvalidInputException.class)
                .hasMessage("hourly rate: must not be negative (got -5)");
        assertThatThrownBy(() -> OperatorTime.parse("100", "three", "45")).isInstanceOf(InvalidInputException.class)
                .hasMessage("minutes per outreach item: 'three' is not a number");
        assertThatThrownBy(() -> OperatorTime.parse("100", "3", "600")).isInstanceOf(InvalidInputException.class)
                .hasMessage("minutes per call: must be at most 480 (got 600)");
        assertThatThrownBy(() -> OperatorTime.parse("", "3", "45")).isInstanceOf(InvalidInputException.class)
                .hasMessage("hourly rate: is required");
        assertThatThrownBy(() -> OperatorTime.parse("100.123", "3", "45")).isInstanceOf(InvalidInputException.class)
                .hasMessage("hourly rate: has more than two decimals (got 100.123)");
    }

    @Test
    void topSourcesRankPlatformsAndNichesByRevenue() {
        TopSources top = TopSources.rank(List.of(
                new SourceRevenue("twitter", "saas", 2, new BigDecimal("7000")),
                new SourceRevenue("twitter", "coaching", 1, new BigDecimal("997")),
                new SourceRevenue("linkedin", "saas", 1, new BigDecimal("2500")),
                new SourceRevenue("linkedin", "agencies", 2, new BigDecimal("5000"))));
        assertThat(top.platforms()).extracting(TopSources.Ranked::name).containsExactly("twitter", "linkedin");
        assertThat(top.platforms().get(0).revenue()).isEqualByComparingTo("7997");
        assertThat(top.platforms().get(1).revenue()).isEqualByComparingTo("7500");
        assertThat(top.niches()).extracting(TopSources.Ranked::name).containsExactly("saas", "agencies", "coaching");
        assertThat(top.niches().get(0).revenue()).isEqualByComparingTo("9500");
        assertThat(top.bestPair().orElseThrow().platform()).isEqualTo("twitter");
        assertThat(top.bestPair().orElseThrow().niche()).isEqualTo("saas");
    }

    @Test
    void automationRoiAddsTimeSavedToAttributedRevenueOverCost() {
        // 20 h × $75 = 1500; + 2500 revenue = 4000; cost 150 + 50 = 200 → 20×
        AutomationRoi roi = AutomationRoi.of("dm_outreach", new BigDecimal("20"), new BigDecimal("75"), new BigDecimal("2500"),
                new BigDecimal("150"), new BigDecimal("50"));
        assertThat(roi.value()).isEqualByComparingTo("4000");
        assertThat(roi.cost()).isEqualByComparingTo("200");
        assertThat(roi.roi().orElseThrow()).isEqualByComparingTo("20");
        assertThat(AutomationRoi.of("free", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).roi()).isEmpty();
    }
}
