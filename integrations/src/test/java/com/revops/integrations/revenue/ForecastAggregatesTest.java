package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.LeadArrivals;
import com.revops.domain.forecast.OfferDeals;
import com.revops.domain.forecast.OpenGroup;
import com.revops.domain.forecast.RecurringHistory;
import com.revops.domain.forecast.SpellCell;
import com.revops.domain.forecast.SpellTable;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The forecast's SQL aggregates on a hand-built history, as_of 2026-03-20T12:00Z: spells with censoring split
 * across the age bins, open contacts with fractional stage_velocity counts, deals, new leads, recurring streams.
 */
class ForecastAggregatesTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;

    private static Instant at(String dayTime) {
        return Instant.parse("2026-" + dayTime + ":00Z");
    }

    /*
     * P  first contact 1 Mar 12:00 (cold, safari); →awareness 3 Mar 12:00 (2.0 d); skips to decision 8 Mar 00:00 (4.5 d);
     *    →closed_lost 18 Mar 12:00 (10.5 d)
     * Q  first contact 10 Mar 12:00, still cold (ai): open spell of 10.0 d
     * R  first contact 15 Mar 00:00 in awareness (creator); →consideration 15 Mar 06:00 (0.25 d); back to awareness
     *    16 Mar 06:00 (1.0 d in consideration, no outcome); open in awareness 4.25 d
     * S  first contact 19 Mar 12:00 (no offer); →awareness 22 Mar (after as_of): at as_of cold for 1.0 d
     * T  first contact 25 Mar: does not exist yet
     * U  no first contact, in decision since 20 Mar 00:00 (ai): open spell of 0.5 d
     */
    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        UUID p = f.contact("P", "closed_lost", at("03-18T12:00"), at("03-01T12:00"), "safari_automation");
        f.path(p, new String[] {"cold", "awareness", "decision", "closed_lost"},
                new Instant[] {at("03-03T12:00"), at("03-08T00:00"), at("03-18T12:00")});
        UUID q = f.contact("Q", "cold", at("03-10T12:00"), at("03-10T12:00"), "ai_automation");
        UUID r = f.contact("R", "awareness", at("03-16T06:00"), at("03-15T00:00"), "creator_growth");
        f.path(r, new String[] {"awareness", "consideration", "awareness"}, new Instant[] {at("03-15T06:00"), at("03-16T06:00")});
        UUID s = f.contact("S", "awareness", at("03-22T00:00"), at("03-19T12:00"), null);
        f.transition(s, "cold", "awareness", at("03-22T00:00"));
        f.contact("T", "cold", at("03-25T00:00"), at("03-25T00:00"), "ai_automation");
        f.contact("U", "decision", at("03-20T00:00"), null, "ai_automation");

        f.event(null, "deal_won", "3150", at("03-05T12:00"), "ai_automation", "x", "y");
        f.event(null, "deal_won", "2000", Instant.parse("2026-01-10T12:00:00Z"), null, "x", "y");
        f.event(null, "deal_won", "500", Instant.parse("2025-12-01T12:00:00Z"), "personal_brand", "x", "y");
        f.event(null, "deal_won", "1000", at("03-21T12:00"), "ai_automation", "x", "y");
        // recurring: Q's stream is live; S's last paid 47 days ago; R's churned 12 Mar; an old churn in November
        f.event(q, "recurring_payment", "297", Instant.parse("2026-01-20T12:00:00Z"), "ai_automation", "x", "y");
        f.event(q, "recurring_payment", "297", Instant.parse("2026-02-19T12:00:00Z"), "ai_automation", "x", "y");
        f.event(q, "recurring_payment", "297", at("03-10T12:00"), "ai_automation", "x", "y");
        f.event(s, "recurring_payment", "497", Instant.parse("2026-02-01T12:00:00Z"), null, "x", "y");
        f.event(r, "recurring_payment", "297", at("03-01T12:00"), "creator_growth", "x", "y");
        f.event(r, "churn", "297", at("03-12T12:00"), "creator_growth", "x", "y");
        f.event(r, "churn", "297", Instant.parse("2025-11-01T12:00:00Z"), "creator_growth", "x", "y");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> T read(java.util.function.Function<ForecastRepository, T> query) {
        return db.jdbi().withHandle(h -> query.apply(new ForecastRepository(h)));
    }

    private static List<SpellCell> cells() {
        return read(r -> r.spellCells(AS_OF));
    }

    /*
     * Bins [0,1) [1,2) [2,3) [3,4) [4,5) [5,6) [6,7) [7,10) [10,14) …; a spell of age x spends min(x, hi) − lo in each bin
     * with lo ≤ x and ends in the bin holding x.
     *  cold:          P 2.0 → awareness (1, 1, 0; event in bin 2); Q 10.0 open (1 × 7, 3, 0); S 1.0 open (1, 0)
     *                 E = 3, 2, 1, 1, 1, 1, 1, 3, 0;  d_awareness(bin 2) = 1
     *  awareness:     P 4.5 → decision (1, 1, 1, 1, 0.5; event bin 4); R 0.25 → consideration (0.25; event bin 0);
     *                 R 4.25 open (1, 1, 1, 1, 0.25)
     *                 E = 2.25, 2, 2, 2, 0.75;  d_consideration(0) = 1, d_decision(4) = 1 (a skip)
     *  consideration: R 1.0, moved back to awareness: no outcome. E = 1, 0
     *  decision:      P 10.5 → lost (1 × 7, 3, 0.5; event bin 8); U 0.5 open
     *                 E = 1.5, 1, 1, 1, 1, 1, 1, 3, 0.5;  d_lost(8) = 1
     */
    @Test
    void spellsAreSplitAcrossTheAgeBinsWithOpenSpellsCensoredAtAsOf() {
        SpellTable t = SpellTable.of(cells());

        double[] cold = {3, 2, 1, 1, 1, 1, 1, 3, 0, 0};
        double[] awareness = {2.25, 2, 2, 2, 0.75, 0};
        double[] decision = {1.5, 1, 1, 1, 1, 1, 1, 3, 0.5, 0};
        for (int b = 0; b < cold.length; b++) {
            assertThat(t.exposure(Stage.COLD, b)).as("cold bin %d", b).isCloseTo(cold[b], within(1e-9));
            assertThat(t.exposure(Stage.DECISION, b)).as("decision bin %d", b).isCloseTo(decision[b], within(1e-9));
        }
        for (int b = 0; b < awareness.length; b++) {
            assertThat(t.exposure(Stage.AWARENESS, b)).as("awareness bin %d", b).isCloseTo(awareness[b], within(1e-9));
        }
        assertThat(t.exposure(Stage.CONSIDERATION, 0)).isCloseTo(1, within(1e-9));
        assertThat(t.exposure(Stage.CALL_BOOKED, 0)).isZero();

        assertThat(t.events(Stage.COLD, 2, Stage.AWARENESS)).isEqualTo(1);
        assertThat(t.events(Stage.AWARENESS, 0, Stage.CONSIDERATION)).isEqualTo(1);
        assertThat(t.events(Stage.AWARENESS, 4, Stage.DECISION)).isEqualTo(1);
        assertThat(t.events(Stage.DECISION, 8, Stage.CLOSED_LOST)).isEqualTo(1);
        assertThat(t.hasEvents(Stage.CONSIDERATION)).isFalse();
        double allEvents = 0;
        for (Stage s : Stage.OPEN) {
            for (int b = 0; b < 18; b++) {
                for (Stage k : com.revops.domain.forecast.Outcomes.of(s)) {
                    allEvents += t.events(s, b, k);
                }
            }
        }
        assertThat(allEvents).isEqualTo(4);
        assertThat(cells()).allSatisfy(c -> assertThat(c.stage().isOpen()).isTrue())
                .extracting(SpellCell::bin).allSatisfy(b -> assertThat(b).isBetween(0, 17));
    }

    /*
     * Open at as_of: Q cold 10.0 d (ai), S cold 1.0 d (no offer), R awareness 4.25 d (creator), U decision 0.5 d (ai).
     * Thresholds chosen by hand: cold 9.99 / 10.01 / never; awareness 4.25 / 4.26 / never; decision −15 everywhere.
     *  Q: 10.0 ≥ 9.99 → due at 30, not at 60 (10.01); S: never; R: 4.25 ≥ 4.25 → due at 30 only; U: due everywhere
     */
    @Test
    void openContactsAreGroupedByWholeDaysAndCountedAgainstFractionalThresholds() {
        Map<Stage, ByHorizon<Optional<BigDecimal>>> thresholds = new EnumMap<>(Stage.class);
        thresholds.put(Stage.COLD, new ByHorizon<>(Optional.of(new BigDecimal("9.99")), Optional.of(new BigDecimal("10.01")), Optional.empty()));
        thresholds.put(Stage.AWARENESS, new ByHorizon<>(Optional.of(new BigDecimal("4.25")), Optional.of(new BigDecimal("4.26")), Optional.empty()));
        Optional<BigDecimal> always = Optional.of(new BigDecimal("-15"));
        thresholds.put(Stage.DECISION, new ByHorizon<>(always, always, always));

        List<OpenGroup> groups = read(r -> r.openGroups(AS_OF, thresholds));

        assertThat(groups).extracting(OpenGroup::stage, g -> g.offerTag().orElse("-"), OpenGroup::ageDays, OpenGroup::contacts,
                        OpenGroup::velocityDue)
                .containsExactlyInAnyOrder(
                        tuple(Stage.COLD, "ai_automation", 10L, 1L, new ByHorizon<>(1L, 0L, 0L)),
                        tuple(Stage.COLD, "-", 1L, 1L, new ByHorizon<>(0L, 0L, 0L)),
                        tuple(Stage.AWARENESS, "creator_growth", 4L, 1L, new ByHorizon<>(1L, 0L, 0L)),
                        tuple(Stage.DECISION, "ai_automation", 0L, 1L, new ByHorizon<>(1L, 1L, 1L)));
    }

    /*
     * deal_won by as_of per offer: ai 1 × 3150 (the 21 March deal is after as_of), none 1 × 2000, personal_brand 1 × 500.
     * Trailing 90 days (20 Dec 12:00, 20 Mar 12:00]: 3150 + 2000 = 5150 (1 December is older).
     * New leads since 20 Feb 12:00: P cold/safari, Q cold/ai, S cold (first transition's from_stage), R awareness/creator;
     * U has no first contact, T is after as_of.
     */
    @Test
    void dealsAndNewLeadsAreCountedUpToAsOf() {
        List<OfferDeals> won = read(r -> r.wonByOffer(AS_OF));
        BigDecimal trailing = read(r -> r.wonBetween(AS_OF.minus(Duration.ofDays(90)), AS_OF));
        List<LeadArrivals> leads = read(r -> r.leadArrivals(AS_OF));
        assertThat(won).extracting(d -> d.offerTag().orElse("-"), OfferDeals::deals, d -> d.amount().intValue())
                .containsExactlyInAnyOrder(tuple("ai_automation", 1L, 3150), tuple("-", 1L, 2000), tuple("personal_brand", 1L, 500));
        assertThat(trailing).isEqualByComparingTo("5150");
        assertThat(leads).extracting(LeadArrivals::firstStage, l -> l.offerTag().orElse("-"), LeadArrivals::contacts)
                .containsExactlyInAnyOrder(tuple(Stage.COLD, "safari_automation", 1L), tuple(Stage.COLD, "ai_automation", 1L),
                        tuple(Stage.COLD, "-", 1L), tuple(Stage.AWARENESS, "creator_growth", 1L));
    }

    /*
     * Streams with a payment in the 90 days to as_of: Q (last 10 Mar, live), S (last 1 Feb, 47 days: not live), R (last 1 Mar,
     * churned 12 Mar: not live) → 3 active, 1 live; churn events in those 90 days: 1 (November's is older).
     */
    @Test
    void recurringStreamsAreLiveWithinThirtyFiveDaysUnlessChurned() {
        RecurringHistory h = ForecastAggregatesTest.<RecurringHistory>read(r -> r.recurring(AS_OF));

        assertThat(h.activeStreams()).isEqualTo(3);
        assertThat(h.churnEvents()).isEqualTo(1);
        assertThat(h.liveStreams()).singleElement().satisfies(s -> {
            assertThat(s.lastPaymentAt()).isEqualTo(at("03-10T12:00"));
            assertThat(s.lastAmount()).isEqualByComparingTo("297");
        });
    }
}
