package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revops.integrations.testing.TestDatabase;

/** Every column that holds money is wide enough for any business (docs/decisions/0023-wide-money-columns.md). */
class MoneyColumnsTest {
    /** The price of one model call, one video or one million tokens: cents, never a business total. */
    private static final List<String> PER_UNIT_PRICES = List.of(
            "actp_credit_usage.cost_usd", "actp_sora_jobs.cost_usd",
            "actp_model_prices.input_per_mtok", "actp_model_prices.output_per_mtok");

    @Test
    void everyAmountRevenuePipelineBudgetAndSpendColumnHoldsEighteenDigits() {
        try (Database db = TestDatabase.fresh()) {
            List<String> narrow = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT table_name || '.' || column_name || ' numeric(' || numeric_precision || ',' || numeric_scale || ')'
                              FROM information_schema.columns c
                              JOIN information_schema.tables t USING (table_schema, table_name)
                             WHERE table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                               AND data_type = 'numeric' AND numeric_precision < 18
                               AND column_name ~ '(usd|amount|value|pipeline|forecast|revenue|cost|budget|spend|mrr|roi|roas)'
                               AND table_name NOT LIKE 'qrtz%'
                             ORDER BY 1""")
                    .mapTo(String.class).list());
            assertThat(narrow).allSatisfy(column -> assertThat(PER_UNIT_PRICES).anyMatch(column::startsWith));
        }
    }

    @Test
    void aSnapshotAboveOneHundredMillionDollarsIsStoredToTheCent() {
        try (Database db = TestDatabase.fresh()) {
            BigDecimal stored = db.jdbi().withHandle(h -> h.createQuery("""
                            INSERT INTO actp_pipeline_snapshots (snapshot_date, total_pipeline) VALUES ('2026-03-01', 212345678.91)
                            RETURNING total_pipeline""")
                    .mapTo(BigDecimal.class).one());
            assertThat(stored).isEqualByComparingTo("212345678.91");
        }
    }

    @Test
    void aColumnAViewOfTheOperatorsDependsOnIsLeftAsItIsAndTheMigrationGoesOn() {
        try (Database db = TestDatabase.empty()) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE actp_offers (offer_tag text PRIMARY KEY, avg_deal_value numeric(10,2) NOT NULL DEFAULT 0)");
                h.execute("CREATE VIEW my_offers AS SELECT offer_tag, avg_deal_value FROM actp_offers");
            });

            db.migrate();

            String dealValue = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT numeric_precision || ',' || numeric_scale FROM information_schema.columns
                             WHERE table_name = 'actp_offers' AND column_name = 'avg_deal_value'""")
                    .mapTo(String.class).one());
            String snapshots = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT numeric_precision || ',' || numeric_scale FROM information_schema.columns
                             WHERE table_name = 'actp_pipeline_snapshots' AND column_name = 'total_pipeline'""")
                    .mapTo(String.class).one());
            assertThat(dealValue).isEqualTo("10,2");
            assertThat(snapshots).isEqualTo("18,2");
        }
    }
}
