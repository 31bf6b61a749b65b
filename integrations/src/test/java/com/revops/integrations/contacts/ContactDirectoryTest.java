package com.revops.integrations.contacts;

import static com.revops.integrations.testing.OutreachFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

class ContactDirectoryTest {
    private Database db;
    private OutreachFixtures fx;
    private ContactDirectory contacts;
    private UUID ada;
    private UUID charles;
    private UUID grace;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        contacts = new ContactDirectory(db.jdbi());
        ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {"warm", "speaker"});
        charles = fx.contact("Charles Babbage", "@babbage", "linkedin", "decision", "saas", new String[] {"engineer"});
        grace = fx.contact("Grace Hopper", "@grace_h", "twitter", "cold", "saas", new String[] {"Fintech-Adjacent"});
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static UUID[] ids(java.util.List<ContactSummary> found) {
        return found.stream().map(ContactSummary::id).toArray(UUID[]::new);
    }

    @Test
    void searchFindsByNameHandleEmailNicheAndTag() {
        assertThat(ids(contacts.search("lovelace", 10))).containsExactly(ada);
        assertThat(ids(contacts.search("@BABB", 10))).containsExactly(charles);
        assertThat(ids(contacts.search("grace_h@example", 10))).containsExactly(grace);
        assertThat(ids(contacts.search("engineer", 10))).containsExactly(charles);
        assertThat(ids(contacts.search("saas", 10))).containsExactlyInAnyOrder(charles, grace);
        assertThat(ids(contacts.search("fintech", 10))).containsExactlyInAnyOrder(ada, grace);
        assertThat(ids(contacts.search("saas grace", 10))).containsExactly(grace);
        assertThat(ids(contacts.search("saas", 1))).hasSize(1);
        assertThat(contacts.search("lovelace", 10).get(0).tags()).containsExactly("warm", "speaker");
    }

    @Test
    void searchRanksExactMatchesFirstAndTakesWildcardsLiterally() {
        UUID adam = fx.contact("Adam Ada Smith", "@adam", "instagram", "cold", "fintech", new String[] {});
        assertThat(ids(contacts.search("ada", 10))).startsWith(ada).contains(adam);
        assertThat(contacts.search("%", 10)).isEmpty();
        assertThat(ids(contacts.search("grace_", 10))).containsExactly(grace);
        assertThat(contacts.search("  ", 2)).hasSize(2);
        assertThatThrownBy(() -> contacts.search("ada", 0)).hasMessage("limit: must be between 1 and 1000 (got 0)");
    }

    @Test
    void searchIsBackedByATrigramIndex() {
        assertThat(fx.count("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'crm_contacts_search_trgm_idx'")).isEqualTo(1);
    }

    @Test
    void detailHasTheStageHistoryOldestFirstAndTheTimelineNewestFirst() {
        Fixtures f = new Fixtures(db);
        f.transition(charles, "cold", "awareness", Instant.parse("2026-02-03T10:00:00Z"));
        f.transition(charles, "consideration", "decision", Instant.parse("2026-02-20T10:00:00Z"));
        f.transition(charles, "awareness", "consideration", Instant.parse("2026-02-10T10:00:00Z"));
        fx.interaction(charles, "dm_sent", "First touch", Instant.parse("2026-02-02T10:00:00Z"));
        fx.interaction(charles, "call", "Discovery call", Instant.parse("2026-02-21T10:00:00Z"));
        fx.interaction(charles, "dm_reply", "Sounds good", Instant.parse("2026-02-09T10:00:00Z"));
        contacts.updateNotes(charles, "  Prefers email after 5pm. ", Instant.parse("2026-02-22T10:00:00Z"));

        ContactDetail detail = contacts.detail(charles).orElseThrow();

        assertThat(detail.contact().name()).contains("Charles Babbage");
        assertThat(detail.stageHistory()).extracting(StageChange::to)
                .containsExactly(Stage.AWARENESS, Stage.CONSIDERATION, Stage.DECISION);
        assertThat(detail.timeline()).extracting(i -> i.content().orElseThrow())
                .containsExactly("Discovery call", "Sounds good", "First touch");
        assertThat(detail.notes()).contains("Prefers email after 5pm.");
        assertThat(contacts.detail(UUID.fromString("00000000-0000-0000-0000-000000000009"))).isEmpty();
    }

    @Test
    void changeStageWritesATransitionAndMovesTheContact() {
        Instant at = Instant.parse("2026-03-02T11:00:00Z");
        StageChange change = contacts.changeStage(ada, "call_booked", at);

        assertThat(change.from()).isEqualTo(Stage.AWARENESS);
        assertThat(change.to()).isEqualTo(Stage.CALL_BOOKED);
        Map<String, Object> row = db.jdbi().withHandle(h -> h.createQuery("SELECT stage, stage_entered_at FROM crm_contacts WHERE id = :id")
                .bind("id", ada).mapToMap().one());
        assertThat(row).containsEntry("stage", "call_booked");
        assertThat(instant(row, "stage_entered_at")).isEqualTo(at);
        assertThat(fx.count("SELECT count(*) FROM actp_stage_transitions WHERE contact_id = '" + ada
                + "' AND from_stage = 'awareness' AND to_stage = 'call_booked' AND transitioned_at = '2026-03-02T11:00:00Z'")).isEqualTo(1);

        assertThat(contacts.changeStage(ada, "cold", at.plusSeconds(60)).from()).isEqualTo(Stage.CALL_BOOKED);
    }

    @Test
    void changeStageRefusesTheSameStageUnknownStagesAndUnknownContacts() {
        Instant at = Instant.parse("2026-03-02T11:00:00Z");
        assertThatThrownBy(() -> contacts.changeStage(ada, "awareness", at)).isInstanceOf(InvalidInputException.class)
                .hasMessage("stage: the contact is already in awareness");
        assertThatThrownBy(() -> contacts.changeStage(ada, "negotiation", at))
                .hasMessageStartingWith("stage: unknown stage 'negotiation'; expected one of cold, awareness");
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000009");
        assertThatThrownBy(() -> contacts.changeStage(unknown, "decision", at)).hasMessage("contact: no contact with id " + unknown);
        assertThatThrownBy(() -> contacts.changeStage(ada, "decision", Instant.parse("2026-01-01T00:00:00Z")))
                .hasMessageStartingWith("at: 2026-01-01T00:00:00Z is before the contact entered awareness");
        assertThat(fx.count("SELECT count(*) FROM actp_stage_transitions")).isZero();
    }
}
