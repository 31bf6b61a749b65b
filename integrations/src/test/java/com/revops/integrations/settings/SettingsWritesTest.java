package com.revops.integrations.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** Settings writes on a real database: each value checked, every refusal names its field and changes nothing. */
class SettingsWritesTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static Database db;
    private static Fixtures f;

    @BeforeAll
    static void open() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String budgets() {
        return f.text("SELECT string_agg(scope || '=' || limit_usd || '@' || alert_threshold_pct, ',' ORDER BY scope) FROM actp_credit_budgets");
    }

    private static String offers() {
        return f.text("SELECT string_agg(offer_tag || ':' || avg_deal_value || ':' || coalesce(target_stage, '-') || ':' || active, ','"
                + " ORDER BY offer_tag) FROM actp_offers");
    }

    @Test
    void timeZoneIsValidatedStoredAndRemovable() {
        SettingsRepository settings = new SettingsRepository(db.jdbi());
        assertThat(settings.timeZone()).isEmpty();
        assertThatThrownBy(() -> settings.saveTimeZone("Mars/Olympus", AT)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("time zone: 'Mars/Olympus' is not a time zone");
        assertThat(settings.timeZone()).isEmpty();
        assertThat(settings.saveTimeZone(" Europe/Berlin ", AT)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(settings.timeZone()).contains(ZoneId.of("Europe/Berlin"));
        settings.saveTimeZone("", AT);
        assertThat(settings.timeZone()).isEmpty();
    }

    @Test
    void budgetsTakePositiveMoneyAndOneToHundredPercent() {
        CreditSettings credits = new CreditSettings(db.jdbi());
        String before = budgets();
        assertThat(before).isEqualTo("daily=15.00@80.00,monthly=400.00@80.00");
        assertRefused(() -> credits.saveBudget("daily", "-5", "80", AT), "daily limit: must be greater than zero");
        assertRefused(() -> credits.saveBudget("daily", "lots", "80", AT), "daily limit: 'lots' is not a number");
        assertRefused(() -> credits.saveBudget("daily", "20", "0", AT), "daily warning %: must be between 1 and 100");
        assertRefused(() -> credits.saveBudget("monthly", "500", "100.5", AT), "monthly warning %: must be between 1 and 100");
        assertRefused(() -> credits.saveBudget("weekly", "20", "80", AT), "budget: unknown scope");
        assertThat(budgets()).isEqualTo(before);

        credits.saveBudget("daily", "$20.50", "75%", AT);
        credits.saveBudget("monthly", "450", "100", AT);
        assertThat(budgets()).isEqualTo("daily=20.50@75.00,monthly=450.00@100.00");
        credits.saveBudget("daily", "15", "80", AT);
        credits.saveBudget("monthly", "400", "80", AT);
    }

    @Test
    void routesUseAPricedModel() {
        CreditSettings credits = new CreditSettings(db.jdbi());
        String before = f.text("SELECT string_agg(task_type || '>' || model || ':' || critical, ',' ORDER BY task_type) FROM actp_credit_routing");
        assertRefused(() -> credits.saveRoute("draft_generation", "gpt-4", false, AT), "model: 'gpt-4' is not a priced model");
        assertRefused(() -> credits.saveRoute("Draft Generation!", "haiku", false, AT), "task type: 'Draft Generation!' is not a task type");
        assertThat(f.text("SELECT string_agg(task_type || '>' || model || ':' || critical, ',' ORDER BY task_type) FROM actp_credit_routing"))
                .isEqualTo(before);

        credits.saveRoute("draft_generation", "sonnet", true, AT);
        credits.saveRoute("proposal_redraft", "HAIKU", false, AT);
        assertThat(f.text("SELECT model || ':' || critical FROM actp_credit_routing WHERE task_type = 'draft_generation'"))
                .isEqualTo("sonnet:true");
        assertThat(f.text("SELECT model FROM actp_credit_routing WHERE task_type = 'proposal_redraft'")).isEqualTo("haiku");
        assertThat(credits.models()).containsExactly("haiku", "sonnet", "opus");
    }

    @Test
    void offersAreCheckedAndAnOfferInUseIsNotRemoved() {
        OfferCatalogRepository catalog = new OfferCatalogRepository(db.jdbi());
        f.contact("c-1", "decision", AT, AT, "creator_growth");
        f.contact("c-2", "cold", AT, AT, "creator_growth");
        String before = offers();
        assertRefused(() -> catalog.save("Bad Tag", "x", "10", "decision", true, AT), "offer tag: 'Bad Tag' is not an offer tag");
        assertRefused(() -> catalog.save("coaching", " ", "10", "decision", true, AT), "name: is required");
        assertRefused(() -> catalog.save("coaching", "Coaching", "-1", "decision", true, AT), "avg deal value: must be zero or more");
        assertRefused(() -> catalog.save("coaching", "Coaching", "1.234", "decision", true, AT), "avg deal value: has more than two decimals");
        assertRefused(() -> catalog.save("coaching", "Coaching", "500", "someday", true, AT), "target stage:");
        assertRefused(() -> catalog.remove("creator_growth"), "offer: 'creator_growth' is used by 2 contacts");
        assertRefused(() -> catalog.remove("nothing_here"), "offer: no offer 'nothing_here'");
        assertThat(offers()).isEqualTo(before);

        CatalogOffer added = catalog.save("coaching", "1:1 Coaching", "$0", "", true, AT);
        assertThat(added.avgDealValue()).isEqualByComparingTo("0");
        assertThat(added.targetStage()).isEmpty();
        catalog.save("coaching", "1:1 Coaching", "1,250.50", "call_booked", false, AT);
        assertThat(catalog.offers()).filteredOn(o -> o.tag().equals("coaching")).singleElement()
                .satisfies(o -> {
                    assertThat(o.avgDealValue()).isEqualByComparingTo("1250.50");
                    assertThat(o.targetStage()).isEqualTo(Optional.of("call_booked"));
                    assertThat(o.active()).isFalse();
                    assertThat(o.contacts()).isZero();
                });
        assertThat(catalog.offers()).filteredOn(o -> o.tag().equals("creator_growth")).singleElement()
                .satisfies(o -> assertThat(o.contacts()).isEqualTo(2));
        catalog.remove("coaching");
        assertThat(offers()).isEqualTo(before);
    }

    private static void assertRefused(Runnable write, String message) {
        assertThatThrownBy(write::run).isInstanceOf(InvalidInputException.class).hasMessageStartingWith(message);
    }
}
