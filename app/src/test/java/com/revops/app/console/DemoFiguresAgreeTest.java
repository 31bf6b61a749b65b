package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.App;
import com.revops.app.Formats;
import com.revops.app.cli.CliTestAccess;
import com.revops.app.console.dashboard.DashboardViewModel;
import com.revops.app.console.offers.OffersViewModel;
import com.revops.app.console.sources.SourcesViewModel;
import com.revops.app.console.ui.UiExecutor;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.TopSources;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/**
 * On the demo data a new user meets first, the dashboard, the Offers and Sources screens, the CLI and the
 * daily brief quote the same revenue, deals and top offer, to the cent (SPEC §4 "Offer performance": every
 * revenue view sums to the same total over the same window). The figures are the demo's own; what is held
 * fixed is that each view agrees with the others.
 */
class DemoFiguresAgreeTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private static ConsoleContext context;

    @BeforeAll
    static void demo() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
        cli("--demo-data", "--json");
        context = new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theNinetyDayRevenueIsOneTotalOnTheOffersAndSourcesScreensAndInTheCli() {
        JsonNode offers = cli("--offer-performance", "--json");
        JsonNode sources = cli("--top-sources", "--json");
        BigDecimal total = offers.get("total_revenue").decimalValue();
        assertThat(total).isPositive();
        assertThat(sources.get("total_revenue").decimalValue()).isEqualByComparingTo(total);
        assertThat(sources.get("total_deals").asLong()).isEqualTo(offers.get("total_deals").asLong()).isPositive();
        assertThat(sum(offers.get("offers"), "revenue")).isEqualByComparingTo(total);
        assertThat(sum(offers.get("rows"), "revenue")).isEqualByComparingTo(total);
        assertThat(sum(sources.get("platforms"), "revenue")).isEqualByComparingTo(total);
        assertThat(sum(sources.get("niches"), "revenue")).isEqualByComparingTo(total);

        OffersViewModel offersScreen = new OffersViewModel(context);
        offersScreen.refresh();
        assertThat(offersScreen.offers().stream().map(OfferPerformance::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        assertThat(offersScreen.shownRows().stream().map(OfferPerformance::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        SourcesViewModel sourcesScreen = new SourcesViewModel(context);
        sourcesScreen.refresh();
        assertThat(sourcesScreen.platforms().stream().map(TopSources.Ranked::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        assertThat(sourcesScreen.niches().stream().map(TopSources.Ranked::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
    }

    @Test
    void theDashboardTheBriefAndTheCliQuoteTheSameMonthAndTopOffer() {
        JsonNode mtd = cli("--mtd", "--json");
        JsonNode offers = cli("--offer-performance", "--json");
        JsonNode brief = cli("--daily-brief", "--dry-run", "--json");
        DashboardViewModel dashboard = new DashboardViewModel(context);
        dashboard.refresh();

        BigDecimal month = mtd.get("revenue").decimalValue();
        assertThat(month).isPositive();
        assertThat(brief.get("mtd_revenue").decimalValue()).isEqualByComparingTo(month);
        assertThat(dashboard.mtdRevenueProperty().get()).isEqualByComparingTo(month);
        assertThat(brief.get("deals_this_month").asLong()).isEqualTo(mtd.get("deals_closed").asLong());
        assertThat(dashboard.dealsThisMonthProperty().get()).isEqualTo(mtd.get("deals_closed").asLong());
        assertThat(brief.get("text").asText()).contains("MTD Revenue: " + Formats.money(month));

        JsonNode top = null;
        for (JsonNode offer : offers.get("offers")) {
            if (offer.get("offer").asText().equals(offers.get("top_offer").asText())) {
                top = offer;
            }
        }
        assertThat(top).as("the top offer's row").isNotNull();
        assertThat(brief.get("top_offer").get("offer").asText()).isEqualTo(top.get("offer").asText());
        assertThat(brief.get("top_offer").get("revenue").decimalValue()).isEqualByComparingTo(top.get("revenue").decimalValue());
        assertThat(brief.get("top_offer").get("cost").decimalValue()).isEqualByComparingTo(top.get("cost").decimalValue());
        assertThat(brief.get("top_offer").get("roi").decimalValue()).isEqualByComparingTo(top.get("roi").decimalValue());
        String roi = Formats.times(Optional.of(top.get("roi").decimalValue()));
        assertThat(brief.get("text").asText()).contains("Top Performing Offer: " + top.get("offer").asText()).contains(roi + " ROI");
        assertThat(dashboard.topOfferProperty().get()).isEqualTo(top.get("offer").asText());
        assertThat(dashboard.topOfferDetailProperty().get()).contains(roi + " ROI on " + Formats.money(top.get("cost").decimalValue()));
    }

    private static JsonNode cli(String... args) {
        String[] withInstant = java.util.Arrays.copyOf(args, args.length + 2);
        withInstant[args.length] = "--as-of";
        withInstant[args.length + 1] = AS_OF.toString();
        return CliTestAccess.json(db, env, withInstant);
    }

    private static BigDecimal sum(JsonNode rows, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            sum = sum.add(row.get(field).decimalValue());
        }
        return sum;
    }
}
