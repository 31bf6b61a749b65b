package com.revops.app.console.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Email sequences ViewModel: rates per sequence and step, week over week as the alert sees it. */
class EmailViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    static Path home;
    private static Database db;
    private static EmailViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        EmailFixtures.load(db, NOW);
        model = new EmailViewModel(TestConsole.on(db, home, NOW).context());
        model.refresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void eachSequenceAndStepHasItsRates() {
        assertThat(model.rows()).extracting(EmailRow::step)
                .containsExactly("trigger trial_started · 2 steps", "   1. day 1 · feature_highlight", "   2. day 3 · conversion_nudge");
        EmailRow all = model.rows().get(0);
        // 45 sent, 25 opened, 9 clicked, 7 replied
        assertThat(all.counts().sent()).isEqualTo(45);
        assertThat(all.openRate()).hasValueSatisfying(r -> assertThat(r.setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.5556"));
        assertThat(all.clickRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.2"));
        EmailRow first = model.rows().get(1);
        assertThat(first.replyRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.1"));
        assertThat(model.rows().get(2).replyRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.2"));
    }

    @Test
    void weekOverWeekIsTheAlertsComparison() {
        // this week 2/20 = 10.0%, last week 5/25 = 20.0%: (0.10 − 0.20) / 0.20 = −50%, both weeks ≥ 20 sends → the alert fires
        assertThat(model.thisWeekProperty().get()).isEqualTo("10.0%");
        assertThat(model.thisWeekDetailProperty().get()).isEqualTo("2 replies of 20 emails, last 7 days");
        assertThat(model.lastWeekProperty().get()).isEqualTo("20.0%");
        assertThat(model.changeProperty().get()).isEqualTo("−50.0%");
        assertThat(model.changeDetailProperty().get()).isEqualTo("down more than 15%: reply_rate_drop fires");
        assertThat(model.days()).hasSize(60);
        assertThat(model.days().stream().filter(d -> d.sends() > 0).count()).isEqualTo(2);
    }
}
