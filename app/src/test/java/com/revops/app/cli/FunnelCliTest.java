package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.fixtures.MachineFixtures;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/**
 * {@code --funnel} end to end. Two snapshots: 1 March with 49 paying users (10,000 impressions, 300
 * clicks, 45 signups, 18 trials, trial→paid 0.1111 so round(18 × 0.1111) = 2 paid, retention 82%)
 * and 2 March with 50 (5,000 / 90 / 20 / 5, trial→paid 0.2 so 1 paid, retention 75%).
 */
class FunnelCliTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of("REVOPS_TZ", "Europe/Berlin"));
        new MachineFixtures(db)
                .funnelSnapshot(LocalDate.parse("2026-03-01"), 49, "734.51", 10_000, 300, 45, 18, "0.1111", "0.8200")
                .funnelSnapshot(LocalDate.parse("2026-03-02"), 50, "749.50", 5_000, 90, 20, 5, "0.2000", "0.7500");
        // 3 and 4 March: RevenueCat did not answer, so the snapshots hold the counts but no paying users, MRR or phase
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO actp_funnel_snapshots (snapshot_date, impressions, clicks, signups, trials, purchases)
                VALUES ('2026-03-03', 4000, 100, 12, 4, 1), ('2026-03-04', 3000, 80, 10, 4, 0)"""));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void fortyNinePayingUsersArePhaseOneOneShortOfFifty() {
        JsonNode json = CliRun.on(db, env, "--funnel", "--json", "--as-of", "2026-03-01T12:00:00Z").json();
        assertThat(json.get("snapshot_date").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("phase").asInt()).isEqualTo(1);
        assertThat(json.get("paying_users").asLong()).isEqualTo(49);
        assertThat(json.get("mrr").decimalValue()).isEqualByComparingTo("734.51");
        assertThat(json.get("next_threshold").asLong()).isEqualTo(50);
        assertThat(json.get("users_to_next").asLong()).isEqualTo(1);
        assertThat(json.get("progress_to_next").decimalValue()).isEqualByComparingTo("0.98"); // 49 of 50
        // 300/10000 = 3%, 45/300 = 15%, 18/45 = 40%, 2/18 = 11.11%, retention 82%: all within their bands
        Map<String, String> verdicts = verdicts(json);
        assertThat(verdicts).containsEntry("impression_to_click", "0.03 within").containsEntry("click_to_signup", "0.15 within")
                .containsEntry("signup_to_trial", "0.4 within").containsEntry("trial_to_paid", "0.111111 within")
                .containsEntry("month1_retention", "0.82 within");
    }

    @Test
    void fiftyPayingUsersArePhaseTwoAndTheRatesCoverThirtyDays() {
        JsonNode json = CliRun.on(db, env, "--funnel", "--json", "--as-of", "2026-03-02T07:30:00Z").json();
        assertThat(json.get("phase").asInt()).isEqualTo(2);
        assertThat(json.get("next_threshold").asLong()).isEqualTo(200);
        assertThat(json.get("users_to_next").asLong()).isEqualTo(150);
        assertThat(json.get("progress_to_next").decimalValue()).isEqualByComparingTo("0.25"); // 50 of 200
        // both days: 15,000 impressions, 390 clicks, 65 signups, 23 trials, 2 + 1 = 3 paid
        assertThat(json.at("/counts/impressions").asLong()).isEqualTo(15_000);
        assertThat(json.at("/counts/paid").asLong()).isEqualTo(3);
        // 390/15000 = 2.6%, 65/390 = 16.67%, 23/65 = 35.38%, 3/23 = 13.04%: within; retention of the latest, 75%: below 80%
        Map<String, String> verdicts = verdicts(json);
        assertThat(verdicts).containsEntry("impression_to_click", "0.026 within").containsEntry("click_to_signup", "0.166667 within")
                .containsEntry("signup_to_trial", "0.353846 within").containsEntry("trial_to_paid", "0.130435 within")
                .containsEntry("month1_retention", "0.75 below");
    }

    @Test
    void theHumanSummarySaysHowFarTheNextPhaseIs() {
        CliRun run = CliRun.on(db, env, "--funnel", "--as-of", "2026-03-01T12:00:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Phase 1: organic only", "49 of 50 paying users (98.0%); 1 more to phase 2", "MRR $735",
                "Impression → click", "2–5%");
    }

    @Test
    void daysWithoutRevenueCatShowItsLastValuesMarkedUnavailableSinceTheFirstOfThem() {
        JsonNode json = CliRun.on(db, env, "--funnel", "--json", "--as-of", "2026-03-04T12:00:00Z").json();
        // the last measured values, 50 paying users and $749.50 on 2 March, never a made-up 0 or a carried-over copy
        assertThat(json.get("snapshot_date").asText()).isEqualTo("2026-03-02");
        assertThat(json.get("paying_users").asLong()).isEqualTo(50);
        assertThat(json.get("mrr").decimalValue()).isEqualByComparingTo("749.50");
        assertThat(json.get("paying_users_unavailable_since").asText()).isEqualTo("2026-03-03");
        // the window's counts still include the days without RevenueCat: paid 2 + 1 + 1 + 0 = 4
        assertThat(json.at("/counts/paid").asLong()).isEqualTo(4);

        CliRun run = CliRun.on(db, env, "--funnel", "--as-of", "2026-03-04T12:00:00Z");
        assertThat(run.out).contains("RevenueCat unavailable since 2026-03-03: paying users, MRR and phase are its last values, "
                + "from the snapshot of 2026-03-02");
        JsonNode measured = CliRun.on(db, env, "--funnel", "--json", "--as-of", "2026-03-02T12:00:00Z").json();
        assertThat(measured.get("paying_users_unavailable_since").isNull()).isTrue();
    }

    @Test
    void withoutSnapshotsTheFunnelSaysSo() {
        CliRun run = CliRun.on(db, env, "--funnel", "--as-of", "2026-02-01T12:00:00Z");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("No funnel snapshot with paying users yet");
    }

    private static Map<String, String> verdicts(JsonNode json) {
        Map<String, String> verdicts = new HashMap<>();
        json.get("steps").forEach(s -> verdicts.put(s.get("step").asText(), s.get("rate").decimalValue().toPlainString() + " " + s.get("verdict").asText()));
        return verdicts;
    }
}
