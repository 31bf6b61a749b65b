package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class SuperwallClientTest {
    static final String KEY = "sk_superwall_OrgKey_9f8e7d6c5b";
    static final LocalDate FROM = LocalDate.of(2026, 2, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 1);
    private MockWebServer server;
    private SuperwallClient client;
    private Database db;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new SuperwallClient(HttpClients.shared(), new SuperwallSettings(server.url("/").toString(), KEY, "123",
                Optional.of("EverReach Pro"), Optional.empty()));
        db = TestDatabase.fresh();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void postsTheVariantSqlToTheQueryApiAndUpsertsEachVariantWithItsConversionRate() throws Exception {
        server.enqueue(Payloads.json(Payloads.superwallVariants()));

        List<PaywallVariant> variants = client.variants(FROM, TO);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v2/organizations/123/query");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeader("Content-Type")).startsWith("text/plain");
        assertThat(request.getBody().readUtf8()).isEqualTo(SuperwallClient.DEFAULT_VARIANT_SQL
                .replace("{from}", "2026-02-01").replace("{until}", "2026-03-02"));

        assertThat(variants).containsExactly(
                new PaywallVariant(Optional.of("EverReach Pro"), Optional.of("annual_first"), "control", 2140, 73, Optional.empty()),
                new PaywallVariant(Optional.of("EverReach Pro"), Optional.of("annual_first"), "annual_first", 2015, 89, Optional.empty()));

        PaywallExperimentRepository repository = new PaywallExperimentRepository(db.jdbi());
        assertThat(repository.save(variants)).isEqualTo(2);
        // a later pull with more data updates the same rows
        assertThat(repository.save(List.of(new PaywallVariant(Optional.of("EverReach Pro"), Optional.of("annual_first"), "control",
                2200, 77, Optional.of(new BigDecimal("1154.23")))))).isEqualTo(1);

        assertThat(Tables.count(db, "actp_paywall_experiments")).isEqualTo(2);
        Map<String, Object> control = row("control");
        assertThat(control.get("impressions")).isEqualTo(2200);
        assertThat(control.get("conversions")).isEqualTo(77);
        assertThat((BigDecimal) control.get("conversion_rate")).isEqualByComparingTo("0.0350"); // 77 / 2200
        assertThat((BigDecimal) control.get("revenue_usd")).isEqualByComparingTo("1154.23");
        assertThat(control.get("status")).isEqualTo("running");
        assertThat((BigDecimal) row("annual_first").get("conversion_rate")).isEqualByComparingTo("0.0442"); // 89 / 2015
    }

    @Test
    void readsJsonEachRowLinesAndNumbersInAnySpelling() {
        server.enqueue(new MockResponse().setBody("""
                {"experiment_id":"exp_7","variant":"a","paywall_opens":"10","transactions":1,"revenue":"9.99"}
                {"experiment_id":"exp_7","variant":"b","paywall_opens":"12","transactions":"0","revenue":0}
                """));

        assertThat(client.variants(FROM, TO)).extracting(PaywallVariant::variantId, PaywallVariant::impressions,
                        PaywallVariant::conversions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 10L, 1L), org.assertj.core.groups.Tuple.tuple("b", 12L, 0L));
    }

    @Test
    void rowsOfTheSameVariantAreAddedUpBeforeTheUpsert() {
        PaywallVariant onePaywall = new PaywallVariant(Optional.of("EverReach Pro"), Optional.of("annual_first"), "control", 100, 4,
                Optional.of(new BigDecimal("59.96")));
        PaywallVariant otherPaywall = new PaywallVariant(Optional.of("EverReach Pro"), Optional.of("annual_first"), "control", 60, 2,
                Optional.empty());

        assertThat(new PaywallExperimentRepository(db.jdbi()).save(List.of(onePaywall, otherPaywall))).isEqualTo(1);

        Map<String, Object> control = row("control");
        assertThat(control.get("impressions")).isEqualTo(160);
        assertThat(control.get("conversions")).isEqualTo(6);
        assertThat((BigDecimal) control.get("revenue_usd")).isEqualByComparingTo("59.96");
        assertThat((BigDecimal) control.get("conversion_rate")).isEqualByComparingTo("0.0375");
    }

    @Test
    void aRefusedKeyAsksToCheckTheKeyWithoutShowingIt() {
        server.enqueue(Payloads.json(403, "{\"error\": \"API key lacks the data:read scope\"}"));

        assertThatThrownBy(() -> client.variants(FROM, TO))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("check your Superwall organization API key")
                .hasMessageNotContaining(KEY)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
    }

    @Test
    void aServerErrorIsRetryableAndNothingIsWritten() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("Code: 241. DB::Exception: Memory limit exceeded"));
        SourcePull pull = new SourcePull(db, java.time.ZoneOffset.UTC, new AnalyticsSources(TestCredentials.of(Map.of(
                "REVOPS_SUPERWALL_API_BASE", server.url("/").toString(), "REVOPS_SUPERWALL_API_KEY", KEY,
                "REVOPS_SUPERWALL_ORGANIZATION_ID", "123")), HttpClients.shared()));

        SourceReport report = pull.pull(TO).stream().filter(r -> r.source().equals("Superwall")).findFirst().orElseThrow();

        assertThat(report.outcome()).isEqualTo(SourceReport.Outcome.FAILED);
        assertThat(report.retryable()).isTrue();
        assertThat(report.message()).contains("try again later").doesNotContain(KEY);
        assertThat(Tables.count(db, "actp_paywall_experiments")).isZero();
    }

    @Test
    void malformedJsonOrARowWithoutCountsIsAnUnexpectedResponseAndNothingIsWritten() {
        server.enqueue(Payloads.json("{\"meta\": [], \"data\": [{\"variant_id\": \"control\", \"impressions\": "));
        server.enqueue(Payloads.json("{\"data\": [{\"variant_id\": \"control\", \"impressions\": \"2140\"}], \"rows\": 1}"));

        assertThatThrownBy(() -> client.variants(FROM, TO))
                .hasMessageContaining("unexpected response (not JSON)")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
        assertThatThrownBy(() -> client.variants(FROM, TO))
                .hasMessageContaining("variant control without a count of 'conversions'")
                .hasMessageContaining("nothing was saved");
        assertThat(Tables.count(db, "actp_paywall_experiments")).isZero();
    }

    private Map<String, Object> row(String variant) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT impressions, conversions, revenue_usd, conversion_rate, status FROM actp_paywall_experiments
                         WHERE product = 'EverReach Pro' AND experiment = 'annual_first' AND variant_id = :v""")
                .bind("v", variant).mapToMap().one());
    }
}
