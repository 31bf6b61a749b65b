package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

import com.revops.integrations.testing.TestDatabase;

class MigrationTest {

    private static final List<String> SPEC_TABLES = List.of(
            // PRD-046
            "actp_revenue_events", "actp_pipeline_snapshots", "actp_offer_performance",
            // PRD-019 §3 (actp_contacts is a view, checked below)
            "actp_sora_jobs", "actp_credit_usage", "actp_credit_budgets", "actp_paywall_experiments",
            "actp_attribution_events", "actp_attribution_summary", "actp_ad_campaigns", "actp_interactions",
            "actp_outreach_queue", "actp_upwork_jobs", "actp_email_sequences", "actp_email_sends",
            "actp_product_experiments", "actp_aso_experiments", "actp_funnel_snapshots",
            // referenced by the seeds, defined by SPEC §3
            "crm_contacts", "actp_stage_transitions", "actp_prospect_scores", "actp_engagement_log",
            "actp_ab_tests", "actp_content_performance", "actp_offers",
            // outbox and audit log
            "revops_outbox", "actp_approval_audit");

    @Test
    void migratesAnEmptyDatabaseToEveryTableOfTheSpec() {
        try (Database db = TestDatabase.empty()) {
            db.migrate();
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                    .mapTo(String.class).list());
            assertThat(tables).containsAll(SPEC_TABLES).contains("actp_contacts");
            String contactsKind = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT table_type FROM information_schema.tables WHERE table_name = 'actp_contacts'")
                    .mapTo(String.class).one());
            assertThat(contactsKind).isEqualTo("VIEW");
        }
    }

    @Test
    void seedsTheOfferCatalogWithThePrdOffers() {
        try (Database db = TestDatabase.fresh()) {
            Map<String, BigDecimal> offers = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT offer_tag, avg_deal_value FROM actp_offers")
                    .setMapKeyColumn("offer_tag").setMapValueColumn("avg_deal_value")
                    .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, BigDecimal>>() { }));
            assertThat(offers).containsOnlyKeys("safari_automation", "creator_growth", "ai_automation", "personal_brand");
            assertThat(offers.get("ai_automation")).isEqualByComparingTo("3500");
            assertThat(offers.get("personal_brand")).isEqualByComparingTo("997");
        }
    }

    @Test
    void migratesADatabaseThatAlreadyHasCrmContactsWithExtraColumnsWithoutLosingThem() {
        try (Database db = TestDatabase.empty()) {
            db.jdbi().useHandle(h -> {
                h.execute("""
                        CREATE TABLE crm_contacts (
                            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                            name text,
                            stage text,
                            linkedin_url text,
                            lifetime_value numeric)""");
                h.execute("INSERT INTO crm_contacts (name, stage, linkedin_url, lifetime_value) VALUES "
                        + "('Ada', 'decision', 'https://linkedin.com/in/ada', 1200), ('Old row', 'prospect', null, null)");
            });

            db.migrate();
            db.migrate(); // a second start changes nothing

            List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT name, stage, linkedin_url, lifetime_value, tags, external_id FROM crm_contacts ORDER BY name")
                    .mapToMap().list());
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("name", "Ada").containsEntry("linkedin_url", "https://linkedin.com/in/ada");
            assertThat((BigDecimal) rows.get(0).get("lifetime_value")).isEqualByComparingTo("1200");
            assertThat(rows.get(1)).containsEntry("stage", "prospect"); // kept; only new rows must use known stages
            // the constraint still guards every new row
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (name, stage) VALUES ('x', 'bogus')")))
                    .isInstanceOf(UnableToExecuteStatementException.class)
                    .hasMessageContaining("crm_contacts_stage_known");
        }
    }

    @Test
    void refusesUnknownStagesEventTypesAndNegativeAmounts() {
        try (Database db = TestDatabase.fresh()) {
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (name, stage) VALUES ('x', 'warm')")))
                    .hasMessageContaining("crm_contacts_stage_known");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO actp_revenue_events (event_type, amount) VALUES ('refund', 10)")))
                    .hasMessageContaining("actp_revenue_events_type_known");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO actp_revenue_events (event_type, amount) VALUES ('deal_won', -1)")))
                    .hasMessageContaining("actp_revenue_events_amount_nonnegative");
        }
    }

    @Test
    void refusesASentOutreachItemWithoutApprovalEvenByDirectSql() {
        try (Database db = TestDatabase.fresh()) {
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO actp_outreach_queue (action, message, status, approval_required) VALUES ('dm', 'hi', 'sent', true)")))
                    .hasMessageContaining("actp_outreach_queue_sent_needs_approval");
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO actp_outreach_queue (action, message, status, approval_required) VALUES ('dm', 'hi', 'pending', true)"));
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE actp_outreach_queue SET status = 'sent'")))
                    .hasMessageContaining("actp_outreach_queue_sent_needs_approval");
        }
    }
}
