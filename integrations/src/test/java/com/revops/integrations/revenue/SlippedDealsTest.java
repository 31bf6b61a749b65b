package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.SlippedDeals.Slipped;
import com.revops.integrations.revenue.SlippedDeals.SlippedContact;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The slipped bucket on a tiny history, as of 2026-04-01T00:00Z, worked out by hand. */
class SlippedDealsTest {
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
    private static Database db;

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    /*
     * decision, advancing spells (first contact 1 Mar, decision their first stage, then → call_booked):
     *   a1 after 1 day, a2 after 2, a3 after 3, a4 after 4, a5 after 10 days
     *   → 5 spells (the minimum), sorted 1, 2, 3, 4, 10: nearest rank ⌈0.8 × 5⌉ = 4 → p80 = 4 days.
     * not advances (they would make it 6 spells, rank ⌈4.8⌉ = 5 → 10 days, if counted):
     *   lost  decision 1 Mar → closed_lost 21 Mar (20 days)
     *   back  decision 1 Mar → consideration 21 Mar (20 days), then sits in consideration (no rule there: no spells)
     *   later decision 1 Mar → call_booked 5 Apr: after as_of, so at as_of it is still in decision, 31 days
     * call_booked: a1..a4 → closed_won one day after entering: 4 spells, below the minimum → no rule;
     *   waiting sits in call_booked since 1 Feb (59 days) and is not called slipped.
     * open decision contacts at as_of against p80 = 4 days:
     *   later   31 days, personal_brand $997          → slipped, 27 days past
     *   old     since 20 Mar: 12 days, ai_automation $3,500 → slipped, 8 days past
     *   edge    since 28 Mar: exactly 4 days          → not slipped (strictly past only)
     *   fresh   since 30 Mar: 2 days                  → not slipped
     * slipped: 2 contacts, 997 + 3,500 = $4,497.
     */
    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        int[] days = {1, 2, 3, 4, 10};
        for (int i = 0; i < days.length; i++) {
            Instant advanced = mar(1 + days[i]);
            UUID a = f.contact("a" + (i + 1), i < 4 ? "closed_won" : "call_booked", i < 4 ? advanced.plusSeconds(86400) : advanced, mar(1), null);
            f.transition(a, "decision", "call_booked", advanced);
            if (i < 4) {
                f.transition(a, "call_booked", "closed_won", advanced.plusSeconds(86400));
            }
        }
        UUID lost = f.contact("lost", "closed_lost", mar(21), mar(1), null);
        f.transition(lost, "decision", "closed_lost", mar(21));
        UUID back = f.contact("back", "consideration", mar(21), mar(1), null);
        f.transition(back, "decision", "consideration", mar(21));
        UUID later = f.contact("later", "call_booked", Instant.parse("2026-04-05T00:00:00Z"), mar(1), "personal_brand");
        f.transition(later, "decision", "call_booked", Instant.parse("2026-04-05T00:00:00Z"));
        f.contact("waiting", "call_booked", Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), null);
        f.contact("old", "decision", mar(20), mar(20), "ai_automation");
        f.contact("edge", "decision", mar(28), mar(28), null);
        f.contact("fresh", "decision", mar(30), mar(30), null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void decisionsRuleIsTheFourthOfFiveAdvancingSpellsAndCallBookedHasNone() {
        Slipped slipped = new SlippedDeals(db.jdbi()).at(AS_OF);

        assertThat(slipped.rules()).containsOnlyKeys(Stage.DECISION);
        assertThat(slipped.rules().get(Stage.DECISION)).isEqualByComparingTo("4");
        assertThat(slipped.advances()).anySatisfy(a -> {
            assertThat(a.stage()).isEqualTo(Stage.CALL_BOOKED);
            assertThat(a.spells()).isEqualTo(4);
        });
    }

    @Test
    void theContactsPastItAreSlippedMostOverdueFirst() {
        Slipped slipped = new SlippedDeals(db.jdbi()).at(AS_OF);

        assertThat(slipped.contacts()).extracting(SlippedContact::contact).containsExactly("later", "old");
        SlippedContact later = slipped.contacts().get(0);
        assertThat(later.stage()).isEqualTo(Stage.DECISION);
        assertThat(later.ageDays()).isEqualByComparingTo("31.0");
        assertThat(later.p80Days()).isEqualByComparingTo("4.0");
        assertThat(later.value()).isEqualByComparingTo("997");
        assertThat(slipped.contacts().get(1).ageDays()).isEqualByComparingTo("12.0");
        assertThat(slipped.count()).isEqualTo(2);
        assertThat(slipped.total()).isEqualByComparingTo(new BigDecimal("4497"));
    }

    @Test
    void theListIsCutAtTheLimitButTheTotalCoversEveryone() {
        Slipped slipped = new SlippedDeals(db.jdbi()).at(AS_OF, 1);

        assertThat(slipped.contacts()).extracting(SlippedContact::contact).containsExactly("later");
        assertThat(slipped.count()).isEqualTo(2);
        assertThat(slipped.total()).isEqualByComparingTo("4497");
    }

    @Test
    void beforeTheFifthAdvanceNoStageHasARule() {
        // on 10 Mar 12:00 only a1..a4 have advanced (a5 advances on 11 Mar): 4 spells, no rule, nobody slipped
        Slipped slipped = new SlippedDeals(db.jdbi()).at(Instant.parse("2026-03-10T12:00:00Z"));

        assertThat(slipped.rules()).isEmpty();
        assertThat(slipped.contacts()).isEmpty();
        assertThat(slipped.total()).isEqualByComparingTo("0");
    }
}
