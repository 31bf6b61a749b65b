package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The contacts of one stage, as of 2026-03-20T12:00Z: the ones --pipeline counts there, longest waiting first. */
class StageContactsTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    private static StageContacts stageContacts;

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    /*
     *  dec-old    decision since 1 Mar 00:00 (19.5 days: 19 whole), ai_automation $3,500, handle @old, last touched 15 Mar
     *  dec-new    decision since 18 Mar 12:00 (2 days), no offer: the catalog mean $2,124.25
     *  dec-tie    decision since 18 Mar 00:00 (2.5 days: 2), "Safari_Automation" in another case: $2,500
     *  moved      now call_booked since 25 Mar (after as_of); cold → decision on 10 Mar: at as_of in decision for 10 days,
     *             personal_brand $997
     *  future     decision, first contacted 25 Mar: does not exist yet at as_of
     *  cold-1     cold; lost-1 closed_lost: other stages
     */
    @BeforeAll
    static void contacts() {
        db = TestDatabase.fresh();
        stageContacts = new StageContacts(db.jdbi());
        Fixtures f = new Fixtures(db);
        UUID old = f.contact("dec-old", "decision", mar(1), mar(1), "ai_automation");
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET handle = '@old', last_interaction_at = '2026-03-15T09:00:00Z' WHERE id = ?", old));
        f.contact("dec-new", "decision", Instant.parse("2026-03-18T12:00:00Z"), mar(2), null);
        f.contact("dec-tie", "decision", mar(18), mar(2), "Safari_Automation");
        UUID moved = f.contact("moved", "call_booked", mar(25), mar(5), "personal_brand");
        f.transition(moved, "cold", "decision", mar(10));
        f.transition(moved, "decision", "call_booked", mar(25));
        f.contact("future", "decision", mar(25), mar(25), "ai_automation");
        f.contact("cold-1", "cold", mar(2), mar(2), null);
        f.contact("lost-1", "closed_lost", mar(3), mar(1), null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void listsTheStagesContactsLongestWaitingFirstThenByName() {
        List<StageContact> decision = stageContacts.inStage(Stage.DECISION, AS_OF);

        assertThat(decision).extracting(StageContact::name)
                .containsExactly("Contact dec-old", "Contact moved", "Contact dec-new", "Contact dec-tie");
        assertThat(decision).extracting(StageContact::daysInStage).containsExactly(19L, 10L, 2L, 2L);
        assertThat(decision).extracting(c -> c.dealValue().stripTrailingZeros().toPlainString())
                .containsExactly("3500", "997", "2124.25", "2500");
        StageContact old = decision.get(0);
        assertThat(old.handle()).contains("@old");
        assertThat(old.platform()).contains("twitter");
        assertThat(old.niche()).contains("saas");
        assertThat(old.offer()).contains("ai_automation");
        assertThat(old.lastInteractionAt()).contains(Instant.parse("2026-03-15T09:00:00Z"));
        assertThat(decision.get(2).lastInteractionAt()).isEmpty();
    }

    @Test
    void agreesWithThePipelinesCountAndValueForEveryStage() {
        var pipeline = new RevenueEngine(db, ZoneOffset.UTC).pipeline(AS_OF);
        for (var line : pipeline.stages()) {
            List<StageContact> listed = stageContacts.inStage(line.stage(), AS_OF);
            assertThat(listed).as(line.stage().code()).hasSize((int) line.contacts());
            assertThat(listed.stream().map(StageContact::dealValue).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(line.stage().code()).isEqualByComparingTo(line.value());
        }
        // by hand: 3500 + 997 + 2124.25 + 2500
        assertThat(pipeline.stages().get(Stage.DECISION.ordinal()).value()).isEqualByComparingTo("9121.25");
    }

    @Test
    void closedStagesAreNotListed() {
        assertThatThrownBy(() -> stageContacts.inStage(Stage.CLOSED_LOST, AS_OF))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stage");
    }

    @Test
    void listsAtMostTheLimit() {
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO crm_contacts (name, stage, stage_entered_at, first_contact_at)
                SELECT 'bulk ' || g, 'awareness', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z' FROM generate_series(1, 2001) g"""));
        try {
            assertThat(stageContacts.inStage(Stage.AWARENESS, AS_OF)).hasSize(StageContacts.LIMIT);
        } finally {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM crm_contacts WHERE name LIKE 'bulk %'"));
        }
    }
}
