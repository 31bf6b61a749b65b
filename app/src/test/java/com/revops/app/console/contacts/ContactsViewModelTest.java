package com.revops.app.console.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactDetail;
import com.revops.integrations.contacts.ContactSummary;
import com.revops.integrations.contacts.Interaction;
import com.revops.integrations.contacts.StageChange;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** Search, detail, stage moves and notes on a real database. */
class ContactsViewModelTest {
    @TempDir
    Path home;
    private Database db;
    private ContactsTestData data;
    private ContactsViewModel model;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        data = new ContactsTestData(db);
        model = new ContactsViewModel(ContactsTestData.context(db, home));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void searchMatchesNameHandleEmailNicheAndTag() {
        assertThat(names("ada")).containsExactly("Ada Lovelace");
        assertThat(model.resultCountProperty().get()).isEqualTo("1 contact");
        assertThat(names("@grace")).containsExactly("Grace Hopper");
        assertThat(names("bob@example.com")).containsExactly("Bob Builder");
        assertThat(names("coaching")).containsExactly("Bob Builder");
        assertThat(names("vip")).containsExactly("Grace Hopper");
        assertThat(names("nobody-like-this")).isEmpty();
        assertThat(model.resultCountProperty().get()).isEqualTo("No contacts match “nobody-like-this”");
    }

    @Test
    void atMost200AreShownWithTheCountOfAllMatches() {
        names("bulkniche");
        assertThat(model.results()).hasSize(200);
        assertThat(model.resultCountProperty().get()).isEqualTo("showing 200 of 205");
        names("");
        // 3 named contacts + 205 bulk ones
        assertThat(model.resultCountProperty().get()).isEqualTo("showing 200 of 208 · most recently active first");
    }

    @Test
    void theDetailHasTheStageHistoryOldestFirstAndTheTimelineNewestFirst() {
        model.open(data.ada);
        ContactDetail d = model.detailProperty().get();
        assertThat(d.contact().name()).contains("Ada Lovelace");
        assertThat(d.stageHistory()).extracting(StageChange::to).containsExactly(Stage.AWARENESS, Stage.CONSIDERATION, Stage.DECISION);
        assertThat(d.timeline()).extracting(Interaction::type).containsExactly("call", "reply", "dm_sent");
        assertThat(model.moveToProperty().get()).isEqualTo(Stage.DECISION);
    }

    @Test
    void movingToAnotherStageWritesATransition() {
        names("ada");
        model.open(data.ada);
        model.moveToProperty().set(Stage.CALL_BOOKED);

        model.moveStage();

        assertThat(data.transitions(data.ada)).containsExactly("cold→awareness", "awareness→consideration", "consideration→decision",
                "decision→call_booked");
        assertThat(data.fx.count("SELECT count(*) FROM actp_stage_transitions WHERE to_stage = 'call_booked' "
                + "AND transitioned_at = '2026-03-02T12:00:00Z'")).isEqualTo(1);
        assertThat(model.status().text()).isEqualTo("Moved Ada Lovelace from Decision to Call booked");
        assertThat(model.detailProperty().get().contact().stage()).isEqualTo(Stage.CALL_BOOKED);
        assertThat(model.detailProperty().get().stageEnteredAt()).isEqualTo(ContactsTestData.AS_OF);
        assertThat(model.results()).extracting(ContactSummary::stage).containsExactly(Stage.CALL_BOOKED);
    }

    @Test
    void theSameStageIsRefusedWithAMessageAndWritesNothing() {
        model.open(data.ada);
        model.moveToProperty().set(Stage.DECISION);

        model.moveStage();

        assertThat(model.status().text()).isEqualTo("Ada Lovelace is already in Decision — choose another stage to move to");
        assertThat(model.status().isProblem()).isTrue();
        assertThat(data.transitions(data.ada)).hasSize(3);
    }

    @Test
    void notesAreSavedAndAReloadKeepsWhatIsBeingTyped() {
        model.open(data.ada);
        assertThat(model.notesChangedProperty().get()).isFalse();
        model.notesProperty().set("Wants invoices automated before April");
        assertThat(model.notesChangedProperty().get()).isTrue();

        model.saveNotes();

        String saved = db.jdbi().withHandle(h -> h.createQuery("SELECT notes FROM crm_contacts WHERE id = :id").bind("id", data.ada)
                .mapTo(String.class).one());
        assertThat(saved).isEqualTo("Wants invoices automated before April");
        assertThat(model.status().text()).isEqualTo("Saved the notes on Ada Lovelace");
        assertThat(model.notesChangedProperty().get()).isFalse();

        model.notesProperty().set("Half-typed thought");
        model.refresh();
        assertThat(model.notesProperty().get()).isEqualTo("Half-typed thought");
    }

    @Test
    void focusOnANameOpensTheFirstMatch() {
        model.focus("Grace Hopper");

        assertThat(model.queryProperty().get()).isEqualTo("Grace Hopper");
        assertThat(model.detailProperty().get().contact().id()).isEqualTo(data.grace);
    }

    @Test
    void focusOnAnUnknownNameSaysSo() {
        model.focus("Contact c-nobody");
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.status().text()).isEqualTo("No contact matches “Contact c-nobody”");
    }

    private java.util.List<String> names(String query) {
        model.queryProperty().set(query);
        model.search();
        return model.results().stream().map(c -> c.name().orElse("?")).toList();
    }
}
