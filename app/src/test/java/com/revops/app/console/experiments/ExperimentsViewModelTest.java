package com.revops.app.console.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.fixtures.ExperimentResults;
import com.revops.app.fixtures.SettableClock;
import com.revops.domain.experiments.ExperimentVerdict;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Experiments screen's verdicts and deltas on {@link ExperimentResults}. */
class ExperimentsViewModelTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private static ExperimentsViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
        ExperimentResults.write(db);
        model = new ExperimentsViewModel(new ConsoleContext(App.onDatabase(env,
                new SettableClock(Instant.parse("2026-03-02T07:30:00Z"), ZoneId.of("UTC")), ZoneId.of("UTC"), db), UiExecutor.direct()));
        model.refresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void thePaywallExperimentHasAWinnerAtTheTextbookPValue() {
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.paywallVerdicts()).hasSize(1);
        ExperimentsViewModel.VerdictLine verdict = model.paywallVerdicts().get(0);
        assertThat(verdict.experiment()).isEqualTo("EverReach Pro · annual_first");
        assertThat(verdict.verdict().outcome()).isEqualTo(ExperimentVerdict.Outcome.WINNER);
        assertThat(verdict.verdict().summary()).isEqualTo("annual_first wins: 20.00% vs 15.00% (control), p = 0.0033");
        assertThat(verdict.style()).isEqualTo("winner");
    }

    @Test
    void eachPaywallVariantShowsItsRateRevenuePerUserAndStanding() {
        ExperimentsViewModel.VariantLine annual = model.paywallVariants().stream().filter(v -> v.variant().equals("annual_first")).findFirst().orElseThrow();
        ExperimentsViewModel.VariantLine control = model.paywallVariants().stream().filter(v -> v.variant().equals("control")).findFirst().orElseThrow();
        assertThat(annual.conversionRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.2"));
        // $4,000 over 1,000 users shown the paywall = $4.00; $1,500 / 1,000 = $1.50
        assertThat(annual.revenuePerUser()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("4.00"));
        assertThat(control.revenuePerUser()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.50"));
        assertThat(annual.againstLeader()).isEqualTo("winner");
        assertThat(control.againstLeader()).isEqualTo("p = 0.0033 vs annual_first");
    }

    @Test
    void anAbTestUnderOneHundredImpressionsIsNotSignificantYetWithTheSampleStillNeeded() {
        ExperimentsViewModel.VerdictLine verdict = model.abVerdicts().get(0);
        assertThat(verdict.experiment()).isEqualTo("dm_opener (reply_rate)");
        assertThat(verdict.verdict().outcome()).isEqualTo(ExperimentVerdict.Outcome.NOT_SIGNIFICANT_YET);
        assertThat(verdict.verdict().samplePerVariant()).hasValue(461);
        assertThat(verdict.verdict().stillNeeded()).hasValue(390);
        assertThat(verdict.verdict().summary()).isEqualTo("Not significant yet: question_first leads, 10.71% vs 7.04% (compliment_first),"
                + " p = 0.427; needs about 461 impressions per variant (390 more)");
        assertThat(model.abVariants()).extracting(ExperimentsViewModel.VariantLine::revenue).allSatisfy(r -> assertThat(r).isEmpty());
    }

    @Test
    void beforeAndAfterExperimentsCarryTheirDelta() {
        var product = model.productExperiments().get(0);
        // 0.5380 − 0.4120 = +0.1260 (12.6 points), relative 0.1260 / 0.4120 = +30.6%
        assertThat(product.conversion().absolute()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.1260"));
        assertThat(ExperimentsView.points(product.conversion().absolute().orElseThrow())).isEqualTo("+12.60 pts");
        assertThat(ExperimentsView.signedPercent(product.conversion().relative().orElseThrow())).isEqualTo("+30.6%");
        var aso = model.asoExperiments().get(0);
        // 21,950 − 18,400 = +3,550; 3,550 / 18,400 = +19.3%
        assertThat(aso.metric().absolute()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3550"));
        assertThat(aso.metric().isRate()).isFalse();
        assertThat(ExperimentsView.signedPercent(aso.metric().relative().orElseThrow())).isEqualTo("+19.3%");
    }
}
