package com.revops.app.console.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionStep;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.StageContact;
import com.revops.integrations.testing.TestDatabase;

/** The Pipeline ViewModel on {@link PipelineHistory}, with every figure worked out from SPEC §4 by hand. */
class PipelineViewModelTest {
    private static Database db;
    @TempDir
    static Path home;
    private PipelineViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        PipelineHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void load() {
        model = new PipelineViewModel(PipelineHistory.context(db, PipelineHistory.environment(home)));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void stagesHoldTheOpenContactsAndTheirDealValues() {
        // awareness: C0..C3 × $1,500; consideration: E at the catalog mean $2,124.25; decision: F $3,500
        assertThat(model.stages()).extracting(PipelineSummary.StageLine::contacts).containsExactly(0L, 4L, 1L, 1L, 0L);
        assertThat(model.stages()).extracting(l -> l.value().stripTrailingZeros().toPlainString())
                .containsExactly("0", "6000", "2124.25", "3500", "0");
        assertThat(model.totalProperty().get()).isEqualTo("6 open contacts · $11,624 potential");
    }

    @Test
    void stepConversionCountsEnteredResolvedConvertedAndBlendsWithThePrior() {
        ConversionStep cold = model.steps().get(0);
        // entered: A×2, B×3, C×4, E (F starts in decision); all moved on: converted = resolved = 10
        assertThat(new long[] {cold.entered(), cold.resolved(), cold.converted()}).containsExactly(10, 10, 10);
        assertThat(cold.rate()).isEqualByComparingTo(ratio(16, 30)); // (10 + 20 × 0.30) ÷ (10 + 20)
        ConversionStep awareness = model.steps().get(1);
        // entered: A×2, B×3, C×4, E (skipped it: first cold ≤ awareness ≤ reached consideration); converted A×2 + E;
        // resolved: those 3 + B×3 lost there; C×4 still sit in awareness
        assertThat(new long[] {awareness.entered(), awareness.resolved(), awareness.converted()}).containsExactly(10, 6, 3);
        assertThat(awareness.observed()).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo("0.5"));
        assertThat(awareness.rate()).isEqualByComparingTo(ratio(6, 26)); // (3 + 3) ÷ (6 + 20)
        ConversionStep decision = model.steps().get(3);
        // entered: A×2 and F; F still sits there: resolved 2, converted 2 → (2 + 8) ÷ 22
        assertThat(new long[] {decision.entered(), decision.resolved(), decision.converted()}).containsExactly(3, 2, 2);
        assertThat(decision.rate()).isEqualByComparingTo(ratio(10, 22));
        assertThat(PipelineViewModel.sample(awareness.resolved())).isEqualTo("n=6 — mostly prior");
        assertThat(PipelineViewModel.sample(593)).isEqualTo("n=593");
    }

    @Test
    void timeInStageAndSalesVelocity() {
        TimeInStage.Line cold = model.timeInStage().get(0);
        // out of cold: A 2 days × 2, B 1 × 3, C 3 × 4, E 5 → 10 transitions, 24 days; blended (24 + 20 × 7) ÷ 30
        assertThat(cold.transitions()).isEqualTo(10);
        assertThat(cold.observedDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2.4"));
        assertThat(cold.days()).isEqualByComparingTo(ratio(164, 30));
        TimeInStage.Line awareness = model.timeInStage().get(1);
        // out of awareness: A 2 × 2, B 4 × 3 → 5 transitions, 16 days; (16 + 280) ÷ 25 = 11.84
        assertThat(awareness.days()).isEqualByComparingTo("11.84");
        // 6 open × win rate 2 ÷ (2 + 3) × mean deal 11,624.25 ÷ 6 ÷ 11 days to close = 422.70; summaries in whole dollars
        assertThat(model.velocityProperty().get()).isEqualTo("$423 per day");
        assertThat(model.velocityFactorsProperty().get())
                .isEqualTo("6 open deals × 40.0% win rate × $1,937 mean deal ÷ 11.0-day cycle");
    }

    @Test
    void pickingAStageListsItsContactsAndTheSearchNarrowsThem() {
        model.selectStage(Stage.AWARENESS);

        assertThat(model.selectedStageProperty().get()).isEqualTo(Stage.AWARENESS);
        assertThat(model.shownContacts()).extracting(StageContact::name)
                .containsExactly("Contact C0", "Contact C1", "Contact C2", "Contact C3");
        // in awareness since 4 Mar 00:00: 16.5 days, 16 whole
        assertThat(model.shownContacts()).extracting(StageContact::daysInStage).containsOnly(16L);
        assertThat(model.contactsTitleProperty().get()).isEqualTo("Contacts in Awareness (4)");

        model.searchProperty().set("coach");
        assertThat(model.shownContacts()).extracting(StageContact::name).containsExactly("Contact C2");
        model.searchProperty().set("@CEE_two creator");
        assertThat(model.shownContacts()).extracting(StageContact::name).containsExactly("Contact C2");
        assertThat(model.contactsNoteProperty().get()).contains("1 of 4 match");
        model.searchProperty().set("");
        assertThat(model.shownContacts()).hasSize(4);
    }

    @Test
    void theFirstLoadListsTheFurthestStageThatHasContacts() {
        // call_booked is empty; decision holds F
        assertThat(model.selectedStageProperty().get()).isEqualTo(Stage.DECISION);
        assertThat(model.shownContacts()).extracting(StageContact::name).containsExactly("Contact F");
        // in decision since 19 Mar 12:00: one whole day at 20 Mar 12:00
        assertThat(model.shownContacts().get(0).daysInStage()).isEqualTo(1);
    }

    @Test
    void aRefreshKeepsThePickedStageAndAStageNameSentHereIsPicked() {
        model.focusStage("Decision");
        assertThat(model.shownContacts()).extracting(StageContact::name).containsExactly("Contact F");
        assertThat(model.shownContacts().get(0).dealValue()).isEqualByComparingTo("3500");
        model.refresh();
        assertThat(model.selectedStageProperty().get()).isEqualTo(Stage.DECISION);
        assertThat(model.shownContacts()).extracting(StageContact::name).containsExactly("Contact F");
        model.focusStage("closed_won");
        assertThat(model.selectedStageProperty().get()).isEqualTo(Stage.DECISION);
        model.focusStage("call_booked");
        assertThat(model.shownContacts()).isEmpty();
        assertThat(model.contactsTitleProperty().get()).isEqualTo("Contacts in Call booked (0)");
    }

    private static BigDecimal ratio(long a, long b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), MathContext.DECIMAL64);
    }
}
