package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionRates;

/** Deal values, the new-leads flow, recurring revenue, run rate and the assembled hazard forecast, worked by hand. */
class ForecastPartsTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    /*
     * ai_automation: two deals of $3,150 (10% off $3,500): (6300 + 5·3500) / (2 + 5) = 23800 / 7 = 3400
     * no offer: one custom deal of $2,000, catalog mean 2124.25: (2000 + 5·2124.25) / 6 = 12621.25 / 6 = 2103.5416…
     * an offer the catalog does not know is the no-offer group; creator_growth has no deals: its catalog $1,500
     */
    @Test
    void dealValuesAreShrunkTowardTheCatalogWithWeightFive() {
        DealValues v = DealValues.of(TestOffers.PRD_046, List.of(
                new OfferDeals(Optional.of("ai_automation"), 2, new BigDecimal("6300")),
                new OfferDeals(Optional.empty(), 1, new BigDecimal("2000"))));

        assertThat(v.value(Optional.of("AI_Automation"))).isEqualByComparingTo("3400");
        assertThat(v.value(Optional.empty()).doubleValue()).isCloseTo(12621.25 / 6, within(1e-9));
        assertThat(v.value(Optional.of("mystery_offer")).doubleValue()).isCloseTo(12621.25 / 6, within(1e-9));
        assertThat(v.value(Optional.of("creator_growth"))).isEqualByComparingTo("1500");
    }

    /*
     * 14 cold leads with personal_brand ($997) and 14 decision leads with ai_automation ($3,500) in 28 days:
     * λ_in(cold) = λ_in(decision) = 0.5 a day; v̄_in = (14·997 + 14·3500) / 28 = 2248.5
     */
    @Test
    void newLeadsArriveAtTheTrailing28DayRate() {
        LeadFlow leads = LeadFlow.of(List.of(new LeadArrivals(Stage.COLD, Optional.of("personal_brand"), 14),
                new LeadArrivals(Stage.DECISION, Optional.of("ai_automation"), 14)), DealValues.of(TestOffers.PRD_046, List.of()));

        assertThat(leads.perDay(Stage.COLD)).isEqualTo(0.5);
        assertThat(leads.perDay(Stage.AWARENESS)).isZero();
        assertThat(leads.meanValue()).isEqualByComparingTo("2248.5");
        assertThat(leads.total()).isEqualTo(28);
    }

    /*
     * as_of 20 Mar 12:00. Churn: 1 churn event ÷ 4 active streams = 0.25, so the n-th payment counts 0.75^n.
     *  A paid $297 on 10 Mar: next 9 Apr (n=1, day 20), 9 May (n=2, day 50), 8 Jun (n=3, day 80)
     *  B paid $497 on 15 Feb (33 days ago): 17 Mar is due and not in — counts now (n=1); 16 Apr (n=2, day 27),
     *    16 May (n=3, day 57), 15 Jun (n=4, day 87)
     *  30: 297·0.75 + 497·0.75 + 497·0.5625 = 222.75 + 372.75 + 279.5625 = 875.0625
     *  60: + 297·0.5625 + 497·0.421875 = 875.0625 + 167.0625 + 209.671875 = 1251.796875
     *  90: + 297·0.421875 + 497·0.31640625 = 1251.796875 + 125.296875 + 157.25390625 = 1534.34765625
     */
    @Test
    void recurringStreamsContinueEvery30DaysWeightedByChurn() {
        RecurringHistory history = new RecurringHistory(List.of(
                new RecurringStream(Instant.parse("2026-03-10T12:00:00Z"), new BigDecimal("297")),
                new RecurringStream(Instant.parse("2026-02-15T12:00:00Z"), new BigDecimal("497"))), 1, 4);

        assertThat(RecurringForecast.churn(history)).isEqualByComparingTo("0.25");
        ByHorizon<BigDecimal> recurring = RecurringForecast.of(history, AS_OF);
        assertThat(recurring.d30()).isEqualByComparingTo("875.0625");
        assertThat(recurring.d60()).isEqualByComparingTo("1251.796875");
        assertThat(recurring.d90()).isEqualByComparingTo("1534.34765625");
        assertThat(RecurringForecast.of(RecurringHistory.none(), AS_OF).d90()).isEqualByComparingTo("0");
        assertThat(RecurringForecast.churn(new RecurringHistory(List.of(), 5, 2))).isEqualByComparingTo("1");
    }

    @Test
    void runRateScalesTheTrailing90DaysOfDealRevenue() {
        // $9,000 of deals in 90 days: 3,000 / 6,000 / 9,000
        ByHorizon<BigDecimal> r = ForecastModel.runRate(new BigDecimal("9000"));
        assertThat(r.d30()).isEqualByComparingTo("3000");
        assertThat(r.d60()).isEqualByComparingTo("6000");
        assertThat(r.d90()).isEqualByComparingTo("9000");
    }

    /*
     * Empty history, one decision contact with ai_automation entered today ($3,500, no deals yet so v = 3500),
     * no new leads, no deals in 90 days:
     *  hazard 30 = 3500 · 0.1263735027 = 442.3072596 (CloseChancesTest), 90 = 3500 · 0.1399653609 = 489.8787633
     *  stage_velocity = 490 everywhere (3500 × 0.40 × 0.35); run_rate 0; recurring 0
     * The contribution sits in decision, under 7 days; the contact's P(close ≤ 30) = 0.1264.
     */
    @Test
    void anEmptyHistoryForecastsWithThePriors() {
        ForecastInputs in = new ForecastInputs(AS_OF, TestOffers.PRD_046,
                List.of(new OpenGroup(Stage.DECISION, Optional.of("ai_automation"), 0, 1, new ByHorizon<>(1L, 1L, 1L))),
                ConversionRates.priorsOnly(), List.of(), List.of(), List.of(), BigDecimal.ZERO, RecurringHistory.none());

        Forecast f = ForecastModel.withRange(in);

        assertThat(f.forecast30().doubleValue()).isCloseTo(442.3072596, within(1e-6));
        assertThat(f.forecast90().doubleValue()).isCloseTo(489.8787633, within(1e-6));
        assertThat(f.stageVelocity().d30()).isEqualByComparingTo("490");
        assertThat(f.weightedPipeline()).isEqualByComparingTo("490");
        assertThat(f.runRate().d90()).isEqualByComparingTo("0");
        assertThat(f.newLeads().d90()).isEqualByComparingTo("0");
        assertThat(f.total(30)).isEqualByComparingTo(f.forecast30());
        assertThat(f.contributions()).singleElement().satisfies(c -> {
            assertThat(c.stage()).isEqualTo(Stage.DECISION);
            assertThat(c.age()).isEqualTo(AgeBucket.UNDER_A_WEEK);
            assertThat(c.expected().d30().doubleValue()).isCloseTo(442.3072596, within(1e-6));
        });
        assertThat(f.groups()).singleElement().satisfies(g -> assertThat(g.closeChance().d30()).isCloseTo(0.1263735027, within(1e-10)));
        // one contact is worth $3,500 or nothing: its range is 0 … 3500
        Interval range = f.range().orElseThrow().d30();
        assertThat(range.p10()).isEqualByComparingTo("0");
        assertThat(range.p90()).isIn(new BigDecimal("0.00"), new BigDecimal("3500.00"));
    }

    /*
     * 28 decision leads a day for 28 days (λ_in = 1) and nothing open, empty history: the new-leads term is
     *  v̄ · Σ_{u=1..H} ½[F_dec(H−u) + F_dec(H−u+1)]; it grows with H, so forecast_90 > forecast_60 > forecast_30 > 0.
     */
    @Test
    void newLeadsMakeLongerHorizonsLarger() {
        ForecastInputs in = new ForecastInputs(AS_OF, TestOffers.PRD_046, List.of(), ConversionRates.priorsOnly(), List.of(), List.of(),
                List.of(new LeadArrivals(Stage.DECISION, Optional.of("ai_automation"), 28)), BigDecimal.ZERO, RecurringHistory.none());

        Forecast f = ForecastModel.pointsOnly(in);

        CloseChances priors = new CloseChances(Hazards.priors(), 90);
        double sum30 = 0;
        for (int u = 1; u <= 30; u++) {
            sum30 += 0.5 * (priors.reach(Stage.DECISION, 30 - u) + priors.reach(Stage.DECISION, 31 - u));
        }
        assertThat(f.newLeads().d30().doubleValue()).isCloseTo(3500 * sum30, within(1e-6));
        assertThat(f.forecast30()).isEqualByComparingTo(f.newLeads().d30());
        assertThat(f.forecast60()).isGreaterThan(f.forecast30());
        assertThat(f.forecast90()).isGreaterThan(f.forecast60());
        assertThat(f.newLeadsShare(90)).isEqualTo(1.0);
        assertThat(f.range()).isEmpty();
        // with an empty history a lead reaches decision's ceiling of 0.14: at most 1 × 90 × 0.14 × 3500 = 44,100 in 90 days
        assertThat(f.forecast90()).isLessThan(new BigDecimal("44100").multiply(BigDecimal.ONE, MathContext.DECIMAL64));
    }
}
