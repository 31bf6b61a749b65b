package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Two {@code --log-deal} calls for one contact at the same moment (two cron jobs, a cron job and the
 * console), on the real database (issue 13 point 7). To make them meet every time, the test holds back
 * every insert into actp_revenue_events until both calls are inside their transactions and waiting.
 */
@Tag("fault")
class ConcurrentLogDealTest {
    private Database db;
    private RevopsEnvironment env;
    private ExecutorService threads;
    @TempDir
    Path home;

    @BeforeEach
    void seed() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        new Fixtures(db).contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"),
                "ai_automation");
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        // whatever the race, the read model (journeys, spells, sums) equals its recomputation from the raw rows
        CliRun verify = CliRun.on(db, env, "--verify-aggregates");
        db.close();
        assertThat(verify.exitCode).as(verify.toString()).isZero();
    }

    /** Runs both calls while inserts are held back; lets them go once both wait on a lock. */
    private List<CliRun> atOnce(String[] first, String[] second) throws Exception {
        try (Connection gate = db.dataSource().getConnection(); Statement s = gate.createStatement()) {
            gate.setAutoCommit(false);
            s.execute("LOCK TABLE actp_revenue_events IN EXCLUSIVE MODE"); // reads go on, inserts wait
            CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> CliRun.on(db, env, first), threads);
            CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> CliRun.on(db, env, second), threads);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waiting(s) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(waiting(s)).as("both calls wait inside their transactions").isEqualTo(2);
            gate.commit();
            return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        }
    }

    private static int waiting(Statement s) throws java.sql.SQLException {
        s.execute("SELECT pg_stat_clear_snapshot()"); // a transaction sees one snapshot of the statistics unless told otherwise
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void twoDealsForOneContactAtOnceWriteOneStageTransition() throws Exception {
        List<CliRun> runs = atOnce(new String[] {"--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2026-03-02T10:00:00Z"},
                new String[] {"--log-deal", "c-ada", "1200", "personal_brand", "--as-of", "2026-03-02T10:00:00Z"});
        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode).as(run.toString()).isZero());
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(2);
        // one contact, one move: call_booked → closed_won once, whichever call came first
        assertThat(f.texts("SELECT from_stage || '>' || to_stage FROM actp_stage_transitions")).containsExactly("call_booked>closed_won");
        assertThat(runs.stream().filter(r -> r.out.contains("Moved Contact c-ada from call_booked to closed_won.")).count()).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM revops_alerts WHERE alert_type = 'deal_closed'")).isEqualTo(2);
    }

    @Test
    void theSameDealTwiceAtOnceIsRecordedOnce() throws Exception {
        String[] deal = {"--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2026-03-02T10:00:00Z"};
        List<CliRun> runs = atOnce(deal, deal);
        assertThat(runs).extracting(r -> r.exitCode).containsExactlyInAnyOrder(0, 2);
        assertThat(runs.stream().filter(r -> r.exitCode == 2).findFirst().orElseThrow().err).startsWith("error: DEAL: looks like a duplicate");
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM actp_stage_transitions")).isEqualTo(1);
    }
}
