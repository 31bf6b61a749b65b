package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The SQL aggregates and the domain together on a hand-built history, as_of 2026-03-20T12:00Z.
 * Every expected number is worked out by hand in the comments from SPEC §4.
 */
class RevenueEngineTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    private static RevenueEngine engine;

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    /*
     *  A ×2  first contact 1 Mar; cold→awareness 3, →consideration 5, →decision 8, →call_booked 10, →closed_won 12 (ai_automation)
     *  B ×3  first contact 1 Mar; cold→awareness 2, awareness→closed_lost 6
     *  C ×4  first contact 1 Mar; cold→awareness 4; still in awareness (creator_growth $1500)
     *  D ×1  first contact 2 Mar; awareness→consideration 5, →decision 9, →closed_lost 15
     *  E ×1  first contact 1 Mar; cold→consideration 6 (skips awareness); still there (no offer: $2124.25)
     *  F ×1  no transitions; in decision since 19 Mar 12:00 (ai_automation $3500)
     *  G ×1  first contacted 25 Mar: after as_of, does not exist yet
     *  H ×1  first contact 9 Mar; cold→awareness 10, awareness→decision 25 (after as_of): at as_of in awareness (safari $2500)
     */
    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        engine = new RevenueEngine(db, ZoneOffset.UTC);
        Fixtures f = new Fixtures(db);
        for (int i = 0; i < 2; i++) {
            UUID a = f.contact("A" + i, "closed_won", mar(12), mar(1), "ai_automation");
            f.path(a, new String[] {"cold", "awareness", "consideration", "decision", "call_booked", "closed_won"},
                    new Instant[] {mar(3), mar(5), mar(8), mar(10), mar(12)});
            f.event(a, "deal_won", "3500", mar(12), "ai_automation", "twitter", "saas");
        }
        for (int i = 0; i < 3; i++) {
            UUID b = f.contact("B" + i, "closed_lost", mar(6), mar(1), null);
            f.path(b, new String[] {"cold", "awareness", "closed_lost"}, new Instant[] {mar(2), mar(6)});
        }
        for (int i = 0; i < 4; i++) {
            UUID c = f.contact("C" + i, "awareness", mar(4), mar(1), "creator_growth");
            f.transition(c, "cold", "awareness", mar(4));
        }
        UUID d = f.contact("D", "closed_lost", mar(15), mar(2), null);
        f.path(d, new String[] {"awareness", "consideration", "decision", "closed_lost"}, new Instant[] {mar(5), mar(9), mar(15)});
        UUID e = f.contact("E", "consideration", mar(6), mar(1), null);
        f.transition(e, "cold", "consideration", mar(6));
        f.contact("F", "decision", Instant.parse("2026-03-19T12:00:00Z"), mar(19), "ai_automation");
        f.contact("G", "cold", mar(25), mar(25), "ai_automation");
        UUID h = f.contact("H", "decision", mar(25), mar(9), "safari_automation");
        f.path(h, new String[] {"cold", "awareness", "decision"}, new Instant[] {mar(10), mar(25)});

        UUID a0 = db.jdbi().withHandle(x -> x.createQuery("SELECT id FROM crm_contacts WHERE external_id = 'A0'").mapTo(UUID.class).one());
        f.event(a0, "recurring_payment", "297", mar(15), "ai_automation", "twitter", "saas");
        f.event(a0, "churn", "297", mar(18), "ai_automation", "twitter", "saas");
        f.event(a0, "deal_won", "2500", Instant.parse("2026-02-27T10:00:00Z"), "safari_automation", "linkedin", "agencies");
        f.event(a0, "deal_won", "1000", Instant.parse("2026-03-21T10:00:00Z"), "personal_brand", "linkedin", "coaching");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void pipelineCountsEachContactInItsStageAtAsOf() {
        PipelineSummary p = engine.pipeline(AS_OF);
        // awareness: C ×4 at $1500 + H at $2500 = 8500; consideration: E $2124.25; decision: F $3500
        assertThat(p.stages()).extracting(PipelineSummary.StageLine::contacts).containsExactly(0L, 5L, 1L, 1L, 0L);
        assertThat(p.stages().get(1).value()).isEqualByComparingTo("8500");
        assertThat(p.stages().get(2).value()).isEqualByComparingTo("2124.25");
        assertThat(p.totalContacts()).isEqualTo(7);
        assertThat(p.totalValue()).isEqualByComparingTo("14124.25");
        // today H sits in decision and G is in cold
        PipelineSummary later = engine.pipeline(Instant.parse("2026-03-26T00:00:00Z"));
        assertThat(later.stages()).extracting(PipelineSummary.StageLine::contacts).containsExactly(1L, 4L, 1L, 2L, 0L);
    }

    /*
     * cold:          entered A2 B3 C4 E1 H1 = 11, converted 11, resolved 11 → (11 + 6) / 31
     * awareness:     entered A2 B3 C4 D1 E1 H1 = 12, converted A D E = 4, resolved 4 + B3 = 7 → (4 + 3) / 27
     * consideration: entered A D E = 4, converted A D = 3, resolved 3 → (3 + 5) / 23
     * decision:      entered A2 D F = 4, converted 2, resolved 2 + D = 3 → (2 + 8) / 23
     * call_booked:   entered 2, converted 2, resolved 2 → (2 + 7) / 22
     */
    @Test
    void conversionRatesFollowTheSpecDefinitions() {
        ConversionRates r = engine.conversionRates(AS_OF);
        assertStep(r, Stage.COLD, 11, 11, 11, 17.0 / 31);
        assertStep(r, Stage.AWARENESS, 12, 4, 7, 7.0 / 27);
        assertStep(r, Stage.CONSIDERATION, 4, 3, 3, 8.0 / 23);
        assertStep(r, Stage.DECISION, 4, 2, 3, 10.0 / 23);
        assertStep(r, Stage.CALL_BOOKED, 2, 2, 2, 9.0 / 22);
    }

    /*
     * Transitions out of each stage by as_of and the days spent in it (entry = previous transition, else first contact):
     *  cold:          A 2d ×2, B 1d ×3, C 3d ×4, E 5d, H 1d      → n 11, Σ 25 → (25 + 140) / 31
     *  awareness:     A 2d ×2, B 4d ×3, D 3d                     → n 6,  Σ 19 → (19 + 280) / 26 = 11.5
     *  consideration: A 3d ×2, D 4d                              → n 3,  Σ 10 → (10 + 420) / 23
     *  decision:      A 2d ×2, D 6d                              → n 3,  Σ 10 → (10 + 200) / 23
     *  call_booked:   A 2d ×2                                    → n 2,  Σ 4  → (4 + 100) / 22
     */
    @Test
    void timeInStageMeasuresFromEntryToTheTransitionOut() {
        TimeInStage t = engine.timeInStage(AS_OF);
        assertThat(t.line(Stage.COLD).transitions()).isEqualTo(11);
        assertThat(t.days(Stage.COLD).doubleValue()).isCloseTo(165.0 / 31, within(1e-9));
        assertThat(t.days(Stage.AWARENESS)).isEqualByComparingTo("11.5");
        assertThat(t.days(Stage.CONSIDERATION).doubleValue()).isCloseTo(430.0 / 23, within(1e-9));
        assertThat(t.days(Stage.DECISION).doubleValue()).isCloseTo(210.0 / 23, within(1e-9));
        assertThat(t.days(Stage.CALL_BOOKED).doubleValue()).isCloseTo(104.0 / 22, within(1e-9));
    }

    /*
     * stage_velocity. P(call_booked) = 9/22; P(decision) = 10/23·9/22; P(consideration) = 8/23·P(decision);
     * P(awareness) = 7/27·P(consideration). remaining, with fractional days in stage at 20 Mar 12:00:
     *            C (awareness since 4 Mar, 16.5 days) = 0 + 430/23 + 210/23 + 104/22 ≈ 32.55 → 60 and 90 only
     *            H (awareness since 10 Mar, 10.5 days) = 1.0 + 32.55 → 60 and 90
     *            E (consideration since 6 Mar, 14.5 days) = 430/23 − 14.5 + 210/23 + 104/22 ≈ 18.05 → every horizon
     *            F (decision since 19 Mar 12:00, 1.0 day) = 210/23 − 1 + 104/22 ≈ 12.86 → every horizon
     */
    @Test
    void stageVelocityAddsEachContactsExpectedValueToTheHorizonsItCanReach() {
        double pCb = 9.0 / 22;
        double pDec = 10.0 / 23 * pCb;
        double pCons = 8.0 / 23 * pDec;
        double pAw = 7.0 / 27 * pCons;
        double within30 = 2124.25 * pCons + 3500 * pDec;
        double later = 4 * 1500 * pAw + 2500 * pAw;

        Forecast forecast = engine.forecast(AS_OF);

        assertThat(forecast.stageVelocity().d30().doubleValue()).isCloseTo(within30, within(1e-6));
        assertThat(forecast.stageVelocity().d60().doubleValue()).isCloseTo(within30 + later, within(1e-6));
        assertThat(forecast.stageVelocity().d90().doubleValue()).isCloseTo(within30 + later, within(1e-6));
        assertThat(forecast.weightedPipeline().doubleValue()).isCloseTo(within30 + later, within(1e-6));
    }

    @Test
    void monthToDateCountsOnlyThisMonthUpToAsOf() {
        MonthToDate mtd = engine.monthToDate(AS_OF);
        // deals 12 Mar 2 × 3500 + recurring 297; February's deal and the 21 March deal are outside
        assertThat(mtd.revenue()).isEqualByComparingTo("7297");
        assertThat(mtd.dealsClosed()).isEqualTo(2);
        assertThat(mtd.churned()).isEqualByComparingTo("297");
    }

    @Test
    void salesVelocityUsesOutcomesAtAsOf() {
        var velocity = engine.velocity(AS_OF).salesVelocity();
        // won A ×2, lost B ×3 + D = 4 → win rate 2/6
        assertThat(velocity.winRate().orElseThrow().doubleValue()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(velocity.openDeals()).isEqualTo(7);
    }

    private static void assertStep(ConversionRates rates, Stage stage, long entered, long converted, long resolved, double rate) {
        var step = rates.step(stage);
        assertThat(step.entered()).as("entered %s", stage).isEqualTo(entered);
        assertThat(step.converted()).as("converted %s", stage).isEqualTo(converted);
        assertThat(step.resolved()).as("resolved %s", stage).isEqualTo(resolved);
        assertThat(step.rate().doubleValue()).as("rate %s", stage).isCloseTo(rate, within(1e-12));
    }
}
