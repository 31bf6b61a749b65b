package com.revops.integrations.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.outreach.ChannelProgress;
import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Today's progress against 50 LinkedIn / 20 DMs / 5 proposals, by hand. The operator is in New York
 * (EST, UTC−5, on 2 March 2026); as_of is 15:00 local = 20:00Z, so "today" is [05:00Z, 20:00Z].
 */
class TodayProgressTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant AS_OF = Instant.parse("2026-03-02T20:00:00Z");

    private Database db;
    private OutreachFixtures fx;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void countsWhatWasSentTodayInTheOperatorsZone() {
        // LinkedIn: 3 sent this morning + 1 legacy row without channel = 4
        fx.sent("linkedin", "linkedin_connect", "linkedin", Instant.parse("2026-03-02T14:00:00Z"));
        fx.sent("linkedin", "linkedin_connect", "linkedin", Instant.parse("2026-03-02T14:05:00Z"));
        fx.sent("linkedin", "linkedin_message", "linkedin", Instant.parse("2026-03-02T19:59:59Z"));
        fx.sent(null, "linkedin_message", "linkedin", Instant.parse("2026-03-02T15:00:00Z"));
        // not today: 23:30 yesterday evening local time (04:30Z today in UTC), and after as_of
        fx.sent("linkedin", "linkedin_connect", "linkedin", Instant.parse("2026-03-02T04:30:00Z"));
        fx.sent("linkedin", "linkedin_connect", "linkedin", Instant.parse("2026-03-02T20:00:01Z"));
        // DMs: one at local midnight exactly, one in the afternoon = 2 sent; 1 approved today and waiting
        fx.sent("dm", "dm_send", "instagram", Instant.parse("2026-03-02T05:00:00Z"));
        fx.sent("dm", "dm_send", "instagram", Instant.parse("2026-03-02T18:30:00Z"));
        fx.approved(null, "dm", "dm_send", "instagram", "Hi", null, "approved", Instant.parse("2026-03-02T15:00:00Z"));
        fx.approved(null, "dm", "dm_send", "instagram", "Hi", null, "approved", Instant.parse("2026-03-02T04:00:00Z")); // yesterday
        fx.approved(null, "dm", "dm_send", "instagram", "Hi", null, "failed", Instant.parse("2026-03-02T16:00:00Z"));
        fx.pending(null, "dm", "dm_send", "instagram", "Hi", Instant.parse("2026-03-02T16:00:00Z"));
        // Upwork: 1 proposal sent
        fx.sent("upwork", "upwork_proposal", "upwork", Instant.parse("2026-03-02T16:00:00Z"));

        DailyProgress progress = new OutreachQueue(db.jdbi()).todayProgress(AS_OF, NEW_YORK);

        assertThat(progress.day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(progress.of(OutreachChannel.LINKEDIN)).isEqualTo(new ChannelProgress(OutreachChannel.LINKEDIN, 50, 4, 0));
        assertThat(progress.of(OutreachChannel.DM)).isEqualTo(new ChannelProgress(OutreachChannel.DM, 20, 2, 1));
        assertThat(progress.of(OutreachChannel.UPWORK)).isEqualTo(new ChannelProgress(OutreachChannel.UPWORK, 5, 1, 0));
        assertThat(progress.of(OutreachChannel.LINKEDIN).toApprove()).isEqualTo(46);
        assertThat(progress.of(OutreachChannel.DM).toApprove()).isEqualTo(17);
        assertThat(progress.of(OutreachChannel.UPWORK).percent()).isEqualTo(20);
    }
}
