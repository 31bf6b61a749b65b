package com.revops.integrations.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

class DemoDataGeneratorTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");
    /** Start of 2026-11-21 in New York. */
    private static final Instant ANCHOR = Instant.parse("2026-11-21T05:00:00Z");
    private static final Instant MONTH_START = Instant.parse("2026-11-01T04:00:00Z");

    private static Database db;
    private static DemoSummary summary;

    @BeforeAll
    static void loadOnce() {
        db = TestDatabase.fresh();
        summary = generator(db, NOW).load();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static DemoDataGenerator generator(Database database, Instant now) {
        return new DemoDataGenerator(database, Clock.fixed(now, ZoneOffset.UTC), ZONE);
    }

    private static int count(Database database, String sql) {
        return count(database, NOW, ANCHOR, MONTH_START, sql);
    }

    /** Runs a count with {@code :now}, {@code :anchor} (start of today) and {@code :month} (start of the month) bound. */
    private static int count(Database database, Instant now, Instant anchor, Instant month, String sql) {
        return database.jdbi().withHandle(h -> h.createQuery(sql)
                .configure(SqlStatements.class, statements -> statements.setUnusedBindingAllowed(true))
                .bind("now", at(now)).bind("anchor", at(anchor))
                .bind("month", at(month)).mapTo(Integer.class).one());
    }

    private static int count(String sql) {
        return count(db, sql);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One checksum per demo table over every column of every row. */
    private static Map<String, String> checksums(Database database) {
        Map<String, String> sums = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> {
            for (String table : DemoDataset.TABLES) {
                sums.put(table, h.createQuery("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                        + table + " t").mapTo(String.class).one());
            }
        });
        return sums;
    }

    @Test
    void fillsEveryDemoTableAndReportsTheCounts() {
        assertThat(summary.rowsByTable().keySet()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(DemoDataset.TABLES.stream(), DemoDataset.LOGS.stream()).toList());
        for (String table : DemoDataset.TABLES) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isPositive().isEqualTo(summary.rows(table));
        }
        assertThat(summary.rows("crm_contacts")).isEqualTo(ContactSimulator.CONTACTS);
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE offer_tag IS NULL")).isBetween(40, 110);
        assertThat(count("SELECT count(*) FROM actp_offers")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM revops_settings WHERE key = 'demo_data_loaded_at' AND value = '" + NOW + "'"))
                .isEqualTo(1);
    }

    @Test
    void loadingAgainWithTheSameClockGivesIdenticalContent() {
        Map<String, String> before = checksums(db);
        DemoSummary again = generator(db, NOW).load();
        assertThat(checksums(db)).isEqualTo(before);
        assertThat(again).isEqualTo(summary);
    }

    @Test
    void everyContactsStageFollowsItsTransitions() {
        assertThat(count("""
                SELECT count(*) FROM crm_contacts c
                  JOIN LATERAL (SELECT to_stage, transitioned_at FROM actp_stage_transitions t
                                 WHERE t.contact_id = c.id ORDER BY transitioned_at DESC LIMIT 1) last ON true
                 WHERE last.to_stage <> c.stage OR last.transitioned_at <> c.stage_entered_at""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM crm_contacts c
                 WHERE NOT EXISTS (SELECT 1 FROM actp_stage_transitions t WHERE t.contact_id = c.id)
                   AND c.stage_entered_at <> c.first_contact_at""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM (
                    SELECT from_stage, transitioned_at,
                           lag(to_stage) OVER w AS previous_stage, lag(transitioned_at) OVER w AS previous_at
                      FROM actp_stage_transitions WINDOW w AS (PARTITION BY contact_id ORDER BY transitioned_at)) t
                 WHERE previous_at IS NOT NULL AND (previous_stage <> from_stage OR previous_at >= transitioned_at)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id
                 WHERE t.transitioned_at < c.first_contact_at""")).isZero();
        assertThat(count("SELECT count(*) FROM actp_stage_transitions WHERE transitioned_at > :now")).isZero();
        assertThat(count("""
                SELECT count(*) FROM crm_contacts c
                 WHERE c.stage = 'closed_won' AND (SELECT count(*) FROM actp_revenue_events e
                                                    WHERE e.contact_id = c.id AND e.event_type = 'deal_won'
                                                      AND e.closed_at = c.stage_entered_at) <> 1""")).isZero();
    }

    @Test
    void nothingHappensAfterTheClocksInstant() {
        assertNothingAfter(db, NOW);
        assertThat(count("SELECT count(*) FROM actp_funnel_snapshots WHERE snapshot_date >= DATE '2026-11-21'")).isZero();
        assertThat(count("SELECT count(*) FROM actp_revenue_events WHERE amount < 0")).isZero();
    }

    private static void assertNothingAfter(Database database, Instant now) {
        String[][] moments = {
                {"crm_contacts", "first_contact_at"}, {"crm_contacts", "last_interaction_at"}, {"crm_contacts", "updated_at"},
                {"actp_revenue_events", "closed_at"}, {"actp_interactions", "created_at"}, {"actp_prospect_scores", "scored_at"},
                {"actp_email_sends", "sent_at"}, {"actp_email_sends", "opened_at"}, {"actp_email_sends", "clicked_at"},
                {"actp_email_sends", "replied_at"}, {"actp_engagement_log", "created_at"},
                {"actp_content_performance", "published_at"}, {"actp_credit_usage", "created_at"},
                {"actp_market_items", "updated_at"}, {"actp_funnel_snapshots", "created_at"},
                {"actp_attribution_events", "created_at"}, {"actp_ad_campaigns", "updated_at"},
                {"actp_upwork_jobs", "posted_at"}, {"actp_outreach_queue", "approved_at"}, {"actp_outreach_queue", "sent_at"},
                {"actp_outreach_queue", "updated_at"}};
        for (String[] moment : moments) {
            assertThat(count(database, now, now, now, "SELECT count(*) FROM " + moment[0] + " WHERE " + moment[1] + " > :now"))
                    .as(moment[0] + "." + moment[1]).isZero();
        }
    }

    @Test
    void everyOpenStageHasContactsAndThePipelineIsMoving() {
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE stage = 'cold'")).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE stage = 'awareness'")).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE stage = 'consideration'")).isGreaterThanOrEqualTo(15);
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE stage = 'decision'")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT count(*) FROM crm_contacts WHERE stage = 'call_booked'")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM actp_stage_transitions WHERE transitioned_at > :now - interval '2 days'"))
                .isPositive();
        assertThat(count("""
                SELECT count(*) FROM crm_contacts WHERE stage = 'decision'
                   AND (last_interaction_at IS NULL OR last_interaction_at <= :now - interval '3 days')""")).isGreaterThanOrEqualTo(2);
        assertThat(count("""
                SELECT count(*) FROM crm_contacts WHERE stage = 'decision'
                   AND last_interaction_at > :now - interval '1 day'""")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void dealsWereWonThisMonthAndInEarlierMonths() {
        assertThat(count("SELECT count(*) FROM actp_revenue_events WHERE event_type = 'deal_won' AND closed_at >= :month"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM actp_revenue_events WHERE event_type = 'deal_won' AND closed_at < :month"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(DISTINCT event_type) FROM actp_revenue_events")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM actp_revenue_events WHERE automation IS NOT NULL")).isPositive();
    }

    @Test
    void replyRateDropsWeekOverWeek() {
        int lastWeekSends = count("SELECT count(*) FROM actp_email_sends WHERE sent_at >= :now - interval '7 days' AND sent_at < :now");
        int lastWeekReplies = count("""
                SELECT count(*) FROM actp_email_sends
                 WHERE sent_at >= :now - interval '7 days' AND sent_at < :now AND replied_at IS NOT NULL""");
        int weekBeforeSends = count("""
                SELECT count(*) FROM actp_email_sends WHERE sent_at >= :now - interval '14 days' AND sent_at < :now - interval '7 days'""");
        int weekBeforeReplies = count("""
                SELECT count(*) FROM actp_email_sends
                 WHERE sent_at >= :now - interval '14 days' AND sent_at < :now - interval '7 days' AND replied_at IS NOT NULL""");
        assertThat(lastWeekSends).isGreaterThanOrEqualTo(20);
        assertThat(weekBeforeSends).isGreaterThanOrEqualTo(20);
        double recent = (double) lastWeekReplies / lastWeekSends;
        double before = (double) weekBeforeReplies / weekBeforeSends;
        assertThat(before).isBetween(0.075, 0.095);
        assertThat(recent).isBetween(0.055, 0.075);
        assertThat(recent).isLessThan(before * 0.85);
    }

    @Test
    void todaysCreditSpendIsNearTheDailyLimitAndTheMonthUnderBudget() {
        String spend = """
                SELECT sum(coalesce(u.cost_usd, (u.input_tokens * p.input_per_mtok + u.output_tokens * p.output_per_mtok) / 1000000))
                  FROM actp_credit_usage u JOIN actp_model_prices p ON p.model = u.model WHERE u.created_at >= %s AND u.created_at <= :now""";
        BigDecimal today = db.jdbi().withHandle(h -> h.createQuery(spend.formatted(":anchor"))
                .bind("anchor", at(ANCHOR)).bind("now", at(NOW)).mapTo(BigDecimal.class).one());
        BigDecimal month = db.jdbi().withHandle(h -> h.createQuery(spend.formatted(":month"))
                .bind("month", at(MONTH_START)).bind("now", at(NOW)).mapTo(BigDecimal.class).one());
        assertThat(today).isBetween(new BigDecimal("12.00"), new BigDecimal("15.00"));
        assertThat(month).isLessThan(new BigDecimal("400"));
        assertThat(count("SELECT count(*) FROM actp_credit_usage WHERE cost_usd IS NULL")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM actp_credit_usage u JOIN actp_credit_routing r ON r.task_type = u.task_type
                 WHERE r.model <> u.model""")).isZero();
        assertThat(count("SELECT count(*) FROM actp_market_items WHERE updated_at > :now - interval '24 hours'")).isPositive();
    }

    @Test
    void theApprovalQueueHasWorkWaitingAndTodaysProgress() {
        assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'pending' AND channel = 'linkedin'")).isEqualTo(30);
        assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'pending' AND channel = 'dm'")).isEqualTo(14);
        assertThat(count("""
                SELECT count(*) FROM actp_outreach_queue
                 WHERE status = 'pending' AND channel = 'upwork' AND upwork_job_id IS NOT NULL""")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'sent' AND sent_at >= :anchor AND channel = 'linkedin'"))
                .isEqualTo(18);
        assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'sent' AND sent_at >= :anchor AND channel = 'dm'"))
                .isEqualTo(6);
        assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'sent' AND sent_at >= :anchor AND channel = 'upwork'"))
                .isEqualTo(1);
        for (String status : List.of("approved", "rejected", "failed")) {
            assertThat(count("SELECT count(*) FROM actp_outreach_queue WHERE status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("SELECT count(*) FROM actp_content_performance WHERE engagement_score >= 8 AND status = 'organic_only'"))
                .isBetween(3, 10);
        assertThat(count("SELECT count(*) FROM actp_ad_campaigns WHERE status = 'proposed' AND approved_at IS NULL")).isEqualTo(1);
    }

    @Test
    void everyDecidedItemHasTheAuditTrailOfItsDecisionsAndAReloadKeepsTheEarlierOnesApart() {
        try (Database other = TestDatabase.fresh()) {
            generator(other, NOW).load();
            int decided = count(other, "SELECT count(*) FROM actp_outreach_queue WHERE status <> 'pending'");
            String lastAuditedStatus = """
                    (SELECT a.after_status FROM actp_approval_audit a WHERE a.queue_item_id = q.id ORDER BY a.created_at DESC, a.id DESC LIMIT 1)""";
            assertThat(decided).isGreaterThan(100);
            assertThat(count(other, "SELECT count(*) FROM actp_outreach_queue q WHERE status <> 'pending' AND " + lastAuditedStatus
                    + " = q.status")).isEqualTo(decided);
            assertThat(count(other, """
                    SELECT count(*) FROM actp_outreach_queue q WHERE approved_at IS NOT NULL AND EXISTS (
                        SELECT 1 FROM actp_approval_audit a WHERE a.queue_item_id = q.id AND a.action = 'approve'
                           AND a.actor = 'operator' AND a.created_at = q.approved_at AND a.after_message = q.approved_message)"""))
                    .isEqualTo(count(other, "SELECT count(*) FROM actp_outreach_queue WHERE approved_at IS NOT NULL"));
            assertThat(count(other, """
                    SELECT count(*) FROM actp_outreach_queue q
                     WHERE status = 'pending' AND EXISTS (SELECT 1 FROM actp_approval_audit a WHERE a.queue_item_id = q.id)""")).isZero();
            int firstTrail = count(other, "SELECT count(*) FROM actp_approval_audit");

            generator(other, NOW.plusSeconds(3600)).load();

            assertThat(count(other, "SELECT count(*) FROM actp_approval_audit")).isEqualTo(2 * firstTrail);
            assertThat(count(other, """
                    SELECT count(*) FROM actp_approval_audit a JOIN actp_outreach_queue q ON q.id = a.queue_item_id""")).isEqualTo(firstTrail);
        }
    }

    @Test
    void refusesADatabaseWithTheOperatorsOwnContactsAndChangesNothing() {
        try (Database other = TestDatabase.fresh()) {
            other.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-1', 'Real Person')"));
            assertThatThrownBy(() -> generator(other, NOW).load())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("--demo-data");
                        assertThat(e.problem()).contains("not demo data").contains("crm_contacts");
                    });
            assertThat(count(other, "SELECT count(*) FROM crm_contacts")).isEqualTo(1);
            assertThat(count(other, "SELECT count(*) FROM actp_credit_usage")).isZero();
            assertThat(count(other, "SELECT count(*) FROM revops_settings")).isZero();
        }
    }

    @Test
    void replacesEarlierDemoDataAndKeepsTheOperatorsCatalog() {
        try (Database other = TestDatabase.fresh()) {
            other.jdbi().useHandle(h -> {
                h.execute("INSERT INTO revops_settings (key, value) VALUES ('demo_data_loaded_at', '2026-11-18T09:00:00Z')");
                h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('demo-0001', 'Earlier Demo Person')");
                h.execute("INSERT INTO actp_automations (name) VALUES ('dm_outreach')");
                h.execute("UPDATE actp_offers SET avg_deal_value = 3600 WHERE offer_tag = 'ai_automation'");
            });
            // loaded half a minute into a new month: the month already has a deal, and nothing lies ahead of the clock
            Instant monthStart = Instant.parse("2026-12-01T05:00:00Z");
            Instant justAfter = monthStart.plusSeconds(30);
            DemoSummary reloaded = generator(other, justAfter).load();

            assertThat(reloaded.rows("crm_contacts")).isEqualTo(ContactSimulator.CONTACTS);
            assertThat(count(other, "SELECT count(*) FROM crm_contacts")).isEqualTo(ContactSimulator.CONTACTS);
            assertThat(count(other, "SELECT count(*) FROM crm_contacts WHERE name = 'Earlier Demo Person'")).isZero();
            assertThat(count(other, "SELECT count(*) FROM actp_automations")).isEqualTo(reloaded.rows("actp_automations"));
            assertNothingAfter(other, justAfter);
            assertThat(count(other, justAfter, monthStart, monthStart, """
                    SELECT count(*) FROM actp_revenue_events
                     WHERE event_type = 'deal_won' AND closed_at >= :month AND closed_at <= :now""")).isEqualTo(1);
            assertThat(count(other, justAfter, monthStart, monthStart, """
                    SELECT count(*) FROM actp_credit_usage WHERE created_at >= :anchor AND created_at <= :now""")).isPositive();
            assertThat(count(other, "SELECT count(*) FROM actp_offers WHERE offer_tag = 'ai_automation' AND avg_deal_value = 3600"))
                    .isEqualTo(1);
            assertThat(count(other, "SELECT count(*) FROM actp_offers")).isEqualTo(4);
            assertThat(count(other, "SELECT count(*) FROM actp_credit_budgets")).isEqualTo(2);
            assertThat(count(other, "SELECT count(*) FROM actp_credit_routing")).isEqualTo(8);
            assertThat(count(other, "SELECT count(*) FROM actp_model_prices")).isEqualTo(3);
            assertThat(count(other, """
                    SELECT count(*) FROM actp_revenue_events
                     WHERE event_type = 'deal_won' AND offer_tag = 'ai_automation' AND amount NOT IN (3600.00, 3240.00)""")).isZero();
            assertThat(count(other, "SELECT count(*) FROM revops_settings WHERE key = 'demo_data_loaded_at' AND value = '"
                    + justAfter + "'")).isEqualTo(1);
        }
    }
}
