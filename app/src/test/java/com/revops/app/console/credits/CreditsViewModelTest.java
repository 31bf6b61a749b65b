package com.revops.app.console.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.fixtures.CreditLedger;
import com.revops.app.fixtures.SettableClock;
import com.revops.domain.credits.Budget;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Credits screen's numbers on the hand-worked ledger of {@link CreditLedger}. */
class CreditsViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private final SettableClock clock = new SettableClock(CreditLedger.BELOW_LIMIT, BERLIN);

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "Europe/Berlin"), "linux", home);
        CreditLedger.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private CreditsViewModel model() {
        CreditsViewModel model = new CreditsViewModel(new ConsoleContext(App.onDatabase(env, clock, BERLIN, db), UiExecutor.direct()));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
        return model;
    }

    @Test
    void belowTheLimitTodayWarnsAndNothingIsSuspended() {
        CreditsViewModel model = model();
        // 11.99 + 0.01 + 2.99 = 14.99 of 15 = 99.93%: warning
        assertThat(model.todayProperty().get().value()).isEqualTo("$14.99");
        assertThat(model.todayProperty().get().detail()).isEqualTo("99.9% of $15.00 today");
        assertThat(model.todayProperty().get().level()).isEqualTo(Budget.Level.WARNING);
        // the month: 5.00 + 14.99 = 19.99 of 400 = 5.0%
        assertThat(model.monthProperty().get().value()).isEqualTo("$19.99");
        assertThat(model.monthProperty().get().detail()).isEqualTo("5.0% of $400.00 in March 2026");
        // 36.5 h of March's 743 h (Berlin) elapsed: 19.99 × 743 / 36.5 = 406.92 → over $400: exceeded
        assertThat(model.projectionProperty().get().value()).isEqualTo("$406.92");
        assertThat(model.projectionProperty().get().level()).isEqualTo(Budget.Level.EXCEEDED);
        assertThat(model.suspendedProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).isEmpty();
        assertThat(model.routes()).allSatisfy(r -> assertThat(r.decision()).isEqualTo("ok"));
    }

    @Test
    void atTheLimitTheBannerNamesTheSuspendedWorkAndWhenItResumes() {
        clock.set(CreditLedger.AT_LIMIT);
        CreditsViewModel model = model();
        assertThat(model.todayProperty().get().value()).isEqualTo("$15.00");
        assertThat(model.todayProperty().get().level()).isEqualTo(Budget.Level.EXCEEDED);
        assertThat(model.suspendedProperty().get()).isTrue();
        assertThat(model.bannerProperty().get())
                .startsWith("NON-CRITICAL AI WORK SUSPENDED UNTIL TUE 3 MAR 2026, 00:00 CET — daily AI budget reached ($15.00 of $15.00)")
                .contains("Suspended: acd_architecture, acd_features, acd_tests, architecture_planning, content_review, draft_generation,"
                        + " research_synthesis.")
                .endsWith("Still running (critical): revenue_report.");
        CreditsViewModel.RouteLine report = model.routes().stream().filter(r -> r.taskType().equals("revenue_report")).findFirst().orElseThrow();
        assertThat(report.decision()).isEqualTo("ok");
        assertThat(report.reason()).isEqualTo("critical: never suspended");
        assertThat(model.routes().stream().filter(r -> r.decision().equals("suspended")).count()).isEqualTo(7);
    }

    @Test
    void theMonthBreaksDownByModelAndTaskTypeWithShares() {
        clock.set(CreditLedger.AT_LIMIT);
        CreditsViewModel model = model();
        // month 20.00: haiku 17.00 (85%), sonnet 3.00 (15%)
        assertThat(model.byModel()).extracting(CreditsViewModel.SpendLine::name).containsExactly("haiku", "sonnet");
        assertThat(model.byModel().get(0).spent()).isEqualByComparingTo("17.00");
        assertThat(model.byModel().get(0).share()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.85"));
        assertThat(model.byModel().get(1).share()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.15"));
        assertThat(model.byTaskType()).extracting(CreditsViewModel.SpendLine::name)
                .containsExactly("draft_generation", "content_review", "research_synthesis", "revenue_report");
    }

    @Test
    void theDailyChartsCoverThirtyLocalDaysWithEmptyDaysAtZero() {
        clock.set(CreditLedger.AT_LIMIT);
        DailySpendBars bars = model().dailyByModelProperty().get();
        assertThat(bars.days()).hasSize(30);
        assertThat(bars.days().get(0)).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(bars.days().get(29)).isEqualTo(LocalDate.parse("2026-03-02"));
        // over the 30 days haiku 17.00 > sonnet 10.00 (with February's 7.00 on the 28th, Berlin time)
        assertThat(bars.series().keySet()).containsExactly("haiku", "sonnet");
        List<BigDecimal> sonnet = bars.series().get("sonnet");
        assertThat(sonnet.get(27)).isEqualByComparingTo("7.00");  // 28 Feb
        assertThat(sonnet.get(28)).isEqualByComparingTo("0");     // 1 Mar
        assertThat(sonnet.get(29)).isEqualByComparingTo("3.00");  // 2 Mar: 2.99 + 0.01
        List<BigDecimal> haiku = bars.series().get("haiku");
        assertThat(haiku.get(28)).isEqualByComparingTo("5.00");
        assertThat(haiku.get(29)).isEqualByComparingTo("12.00"); // 11.99 at 00:30 Berlin belongs to 2 Mar
        assertThat(model().dailyByTaskTypeProperty().get().series()).containsKeys("draft_generation", "revenue_report");
    }
}
