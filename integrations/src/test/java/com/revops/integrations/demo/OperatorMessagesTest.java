package com.revops.integrations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

/**
 * The operator's messages in the demo history: how many a prospect gets in each stage, and that each lies inside
 * its stay there, so offer ROI's time follows from the pipeline (3 min a message sent, 45 per call booked, $100/h).
 */
class OperatorMessagesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");
    private static final Instant ANCHOR = Instant.parse("2026-11-21T00:00:00Z");
    private static final Set<String> OUTREACH_SENT = Set.of("dm_sent", "linkedin_connect", "upwork_proposal");
    private final DemoCalendar calendar = new DemoCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
    private final DemoCatalog catalog = DemoCatalog.defaults();

    @Test
    void aWonTwitterProspectCostsElevenMessagesAndOneCall() {
        DemoContact won = contact(1, "twitter", days(60));
        won.moveTo(Stage.AWARENESS, days(48));
        won.moveTo(Stage.CONSIDERATION, days(40));
        won.moveTo(Stage.DECISION, days(30));
        won.moveTo(Stage.CALL_BOOKED, days(25));
        won.moveTo(Stage.CLOSED_WON, days(20));

        List<Object[]> rows = timeline(won);

        // the operator's messages per stay: cold 12 days → nudges at ~4 and ~9 days (2), awareness 2,
        // consideration 2, decision 2, call booked 1 = 9; the timeline adds the opening DM (a cold twitter
        // prospect) and the case study that moved it to consideration: 9 + 2 = 11 items sent.
        assertThat(sent(rows)).hasSize(11);
        // at the defaults that is 11 × 3 min + 1 call booked × 45 min = 78 min of the operator's time: $130.00
        assertThat(between(rows, days(60), days(48))).hasSize(3);   // opening DM + 2 nudges
        assertThat(between(rows, days(48), days(40))).hasSize(2);
        assertThat(between(rows, days(40), days(30))).hasSize(3);   // case study + 2
        assertThat(between(rows, days(30), days(25))).hasSize(2);
        assertThat(between(rows, days(25), days(20))).hasSize(1);
    }

    @Test
    void aProspectLostAfterSixColdDaysGotTheOpenerAndOneNudge() {
        DemoContact lost = contact(2, "instagram", days(30));
        lost.moveTo(Stage.CLOSED_LOST, days(24));

        // opener at day 0, nudge 1 at 4 ± 0.5 days, nudge 2 (9 days) never: it was lost on day 6 → 2 items, 6 min, $10
        assertThat(sent(timeline(lost))).hasSize(2);
    }

    @Test
    void aSilentDecisionContactGotNothingInItsLastThreeDays() {
        DemoContact silent = contact(3, "threads", days(40));
        silent.moveTo(Stage.AWARENESS, days(30));
        silent.moveTo(Stage.CONSIDERATION, days(20));
        silent.moveTo(Stage.DECISION, days(10));
        silent.markSilent();

        List<Object[]> rows = timeline(silent);

        assertThat(between(rows, days(10), NOW)).hasSize(2);   // the proposal and its follow-up, both early
        assertThat(rows).allSatisfy(r -> assertThat(at(r)).isBefore(ANCHOR.minus(Duration.ofDays(3))));
    }

    @Test
    void emailProspectsHearFromTheSequencesNotFromTheOperatorsOwnTime() {
        DemoContact email = contact(4, "email", days(20));
        email.moveTo(Stage.AWARENESS, days(10));

        assertThat(sent(timeline(email))).isEmpty();
    }

    private List<Object[]> timeline(DemoContact contact) {
        DemoDataset data = new DemoDataset();
        new ContactTimeline(calendar, catalog).write(List.of(contact), data);
        return data.table("actp_interactions").rows().stream()
                .filter(r -> OUTREACH_SENT.contains((String) r[2]) || "email_sent".equals(r[2])).toList();
    }

    private static List<Object[]> sent(List<Object[]> rows) {
        return rows.stream().filter(r -> OUTREACH_SENT.contains((String) r[2])).toList();
    }

    private static List<Object[]> between(List<Object[]> rows, Instant from, Instant to) {
        return rows.stream().filter(r -> !at(r).isBefore(from) && at(r).isBefore(to)).toList();
    }

    private static Instant at(Object[] row) {
        return ((OffsetDateTime) row[5]).toInstant();
    }

    private DemoContact contact(int number, String platform, Instant first) {
        ContactProfile profile = new ContactProfile("Ava", "Chen", platform, "@ava_chen", "ava@chenlabs.io", "saas",
                "safari_automation", "twitter_post", List.of("saas"));
        return new DemoContact(number, profile, first, Stage.COLD);
    }

    private static Instant days(double before) {
        return ANCHOR.minusMillis(Math.round(before * 86_400_000d));
    }
}
