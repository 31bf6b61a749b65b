package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

/** The day steps S/p_k, the convolution F_s and G of SPEC §4, worked out by hand. */
class CloseChancesTest {
    private static final double LN2 = Math.log(2);
    private static final int[] HORIZONS = {30, 60, 90};

    /*
     * decision: → call_booked 0.3 a day, → closed_lost 0.2; λ = 0.5, e^−0.5 = 0.6065306597, 1 − e^−0.5 = 0.3934693403
     *  p_cb(1) = 1 · 0.3934693403 · 0.3/0.5 = 0.2360816042; p_lost(1) = 0.1573877361; S(1) = 0.6065306597
     *  p_cb(2) = 0.6065306597 · 0.3934693403 · 0.6 = 0.1431907311; S(2) = e^−1 = 0.3678794412
     */
    @Test
    void dayStepsSplitEachDaysExitsByTheOutcomesShareOfTheHazard() {
        CloseChances chances = new CloseChances(Hazards.constant(Map.of(Stage.DECISION,
                Map.of(Stage.CALL_BOOKED, 0.3, Stage.CLOSED_LOST, 0.2))), 5);

        CloseChances.Steps steps = chances.steps(Stage.DECISION, 0, 2);

        assertThat(steps.survival(0)).isEqualTo(1.0);
        assertThat(steps.p(1, Stage.CALL_BOOKED)).isCloseTo(0.2360816042, within(1e-10));
        assertThat(steps.p(1, Stage.CLOSED_LOST)).isCloseTo(0.1573877361, within(1e-10));
        assertThat(steps.survival(1)).isCloseTo(0.6065306597, within(1e-10));
        assertThat(steps.p(2, Stage.CALL_BOOKED)).isCloseTo(0.1431907311, within(1e-10));
        assertThat(steps.survival(2)).isCloseTo(0.3678794412, within(1e-10));
    }

    /*
     * call_booked from the spell table: bin 6 (6–7 d) E 60 with 6 wins; bin 7 (7–10 d) E 90 with 9 losses.
     *  bin 7: h̄_lost = 9/90 = 0.1 → h_lost = (9 + 3) / 120 = 0.1, h_won = 0
     *  bin 6: h̄_won = 6/150 = 0.04, h̄_lost = 0.06 → h_won = (6 + 1.2) / 90 = 0.08, h_lost = 1.8/90 = 0.02; λ = 0.1
     * A contact 6 days in: day 1 at age 6: p_won(1) = (1 − e^−0.1)·0.08/0.1 = 0.09516258196·0.8 = 0.07613006557
     *                      day 2 at age 7: only loss: p_lost(2) = e^−0.1·(1 − e^−0.1) = 0.08610666496, p_won(2) = 0
     * so G(call_booked, 6, H) = 0.07613006557 for every H: a contact past a week here has stopped closing.
     */
    @Test
    void theHazardFollowsTheContactsAgeFromBinToBin() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(
                new SpellCell(Stage.CALL_BOOKED, 6, Optional.of(Stage.CLOSED_WON), 60, 6),
                new SpellCell(Stage.CALL_BOOKED, 7, Optional.of(Stage.CLOSED_LOST), 90, 9))));
        CloseChances chances = new CloseChances(h, 90);

        CloseChances.Steps steps = chances.steps(Stage.CALL_BOOKED, 6, 2);

        assertThat(steps.p(1, Stage.CLOSED_WON)).isCloseTo(0.07613006557, within(1e-10));
        assertThat(steps.p(1, Stage.CLOSED_LOST)).isCloseTo(0.01903251639, within(1e-10));
        assertThat(steps.p(2, Stage.CLOSED_WON)).isZero();
        assertThat(steps.p(2, Stage.CLOSED_LOST)).isCloseTo(0.08610666496, within(1e-10));
        assertThat(chances.close(Stage.CALL_BOOKED, 6, 30)).isCloseTo(0.07613006557, within(1e-10));
        assertThat(chances.close(Stage.CALL_BOOKED, 6, HORIZONS)).containsExactly(new double[] {0.07613006557, 0.07613006557,
                0.07613006557}, within(1e-10));
        assertThat(chances.close(Stage.CALL_BOOKED, 8, 90)).isZero();
    }

    /*
     * e^−ln2 = 1/2 makes the sums exact. A move during day u leaves between x−u and x−u+1 days: it counts the mean
     * ½[F_k(x−u) + F_k(x−u+1)].
     * call_booked → won at ln2 a day: p_won(u) = (1/2)^u and F_won = 1, so F_cb(x) = 1 − (1/2)^x:
     *  F_cb(0) = 0, F_cb(1) = 0.5, F_cb(2) = 0.75, F_cb(3) = 0.875, F_cb(4) = 0.9375
     * decision → call_booked at ln2: F_dec(x) = Σ_{u=1..x} (1/2)^u · ½[F_cb(x−u) + F_cb(x−u+1)]:
     *  F_dec(1) = 0.5·½(0 + 0.5) = 0.125
     *  F_dec(2) = 0.5·½(0.5 + 0.75) + 0.25·½(0 + 0.5) = 0.3125 + 0.0625 = 0.375
     *  F_dec(3) = 0.5·½(0.75 + 0.875) + 0.25·½(0.5 + 0.75) + 0.125·½(0 + 0.5) = 0.40625 + 0.15625 + 0.03125 = 0.59375
     *  (two exponential days of rate ln2 within 2 days: 1 − (1/4)(1 + 2 ln 2) = 0.403; counting x−u alone would give 0.25)
     * awareness skips straight to decision at ln2:
     *  F_aw(3) = 0.5·½(F_dec(2) + F_dec(3)) + 0.25·½(F_dec(1) + F_dec(2)) + 0.125·½(0 + F_dec(1))
     *          = 0.2421875 + 0.0625 + 0.0078125 = 0.3125
     * consideration never moves: F = 0. closed_won is 1, closed_lost 0.
     */
    @Test
    void reachIsTheConvolutionFromCallBookedBackToColdWithSkipsLandingInTheLaterStage() {
        CloseChances chances = new CloseChances(Hazards.constant(Map.of(
                Stage.CALL_BOOKED, Map.of(Stage.CLOSED_WON, LN2),
                Stage.DECISION, Map.of(Stage.CALL_BOOKED, LN2),
                Stage.AWARENESS, Map.of(Stage.DECISION, LN2))), 4);

        assertThat(chances.reach(Stage.CALL_BOOKED, 0)).isZero();
        assertThat(chances.reach(Stage.CALL_BOOKED, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(chances.reach(Stage.CALL_BOOKED, 3)).isCloseTo(0.875, within(1e-12));
        assertThat(chances.reach(Stage.DECISION, 1)).isCloseTo(0.125, within(1e-12));
        assertThat(chances.reach(Stage.DECISION, 2)).isCloseTo(0.375, within(1e-12));
        assertThat(chances.reach(Stage.DECISION, 3)).isCloseTo(0.59375, within(1e-12));
        assertThat(chances.reach(Stage.AWARENESS, 3)).isCloseTo(0.3125, within(1e-12));
        assertThat(chances.reach(Stage.CONSIDERATION, 3)).isZero();
        assertThat(chances.reach(Stage.CLOSED_WON, 2)).isEqualTo(1.0);
        assertThat(chances.reach(Stage.CLOSED_LOST, 2)).isZero();
        // F_s(x) is G(s, 0, x): a contact that just entered s
        assertThat(chances.close(Stage.DECISION, 0, 3)).isCloseTo(0.59375, within(1e-12));
    }

    /*
     * decision leaves at ln2 a day, 60% to call_booked and 40% lost: p_cb(u) = 0.6·(1/2)^u, so every figure is 0.6 × the
     * one above: G(decision, a, H) = 0.6·F_dec(H) at any age (constant hazards): H = 1: 0.075, 2: 0.225, 3: 0.35625.
     * New leads: 28 new decision contacts in 28 days (λ_in = 1 a day) worth v̄ = $1,000; the leads of day u arrive
     * mid-day, with ½[F_dec(3−u) + F_dec(4−u)] of 3 days:
     *  u=1: ½(0.225 + 0.35625) = 0.290625; u=2: ½(0.075 + 0.225) = 0.15; u=3: ½(0 + 0.075) = 0.0375 → 0.478125 deals → $478.125
     */
    @Test
    void gAddsEachOutcomesDayStepTimesItsReachForTheDaysLeft() {
        CloseChances chances = new CloseChances(Hazards.constant(Map.of(
                Stage.CALL_BOOKED, Map.of(Stage.CLOSED_WON, LN2),
                Stage.DECISION, Map.of(Stage.CALL_BOOKED, 0.6 * LN2, Stage.CLOSED_LOST, 0.4 * LN2))), 4);

        assertThat(chances.close(Stage.DECISION, 0, 3)).isCloseTo(0.35625, within(1e-12));
        assertThat(chances.close(Stage.DECISION, 40, 3)).isCloseTo(0.35625, within(1e-12));
        assertThat(chances.close(Stage.DECISION, 0, new int[] {1, 2, 3})).containsExactly(new double[] {0.075, 0.225, 0.35625},
                within(1e-12));

        LeadFlow leads = LeadFlow.of(List.of(new LeadArrivals(Stage.DECISION, Optional.of("x"), 28)),
                DealValues.of(new com.revops.domain.revenue.OfferCatalog(Map.of("x", new BigDecimal("1000"))), List.of()));
        assertThat(leads.perDay(Stage.DECISION)).isEqualTo(1.0);
        assertThat(leads.meanValue()).isEqualByComparingTo("1000");
        assertThat(leads.expected(chances, 3).doubleValue()).isCloseTo(478.125, within(1e-9));
    }

    /*
     * With no history the hazards are the priors: decision leaves at λ = 0.1 (0.04 ahead, 0.06 lost), call_booked at
     * λ = 0.2 (0.07 won, 0.13 lost, so F_cb(x) = 0.35·(1 − s^x)). With r = e^−0.1, s = e^−0.2 and each move mid-day:
     *  G(decision, 0, H) = Σ_{u=1..H} r^{u−1}(1 − r)·0.4 · 0.35·[1 − ½(s^{H−u} + s^{H−u+1})]
     *                    = 0.14·[(1 − r^H) − ½(1 + s)·(e^{−0.1H+0.1} − e^{−0.2H+0.1})]
     *  (geometric sums: Σ r^{u−1}(1 − r) s^{H−u} = (1 − r) s^{H−1}((r/s)^H − 1)/(r/s − 1) and (1 − r)/(e^0.1 − 1) = r)
     *  H = 30: 0.14·[0.9502129316 − 0.9093653765 · (e^−2.9 − e^−5.9 = 0.0522837752)] = 0.1263735027
     *  H = 90: 0.14·[0.9998765902 − 0.9093653765 · (e^−8.9 − e^−17.9 = 0.0001363721)] = 0.1399653609
     *  → $3,500 × G = $442.31 and $489.88: PRD-046's $490 in the limit
     */
    @Test
    void anEmptyHistoryClosesADecisionContactWithThePrd046Chance() {
        CloseChances chances = new CloseChances(Hazards.priors(), 90);

        assertThat(chances.close(Stage.DECISION, 0, 30)).isCloseTo(0.1263735027, within(1e-10));
        assertThat(chances.close(Stage.DECISION, 0, 90)).isCloseTo(0.1399653609, within(1e-10));
        assertThat(chances.reach(Stage.DECISION, 90)).isCloseTo(0.1399653609, within(1e-10));
    }
}
