package com.revops.app.console.sora;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Sora panel's model: jobs by status, this month's cost from the credit ledger, the stuck job named. */
class SoraViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO actp_sora_jobs (id, prompt, style, duration_seconds, status, cost_usd, created_at, started_at) VALUES
                  ('5a0c0000-0000-0000-0000-000000000001', 'Desk at dawn', 'cinematic', 10, 'completed', 1.2000, '2026-03-01T08:00:00Z', '2026-03-01T08:00:00Z'),
                  ('5a0c0000-0000-0000-0000-000000000002', 'Split screen', 'ugc', 8, 'completed', 0.9600, '2026-03-02T07:00:00Z', '2026-03-02T07:00:00Z'),
                  ('5a0c0000-0000-0000-0000-000000000003', 'Studio hook', 'ugc', 12, 'processing', NULL, '2026-03-02T08:30:00Z', '2026-03-02T08:35:00Z'),
                  ('5a0c0000-0000-0000-0000-000000000004', 'Old February job', 'cinematic', 15, 'failed', 0.5000, '2026-02-27T09:00:00Z', NULL)"""));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void statusesCostAndTheStuckJob() {
        SoraViewModel model = new SoraViewModel(TestConsole.on(db, home, NOW).context());
        model.refresh();

        assertThat(model.statusesProperty().get()).isEqualTo("2 completed · 1 failed · 1 processing");
        // March: 1.20 + 0.96 = 2.16 (the February job's 0.50 is last month)
        assertThat(model.costProperty().get()).isEqualTo("$2.16 this month in the credit ledger (task type sora_generation)");
        assertThat(model.stuckProperty().get()).isEqualTo("Sora job 5a0c0000 has been processing for 1 h 25 min");
        assertThat(model.jobs()).hasSize(4);
        assertThat(model.running(model.jobs().get(0))).isEqualTo("1 h 25 min");
    }
}
