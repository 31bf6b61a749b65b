package com.revops.app.cli;

import static com.revops.integrations.testing.OutreachFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.App;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;

/** {@code --queue} and {@code --queue-mark} through the real CLI on a real PostgreSQL. */
class QueueCommandTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String AS_OF = "2026-03-02T12:00:00Z";

    private Database db;
    private OutreachFixtures fx;
    private String url;
    private UUID dm;
    private UUID linkedin;
    private UUID proposal;
    private UUID pending;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
        fx = new OutreachFixtures(db);
        UUID ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {});
        UUID charles = fx.contact("Charles Babbage", "@babbage", "linkedin", "cold", "saas", new String[] {});
        linkedin = fx.approved(charles, "linkedin", "linkedin_connect", "linkedin", "Hi Charles", null, "approved",
                Instant.parse("2026-03-02T08:00:00Z"));
        dm = fx.approved(ada, "dm", "dm_send", "instagram", "Hi Ada (draft)", "Hi Ada (edited)", "approved",
                Instant.parse("2026-03-02T09:00:00Z"));
        UUID job = fx.upworkJob("Zapier cleanup and migration to Make", "650", "https://www.upwork.com/jobs/~02");
        proposal = fx.proposal(job, "Dear Little Pine, …", Instant.parse("2026-03-02T07:00:00Z"));
        new OutreachQueue(db.jdbi()).approve(proposal, "operator", Instant.parse("2026-03-02T10:00:00Z"));
        pending = fx.pending(ada, "dm", "dm_send", "instagram", "Not yet", Instant.parse("2026-03-02T07:00:00Z"));
        fx.approved(ada, "dm", "dm_send", "instagram", "Already sent", null, "sent", Instant.parse("2026-03-02T07:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private int run(String... args) {
        RevopsEnvironment environment = new RevopsEnvironment(Map.of("REVOPS_TZ", ZONE.getId()), "Linux", Path.of("/nonexistent"));
        Cli cli = new Cli(environment, new PrintWriter(out), new PrintWriter(err),
                clock -> App.opening(environment, clock, ZONE, () -> Database.wrap(Database.pool(url, Database.APP_ROLE, null), "test")));
        return cli.run(args);
    }

    @Test
    void queueJsonListsApprovedItemsNotYetSentOldestApprovalFirst() throws Exception {
        assertThat(run("--queue", "--json", "--as-of", AS_OF)).isEqualTo(ExitCode.OK);

        JsonNode json = CliSession.mapper().readTree(out.toString());
        assertThat(json.get("count").asInt()).isEqualTo(3);
        JsonNode items = json.get("items");
        assertThat(items).extracting(i -> i.get("id").asText())
                .containsExactly(linkedin.toString(), dm.toString(), proposal.toString())
                .doesNotContain(pending.toString());
        JsonNode first = items.get(0);
        assertThat(first.get("channel").asText()).isEqualTo("linkedin");
        assertThat(first.get("action").asText()).isEqualTo("linkedin_connect");
        assertThat(first.get("platform").asText()).isEqualTo("linkedin");
        assertThat(first.get("contact_name").asText()).isEqualTo("Charles Babbage");
        assertThat(first.get("contact_handle").asText()).isEqualTo("@babbage");
        assertThat(first.get("text").asText()).isEqualTo("Hi Charles");
        assertThat(first.get("approved_at").asText()).isEqualTo("2026-03-02T08:00:00Z");
        JsonNode edited = items.get(1);
        assertThat(edited.get("text").asText()).isEqualTo("Hi Ada (edited)");
        assertThat(edited.get("edited").asBoolean()).isTrue();
        JsonNode upwork = items.get(2);
        assertThat(upwork.get("contact_name").isNull()).isTrue();
        assertThat(upwork.get("upwork_job_url").asText()).isEqualTo("https://www.upwork.com/jobs/~02");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void queueWithoutJsonPrintsATable() {
        assertThat(run("--queue", "--as-of", AS_OF)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("3 approved items waiting to be sent").contains(dm.toString())
                .contains("Ada Lovelace @ada").contains("    Hi Ada (edited)");
    }

    @Test
    void queueMarkRecordsTheWorkersResults() {
        assertThat(run("--queue-mark", dm.toString(), "sent", "--as-of", AS_OF)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("marked sent");
        Map<String, Object> row = fx.row(dm);
        assertThat(row).containsEntry("status", "sent");
        assertThat(instant(row, "sent_at")).isEqualTo(Instant.parse(AS_OF));

        assertThat(run("--queue-mark", linkedin.toString(), "FAILED", "--error", "Weekly invitation limit reached", "--as-of", AS_OF))
                .isEqualTo(ExitCode.OK);
        assertThat(fx.row(linkedin)).containsEntry("status", "failed").containsEntry("error", "Weekly invitation limit reached");
        assertThat(fx.audit(linkedin)).extracting(a -> a.get("action")).containsExactly("approve", "mark_failed");
        assertThat(fx.audit(linkedin).get(1)).containsEntry("actor", "worker").containsEntry("reason", "Weekly invitation limit reached");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void queueMarkRefusesAnUnknownId() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
        assertThat(run("--queue-mark", unknown.toString(), "sent")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("error: ID: no outreach item with id " + unknown);
        assertThat(run("--queue-mark", "not-a-uuid", "sent")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("ID: 'not-a-uuid' is not an outreach item id");
    }

    @Test
    void queueMarkRefusesAnItemNeverApproved() {
        assertThat(run("--queue-mark", pending.toString(), "sent")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("error: ID: item " + pending + " was never approved (it is pending); it cannot be marked sent");
        assertThat(fx.row(pending)).containsEntry("status", "pending").containsEntry("sent_at", null);
        assertThat(fx.audit(pending)).isEmpty();
    }

    @Test
    void queueMarkRefusesAResultOtherThanSentOrFailed() {
        assertThat(run("--queue-mark", dm.toString(), "delivered")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("error: --queue-mark: 'delivered' is not a result; use sent or failed");
        assertThat(run("--queue-mark", dm.toString(), "sent", "--error", "oops")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--error: goes only with 'failed'");
        assertThat(fx.row(dm)).containsEntry("status", "approved");
        assertThat(fx.audit(dm)).extracting(a -> a.get("action")).containsExactly("approve"); // the approval only
    }
}
