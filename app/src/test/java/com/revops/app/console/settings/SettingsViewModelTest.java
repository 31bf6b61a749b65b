package com.revops.app.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** Settings on a real database and an owner-only secrets file: checked writes, secrets never shown, refusals change nothing. */
class SettingsViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    @TempDir
    Path home;
    private Database db;
    private TestConsole console;
    private SettingsViewModel model;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        console = TestConsole.on(db, home, NOW, Map.of("REVOPS_ANTHROPIC_API_KEY", "sk-ant-from-the-environment"));
        model = new SettingsViewModel(console.context());
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ServiceKey key(String name) {
        return ServiceKey.ALL.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDatabaseAndTimeZoneAreDescribed() {
        assertThat(model.databaseProperty().get()).startsWith("External PostgreSQL: test database revops_test_");
        assertThat(model.databaseReachableProperty().get()).isEqualTo("reachable ✓");
        assertThat(model.timeZoneStatusProperty().get()).startsWith("In use: Z, from the environment variable REVOPS_TZ");
        model.timeZoneProperty().set("Atlantis/Capital");
        model.saveTimeZone();
        assertThat(model.timeZoneErrorProperty().get()).startsWith("time zone: 'Atlantis/Capital' is not a time zone");
        model.timeZoneProperty().set("America/New_York");
        model.saveTimeZone();
        assertThat(model.timeZoneResultProperty().get()).isEqualTo("Time zone America/New_York saved; it applies from the next start.");
        assertThat(new Fixtures(db).text("SELECT value FROM revops_settings WHERE key = 'time_zone'")).isEqualTo("America/New_York");
    }

    @Test
    void keysAreStoredNeverShownAndTheEnvironmentOverrides() throws Exception {
        ServiceKeysModel keys = model.keys();
        assertThat(keys.statusProperty(key("anthropic.api_key")).get())
                .isEqualTo("from environment variable REVOPS_ANTHROPIC_API_KEY (overrides)");
        assertThat(keys.statusProperty(key("telegram.bot_token")).get()).isEqualTo("not set");

        keys.typedProperty(key("telegram.bot_token")).set("not a token");
        keys.save();
        assertThat(keys.errorProperty().get()).startsWith("Telegram bot token: does not look right");
        assertThat(keys.errorProperty().get()).doesNotContain("not a token");
        assertThat(Files.exists(home.resolve("secrets.properties"))).isFalse();

        keys.typedProperty(key("telegram.bot_token")).set(TOKEN);
        keys.typedProperty(key("telegram.chat_id")).set("-1001234567890");
        keys.save();
        assertThat(keys.resultProperty().get()).startsWith("2 keys saved to file ");
        assertThat(keys.statusProperty(key("telegram.bot_token")).get()).isEqualTo("stored ✓");
        assertThat(keys.typedProperty(key("telegram.bot_token")).get()).isEmpty();
        assertThat(keys.typedProperty(key("telegram.chat_id")).get()).isEqualTo("-1001234567890");
        assertThat(Files.readString(home.resolve("secrets.properties"))).contains(TOKEN.replace(":", "\\:"));
        assertThat(console.context().services().credentials().telegram()).isPresent();
    }

    @Test
    void theApproversOfAGroupChatAreUserIdsAndReachTheApprovalChat() {
        ServiceKeysModel keys = model.keys();
        keys.typedProperty(key("telegram.bot_token")).set(TOKEN);
        keys.typedProperty(key("telegram.chat_id")).set("-1001234567890");
        keys.typedProperty(key("telegram.approvers")).set("123456789, @ada");
        keys.save();
        assertThat(keys.errorProperty().get()).isEqualTo("Telegram approvers (group chat): '123456789, @ada' does not look right "
                + "(expected 123456789, 987654321: the user ids allowed to approve)");
        assertThat(Files.exists(home.resolve("secrets.properties"))).isFalse();

        keys.typedProperty(key("telegram.approvers")).set(" 123456789, 987654321 ");
        keys.save();
        var chat = com.revops.integrations.approvals.ChatSettings.from(console.context().services().credentials()).orElseThrow();
        assertThat(chat.group()).isTrue();
        assertThat(chat.access().approvers()).containsExactlyInAnyOrder("123456789", "987654321");
    }

    @Test
    void budgetsAndOffersRefuseBadValuesAndChangeNothing() {
        Fixtures f = new Fixtures(db);
        f.contact("c-1", "cold", NOW, NOW, "personal_brand");
        model.refresh();
        assertThat(model.budgets().dailyLimitProperty().get()).isEqualTo("15");
        assertThat(model.budgets().dailyWarnProperty().get()).isEqualTo("80");
        model.budgets().dailyLimitProperty().set("20");
        model.budgets().monthlyWarnProperty().set("120");
        model.budgets().save();
        assertThat(model.budgets().errorProperty().get()).isEqualTo("monthly warning %: must be between 1 and 100 (got 120)");
        assertThat(f.text("SELECT limit_usd::text FROM actp_credit_budgets WHERE scope = 'daily'")).isEqualTo("15.00");

        var personal = model.offers().offers().stream().filter(o -> o.tag().equals("personal_brand")).findFirst().orElseThrow();
        model.offers().remove(personal);
        assertThat(model.offers().errorProperty().get())
                .isEqualTo("offer: 'personal_brand' is used by 1 contact; untick active to retire it instead");
        model.offers().update(personal, "Personal Brand", "-5", "awareness", true);
        assertThat(model.offers().errorProperty().get()).startsWith("avg deal value: must be zero or more");
        assertThat(f.text("SELECT avg_deal_value::text FROM actp_offers WHERE offer_tag = 'personal_brand'")).isEqualTo("997.00");
        assertThat(console.dataChanges()).hasValue(0);

        model.offers().update(personal, "Personal Brand", "1,097", "awareness", true);
        assertThat(f.text("SELECT avg_deal_value::text FROM actp_offers WHERE offer_tag = 'personal_brand'")).isEqualTo("1097.00");
        var route = model.routing().routes().stream().filter(r -> r.taskType().equals("content_review")).findFirst().orElseThrow();
        model.routing().update(route, "opus", true);
        assertThat(f.text("SELECT model || ':' || critical FROM actp_credit_routing WHERE task_type = 'content_review'")).isEqualTo("opus:true");
        assertThat(console.dataChanges()).hasValue(2);
    }

    @Test
    void theOperatorsTimeStartsAtTheSpecDefaultsAndOnlyValidValuesAreSaved() {
        Fixtures f = new Fixtures(db);
        assertThat(model.operatorTime().hourlyRateProperty().get()).isEqualTo("100");
        assertThat(model.operatorTime().minutesPerOutreachProperty().get()).isEqualTo("3");
        assertThat(model.operatorTime().minutesPerCallProperty().get()).isEqualTo("45");

        model.operatorTime().hourlyRateProperty().set("eighty");
        model.operatorTime().save();
        assertThat(model.operatorTime().errorProperty().get()).isEqualTo("hourly rate: 'eighty' is not a number");
        assertThat(f.count("SELECT count(*) FROM revops_settings WHERE key LIKE 'minutes%' OR key = 'operator_hourly_rate'")).isZero();

        model.operatorTime().hourlyRateProperty().set("$80");
        model.operatorTime().minutesPerOutreachProperty().set("2.5");
        model.operatorTime().minutesPerCallProperty().set("30");
        model.operatorTime().save();
        assertThat(model.operatorTime().resultProperty().get())
                .isEqualTo("Saved: your time costs $80/h, 2.5 min per outreach item sent, 30 min per call booked.");
        assertThat(f.text("SELECT value FROM revops_settings WHERE key = 'minutes_per_outreach_item'")).isEqualTo("2.5");
        assertThat(model.operatorTime().hourlyRateProperty().get()).isEqualTo("80");
    }
}
