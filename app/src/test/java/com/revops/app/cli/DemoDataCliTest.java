package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** {@code --demo-data} leaves nothing for a 05:00 job to fill: both stored summaries hold rows at once. */
class DemoDataCliTest {
    private static final String AS_OF = "2026-03-20T12:00:00Z";
    private static Database db;
    @TempDir
    static Path home;
    private static JsonNode loaded;

    @BeforeAll
    static void load() {
        db = TestDatabase.fresh();
        CliRun run = CliRun.on(db, CliRun.environment(home, Map.of()), "--demo-data", "--json", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        loaded = run.json().get("loaded");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theOfferAndAttributionSummariesAreFilledAndCountedAsWritten() {
        Fixtures f = new Fixtures(db);
        int offers = f.count("SELECT count(*) FROM actp_offer_performance");
        int attribution = f.count("SELECT count(*) FROM actp_attribution_summary");
        assertThat(offers).isPositive().isEqualTo(loaded.get("actp_offer_performance").asInt());
        assertThat(attribution).isPositive().isEqualTo(loaded.get("actp_attribution_summary").asInt());
        // the stored rows hold the same revenue as --offer-performance over the same 90 days
        JsonNode live = CliRun.on(db, CliRun.environment(home, Map.of()), "--offer-performance", "--json", "--as-of", AS_OF).json();
        assertThat(f.text("SELECT sum(revenue_generated)::text FROM actp_offer_performance"))
                .isEqualTo(live.get("total_revenue").decimalValue().setScale(2).toPlainString());
    }
}
