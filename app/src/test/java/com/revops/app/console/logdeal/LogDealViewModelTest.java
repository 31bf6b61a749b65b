package com.revops.app.console.logdeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The Log deal ViewModel on a real database with the same-thread executor. */
class LogDealViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private TestConsole console;
    private LogDealViewModel model;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-bea", "closed_won", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), "creator_growth");
        console = TestConsole.on(db, home, NOW);
        model = new LogDealViewModel(console.context());
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void offersAreTheActiveCatalog() {
        assertThat(model.offers()).containsExactly("ai_automation", "safari_automation", "creator_growth", "personal_brand");
    }

    @Test
    void requiredFieldsAreNamedOnValidate() {
        assertThat(model.validate()).isFalse();
        assertThat(model.contactErrorProperty().get()).startsWith("is required");
        assertThat(model.amountErrorProperty().get()).startsWith("is required");
        assertThat(model.offerErrorProperty().get()).startsWith("is required");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void amountsAreCheckedAsTyped() {
        model.amountProperty().set("0");
        assertThat(model.amountErrorProperty().get()).isEqualTo("must be greater than zero (got 0)");
        model.amountProperty().set("$3,500.50");
        assertThat(model.amountErrorProperty().get()).isEmpty();
    }

    @Test
    void searchSuggestsAndPickingPrefillsPlatformNicheAndOffer() {
        model.contact().search("ada");
        assertThat(model.contact().suggestions()).extracting(c -> c.externalId().orElseThrow()).containsExactly("c-ada");
        model.contact().pick(model.contact().suggestions().get(0));
        assertThat(model.contact().textProperty().get()).isEqualTo("Contact c-ada (c-ada)");
        assertThat(model.platformProperty().get()).isEqualTo("twitter");
        assertThat(model.nicheProperty().get()).isEqualTo("saas");
        assertThat(model.offerProperty().get()).isEqualTo("ai_automation");
        // typing after a pick drops it
        model.contact().textProperty().set("Contact c-ada (c-ad");
        assertThat(model.contact().pickedProperty().get()).isNull();
    }

    @Test
    void aDealBeforeTheFirstContactIsRefusedOnClosedAt() {
        // c-bea was first contacted on 1 Mar 10:00 … logged 2 Mar: fine; an upsell for her is recorded without a stage move
        model.contact().textProperty().set("c-bea");
        model.amountProperty().set("500");
        model.offerProperty().set("creator_growth");
        model.eventTypeProperty().set("upsell");
        model.save();
        assertThat(model.successProperty().get()).isEqualTo("Logged upsell: Contact c-bea — $500.00 (creator_growth). "
                + "deal_closed alert queued; Telegram is not configured (Settings).");
        assertThat(new Fixtures(db).text("SELECT stage FROM crm_contacts WHERE external_id = 'c-bea'")).isEqualTo("closed_won");
        assertThat(console.dataChanges()).hasValue(1);
    }

    @Test
    void anUnknownOfferTypedIsRefusedOnTheOfferField() {
        String before = TestConsole.state(db);
        model.contact().textProperty().set("c-ada");
        model.amountProperty().set("100");
        model.offerProperty().set("moon_shot");
        model.save();
        assertThat(model.offerErrorProperty().get()).startsWith("unknown offer 'moon_shot'; known offers: ai_automation");
        assertThat(TestConsole.state(db)).isEqualTo(before);
    }

    @Test
    void aDealThatRepeatsOneOfTheLastDayAsksBeforeLoggingIt() {
        new Fixtures(db).event(db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM crm_contacts WHERE external_id = 'c-ada'")
                .mapTo(java.util.UUID.class).one()), "deal_won", "3500", Instant.parse("2026-03-01T16:00:00Z"), "ai_automation", "twitter", "saas");
        String before = TestConsole.state(db);
        model.contact().textProperty().set("c-ada");
        model.amountProperty().set("$3,500");
        model.offerProperty().set("ai_automation");
        model.save();
        // 1 Mar 16:00 is 18 h before now: the form asks, nothing is logged, Save waits for the answer
        assertThat(model.duplicateProperty().get()).startsWith("Contact c-ada already has deal ")
                .contains(", deal_won $3,500 (ai_automation), closed ").endsWith("Log this one as another deal?");
        assertThat(model.successProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(TestConsole.state(db)).isEqualTo(before);

        model.confirmDuplicate();
        assertThat(model.duplicateProperty().get()).isEmpty();
        assertThat(model.successProperty().get()).startsWith("Logged deal_won: Contact c-ada — $3,500.00 (ai_automation)");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(2);
    }

    @Test
    void answeringNoLogsNothingAndKeepsTheForm() {
        model.contact().textProperty().set("c-ada");
        model.amountProperty().set("3500");
        model.offerProperty().set("ai_automation");
        model.save();
        model.contact().textProperty().set("c-ada");
        model.amountProperty().set("3500");
        model.offerProperty().set("ai_automation");
        model.save();
        assertThat(model.duplicateProperty().get()).endsWith("Log this one as another deal?");
        model.cancelDuplicate();
        assertThat(model.duplicateProperty().get()).isEmpty();
        assertThat(model.amountProperty().get()).isEqualTo("3500");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(1);
    }
}
