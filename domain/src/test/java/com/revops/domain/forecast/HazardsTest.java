package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

/** Shrinkage of the hazards toward the tail-pooled rate, and the PRD-046 priors where a stage has no history (SPEC §4). */
class HazardsTest {

    private static SpellCell cell(Stage s, int bin, Stage outcome, double exposure, long events) {
        return new SpellCell(s, bin, Optional.ofNullable(outcome), exposure, events);
    }

    /*
     * decision: bin 0 (0–1 d) E 10, one → call_booked; bin 1 E 8, two → closed_lost; bin 2 E 2 (censored); nothing older.
     *  b=2: Σ_{b'≥2} E = 2, no events            → h̄ = 0;                      h = 0
     *  b=1: Σ E = 10, lost 2                     → h̄_lost = 0.2;                h_lost = (2 + 30·0.2) / (8 + 30) = 8/38
     *  b=0: Σ E = 20, call_booked 1, lost 2      → h̄_cb = 0.05, h̄_lost = 0.1;  h_cb = (1 + 1.5) / 40 = 0.0625, h_lost = 3/40 = 0.075
     *  b≥3: older than any exposure → the pooled rate of bin 2, 0
     */
    @Test
    void eachBinIsShrunkTowardThePooledRateOfItselfAndAllOlderBins() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(
                cell(Stage.DECISION, 0, Stage.CALL_BOOKED, 4, 1),
                cell(Stage.DECISION, 0, null, 6, 0),
                cell(Stage.DECISION, 1, Stage.CLOSED_LOST, 8, 2),
                cell(Stage.DECISION, 2, null, 2, 0))));

        assertThat(h.rate(Stage.DECISION, 0, Stage.CALL_BOOKED)).isCloseTo(0.0625, within(1e-12));
        assertThat(h.rate(Stage.DECISION, 0, Stage.CLOSED_LOST)).isCloseTo(0.075, within(1e-12));
        assertThat(h.total(Stage.DECISION, 0)).isCloseTo(0.1375, within(1e-12));
        assertThat(h.rate(Stage.DECISION, 1, Stage.CLOSED_LOST)).isCloseTo(8.0 / 38, within(1e-12));
        assertThat(h.rate(Stage.DECISION, 1, Stage.CALL_BOOKED)).isZero();
        assertThat(h.total(Stage.DECISION, 2)).isZero();
        assertThat(h.total(Stage.DECISION, 10)).isZero();
    }

    /*
     * awareness: bin 0 E 6 (censored); bin 5 (5–6 d) E 4, one skip to decision.
     *  b=5: h̄_decision = 1/4;  h = (1 + 7.5) / (4 + 30) = 0.25
     *  b=1..4: no exposure of their own, Σ_{b'≥b} E = 4 → h̄ = 0.25, h = 30·0.25 / 30 = 0.25
     *  b=0: Σ E = 10 → h̄ = 0.1, h = (0 + 3) / (6 + 30) = 1/12
     *  b≥6: older than any exposure → pooled rate of bin 5: 0.25
     */
    @Test
    void aSkipIsAnOutcomeOfItsOwnAndBinsPastTheDataKeepTheOldestPooledRate() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(
                cell(Stage.AWARENESS, 0, null, 6, 0),
                cell(Stage.AWARENESS, 5, Stage.DECISION, 4, 1))));

        assertThat(h.rate(Stage.AWARENESS, 0, Stage.DECISION)).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(h.rate(Stage.AWARENESS, 3, Stage.DECISION)).isCloseTo(0.25, within(1e-12));
        assertThat(h.rate(Stage.AWARENESS, 5, Stage.DECISION)).isCloseTo(0.25, within(1e-12));
        assertThat(h.rate(Stage.AWARENESS, 12, Stage.DECISION)).isCloseTo(0.25, within(1e-12));
        assertThat(h.rate(Stage.AWARENESS, 12, Stage.CONSIDERATION)).isZero();
        assertThat(h.rate(Stage.AWARENESS, 0, Stage.CLOSED_LOST)).isZero();
    }

    /*
     * No history at all: rate(s) ÷ days(s) to advance, (1 − rate(s)) ÷ days(s) to be lost, in every bin.
     *  cold 0.30/7 and 0.70/7; awareness 0.15/14 and 0.85/14; consideration 0.25/21 and 0.75/21;
     *  decision 0.40/10 = 0.04 and 0.06; call_booked 0.35/5 = 0.07 and 0.13
     */
    @Test
    void anEmptyHistoryGivesThePrd046Priors() {
        Hazards h = Hazards.priors();
        for (int b = 0; b < AgeBins.COUNT; b++) {
            assertThat(h.rate(Stage.COLD, b, Stage.AWARENESS)).isCloseTo(0.30 / 7, within(1e-15));
            assertThat(h.rate(Stage.COLD, b, Stage.CLOSED_LOST)).isCloseTo(0.70 / 7, within(1e-15));
            assertThat(h.rate(Stage.AWARENESS, b, Stage.CONSIDERATION)).isCloseTo(0.15 / 14, within(1e-15));
            assertThat(h.rate(Stage.AWARENESS, b, Stage.CLOSED_LOST)).isCloseTo(0.85 / 14, within(1e-15));
            assertThat(h.rate(Stage.CONSIDERATION, b, Stage.DECISION)).isCloseTo(0.25 / 21, within(1e-15));
            assertThat(h.rate(Stage.CONSIDERATION, b, Stage.CLOSED_LOST)).isCloseTo(0.75 / 21, within(1e-15));
            assertThat(h.rate(Stage.DECISION, b, Stage.CALL_BOOKED)).isCloseTo(0.04, within(1e-15));
            assertThat(h.rate(Stage.DECISION, b, Stage.CLOSED_LOST)).isCloseTo(0.06, within(1e-15));
            assertThat(h.rate(Stage.CALL_BOOKED, b, Stage.CLOSED_WON)).isCloseTo(0.07, within(1e-15));
            assertThat(h.rate(Stage.CALL_BOOKED, b, Stage.CLOSED_LOST)).isCloseTo(0.13, within(1e-15));
            assertThat(h.rate(Stage.DECISION, b, Stage.CLOSED_WON)).isZero();
        }
    }

    /*
     * consideration has contacts sitting in it (bin 3: 30 days of exposure) but no spell ever ended:
     * no history of its own, so the prior 0.25/21 is the pooled rate it is shrunk toward:
     *  bin 3: h = 30·(0.25/21) / (30 + 30) = 0.25/42; bin 0 (no exposure): the prior itself
     */
    @Test
    void aStageWithContactsButNoFinishedSpellIsShrunkTowardThePrior() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(cell(Stage.CONSIDERATION, 3, null, 30, 0))));

        assertThat(h.rate(Stage.CONSIDERATION, 3, Stage.DECISION)).isCloseTo(0.25 / 42, within(1e-15));
        assertThat(h.rate(Stage.CONSIDERATION, 3, Stage.CLOSED_LOST)).isCloseTo(0.75 / 42, within(1e-15));
        assertThat(h.rate(Stage.CONSIDERATION, 0, Stage.DECISION)).isCloseTo(0.25 / 21, within(1e-15));
    }

    @Test
    void ageBinsFollowTheSpecsEdges() {
        assertThat(AgeBins.COUNT).isEqualTo(18);
        assertThat(AgeBins.of(0)).isZero();
        assertThat(AgeBins.of(6)).isEqualTo(6);
        assertThat(AgeBins.of(7)).isEqualTo(7);
        assertThat(AgeBins.of(9)).isEqualTo(7);
        assertThat(AgeBins.of(10)).isEqualTo(8);
        assertThat(AgeBins.of(364)).isEqualTo(16);
        assertThat(AgeBins.of(365)).isEqualTo(17);
        assertThat(AgeBins.of(5000)).isEqualTo(17);
        assertThat(AgeBins.upper(17)).isInfinite();
        assertThat(AgeBins.label(14)).isEqualTo("90–120 d");
    }

    @Test
    void aSpellCellNamesWhatIsWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cell(Stage.DECISION, 0, Stage.AWARENESS, 1, 1))
                .hasMessageContaining("cannot end in");
    }
}
