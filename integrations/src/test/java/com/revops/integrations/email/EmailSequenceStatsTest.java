package com.revops.integrations.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** Sequence and step rates over 30 days, week over week in the alert's windows, daily reply rate — counted by hand. */
class EmailSequenceStatsTest {
    static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");
    private static Database db;
    private static UUID onboarding;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        UUID contact = new Fixtures(db).contact("c-1", "cold", AS_OF, AS_OF, null);
        onboarding = db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_email_sequences (name, trigger, steps, active) VALUES ('Trial onboarding', 'trial_started',
                          '[{"day": 1, "template": "feature_highlight", "subject": "Hello"}, {"day": 3, "template": "nudge"}]'::jsonb, true)
                        RETURNING id""").mapTo(UUID.class).one());
        db.jdbi().useHandle(h -> h.execute("INSERT INTO actp_email_sequences (name, trigger, steps, active) VALUES ('Win-back', NULL, NULL, false)"));
        // step 1, this week (2 days ago): 10 sent, 6 opened, 3 clicked, 2 replied
        sends(contact, 1, AS_OF.minus(Duration.ofDays(2)), 10, 6, 3, 2);
        // step 2, last week (10 days ago): 5 sent, 5 opened, 0 clicked, 1 replied
        sends(contact, 2, AS_OF.minus(Duration.ofDays(10)), 5, 5, 0, 1);
        // step 1, 40 days ago: outside the 30-day window, inside the 60-day chart
        sends(contact, 1, AS_OF.minus(Duration.ofDays(40)), 4, 4, 4, 4);
        // exactly 7 days before as_of: the first instant of this week's window [as_of−7d, as_of)
        sends(contact, 2, AS_OF.minus(Duration.ofDays(7)), 1, 0, 0, 1);
    }

    private static void sends(UUID contact, int step, Instant at, int count, int opened, int clicked, int replied) {
        for (int i = 0; i < count; i++) {
            int n = i;
            db.jdbi().useHandle(h -> h.createUpdate("""
                            INSERT INTO actp_email_sends (sequence_id, contact_id, step_number, subject, status, sent_at, opened_at, clicked_at, replied_at)
                            VALUES (:s, :c, :step, 'x', 'delivered', :at, :o, :k, :r)""")
                    .bind("s", onboarding).bind("c", contact).bind("step", step).bind("at", SqlTime.bind(at))
                    .bind("o", n < opened ? SqlTime.bind(at.plusSeconds(60)) : null)
                    .bind("k", n < clicked ? SqlTime.bind(at.plusSeconds(120)) : null)
                    .bind("r", n < replied ? SqlTime.bind(at.plusSeconds(180)) : null).execute());
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void stepsCountTheLastThirtyDays() {
        List<EmailSequence> sequences = new EmailSequenceStats(db.jdbi()).sequences(AS_OF);
        assertThat(sequences).extracting(EmailSequence::name).containsExactly("Trial onboarding", "Win-back");
        EmailSequence s = sequences.get(0);
        assertThat(s.steps()).extracting(EmailSequence.Step::description)
                .containsExactly("day 1 · feature_highlight · Hello", "day 3 · nudge");
        assertThat(s.steps().get(0).counts()).isEqualTo(new SendCounts(10, 6, 3, 2));
        assertThat(s.steps().get(1).counts()).isEqualTo(new SendCounts(6, 5, 0, 2)); // 5 ten days ago + 1 seven days ago
        assertThat(s.steps().get(0).counts().openRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6"));
        assertThat(s.total()).isEqualTo(new SendCounts(16, 11, 3, 4));
        assertThat(s.total().replyRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.25"));
        assertThat(sequences.get(1).steps()).isEmpty();
        assertThat(sequences.get(1).total().replyRate()).isEmpty();
    }

    @Test
    void weekOverWeekUsesTheAlertWindowsAndTheChartHasSixtyDays() {
        ReplyRateTrend t = new EmailSequenceStats(db.jdbi()).replyRateTrend(AS_OF, ZoneOffset.UTC, 60);
        // this week [as_of−7d, as_of): 10 + 1 sends, 2 + 1 replies; last week: 5 sends, 1 reply
        assertThat(t.sendsThisWeek()).isEqualTo(11);
        assertThat(t.repliesThisWeek()).isEqualTo(3);
        assertThat(t.sendsLastWeek()).isEqualTo(5);
        assertThat(t.repliesLastWeek()).isEqualTo(1);
        // 3/11 = 0.2727… against 1/5 = 0.2: (0.272727 − 0.2) / 0.2 = +36.36 %
        assertThat(t.relativeChange()).hasValueSatisfying(c -> assertThat(c.setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.3636"));
        assertThat(t.days()).hasSize(60);
        assertThat(t.days().get(0).day()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(t.days().get(59).day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(t.days()).filteredOn(d -> d.day().equals(LocalDate.of(2026, 1, 21))).singleElement()
                .satisfies(d -> assertThat(d.replyRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1")));
        assertThat(t.days()).filteredOn(d -> d.day().equals(LocalDate.of(2026, 2, 28))).singleElement()
                .satisfies(d -> assertThat(d.replyRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.2")));
        assertThat(t.days().get(1).replyRate()).isEmpty();
    }
}
