package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** {@code --daily-brief} for a business whose open pipeline passes $100M (it used to exit 1 with the SQL statement). */
class LargeBusinessBriefCliTest {
    private static final String AS_OF = "2026-03-02T07:30:00Z";
    private Database db;
    private MockWebServer telegram;
    @TempDir
    Path home;

    /* 50 contacts in 'decision' on a $2,500,000 offer: open pipeline 50 × 2,500,000 = $125,000,000. */
    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.start();
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO actp_offers (offer_tag, name, avg_deal_value) VALUES ('enterprise', 'Enterprise', 2500000.00)"));
        Fixtures f = new Fixtures(db);
        for (int i = 0; i < 50; i++) {
            f.contact("big-" + i, "decision", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), "enterprise");
        }
    }

    @AfterEach
    void stop() throws IOException {
        telegram.shutdown();
        db.close();
    }

    @Test
    void theBriefOfAOneHundredTwentyFiveMillionDollarPipelineIsSentAndYesterdaysSnapshotStored() throws Exception {
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":501}}"));

        CliRun run = CliRun.on(db, CliRun.withTelegram(home, telegram), "--daily-brief", "--as-of", AS_OF);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(telegram.takeRequest().getBody().readUtf8()).contains("$125,000,000");
        assertThat(new Fixtures(db).text("SELECT total_pipeline::text FROM actp_pipeline_snapshots WHERE snapshot_date = '2026-03-01'"))
                .isEqualTo("125000000.00");
    }

    @Test
    void aDatabaseErrorNoRepositoryTranslatedIsShownWithoutItsStatement() {
        // a statement that fails in the database with no repository to word it: the app role lost its right to read contacts
        TestDatabase.asOwner(db, "REVOKE SELECT ON crm_contacts FROM " + Database.APP_ROLE);
        CliRun run = CliRun.on(db, CliRun.environment(home, java.util.Map.of()), "--pipeline", "--as-of", "2026-03-02T07:30:00Z");

        assertThat(run.exitCode).as(run.toString()).isNotZero();
        assertThat(run.err).isNotBlank().doesNotContainIgnoringCase("select").doesNotContain("statement").doesNotContain("arguments")
                .doesNotContain("2026-03-02");
    }
}
