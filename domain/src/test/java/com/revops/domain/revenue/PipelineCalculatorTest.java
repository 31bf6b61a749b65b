package com.revops.domain.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

class PipelineCalculatorTest {

    @Test
    void dealValueIsTheOffersValueOrTheCatalogMeanForNoOrUnknownOffer() {
        // (2500 + 1500 + 3500 + 997) / 4 = 8497 / 4 = 2124.25 (SPEC §4)
        assertThat(Offers.PRD_046.dealValue(Optional.empty())).isEqualByComparingTo("2124.25");
        assertThat(Offers.PRD_046.dealValue(Optional.of("mystery_offer"))).isEqualByComparingTo("2124.25");
        assertThat(Offers.PRD_046.dealValue(Optional.of("AI_Automation"))).isEqualByComparingTo("3500");
    }

    @Test
    void sumsContactsAndDealValuesPerOpenStageAndIgnoresClosedOnes() {
        List<StageOfferCount> groups = List.of(
                new StageOfferCount(Stage.DECISION, Optional.of("ai_automation"), 0, 2),
                new StageOfferCount(Stage.CALL_BOOKED, Optional.of("ai_automation"), 3, 1),
                new StageOfferCount(Stage.CONSIDERATION, Optional.of("creator_growth"), 1, 5),
                new StageOfferCount(Stage.CONSIDERATION, Optional.of("creator_growth"), 9, 6),
                new StageOfferCount(Stage.COLD, Optional.empty(), 4, 3),
                new StageOfferCount(Stage.CLOSED_WON, Optional.of("ai_automation"), 0, 7));

        PipelineSummary pipeline = new PipelineCalculator(Offers.PRD_046).summarise(groups);

        assertThat(pipeline.stages()).extracting(PipelineSummary.StageLine::stage).containsExactlyElementsOf(Stage.OPEN);
        assertThat(line(pipeline, Stage.COLD).contacts()).isEqualTo(3);
        assertThat(line(pipeline, Stage.COLD).value()).isEqualByComparingTo("6372.75"); // 3 × 2124.25
        assertThat(line(pipeline, Stage.AWARENESS).contacts()).isZero();
        assertThat(line(pipeline, Stage.AWARENESS).value()).isEqualByComparingTo("0");
        assertThat(line(pipeline, Stage.CONSIDERATION).contacts()).isEqualTo(11);
        assertThat(line(pipeline, Stage.CONSIDERATION).value()).isEqualByComparingTo("16500"); // 11 × 1500
        assertThat(line(pipeline, Stage.DECISION).value()).isEqualByComparingTo("7000");
        assertThat(line(pipeline, Stage.CALL_BOOKED).value()).isEqualByComparingTo("3500");
        assertThat(pipeline.totalContacts()).isEqualTo(17);
        assertThat(pipeline.totalValue()).isEqualByComparingTo("33372.75");
        BigDecimal sum = pipeline.stages().stream().map(PipelineSummary.StageLine::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(pipeline.totalValue()).isEqualByComparingTo(sum);
    }

    private static PipelineSummary.StageLine line(PipelineSummary pipeline, Stage stage) {
        return pipeline.stages().stream().filter(l -> l.stage() == stage).findFirst().orElseThrow();
    }
}
