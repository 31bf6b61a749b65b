package com.revops.domain.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.Interval;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferCost;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SourceRevenue;

class DailyBriefTest {

    private static PipelineSummary pipeline() {
        return new PipelineSummary(List.of(
                new PipelineSummary.StageLine(Stage.COLD, 4, new BigDecimal("15750")),
                new PipelineSummary.StageLine(Stage.AWARENESS, 0, BigDecimal.ZERO),
                new PipelineSummary.StageLine(Stage.CONSIDERATION, 11, new BigDecimal("16500")),
                new PipelineSummary.StageLine(Stage.DECISION, 2, new BigDecimal("7000")),
                new PipelineSummary.StageLine(Stage.CALL_BOOKED, 1, new BigDecimal("3500"))), 18, new BigDecimal("42750"));
    }

    @Test
    void rendersPrd046sFormat() {
        // the hazard headline $12,249.60 with P10 $8,512.40 and P90 $15,960: "~$12,250 (likely $8.5k–$16k)"
        DailyBriefData data = new DailyBriefData(LocalDate.of(2026, 3, 2), pipeline(), new BigDecimal("12249.60"),
                Optional.of(new Interval(new BigDecimal("8512.40"), new BigDecimal("12000"), new BigDecimal("15960"))),
                new MonthToDate(YearMonth.of(2026, 3), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T07:30:00Z"),
                        new BigDecimal("4997"), 2, BigDecimal.ZERO),
                Optional.of(new OfferPerformance("ai_automation", "all", Optional.empty(), 0, 0, 0, 95, 2, new BigDecimal("7000"),
                        new OfferCost(new BigDecimal("250"), new BigDecimal("50"), new BigDecimal("1255"), 131, 20),
                        Optional.of(new BigDecimal("0.021")), Optional.of(new BigDecimal("3.5")))),
                Optional.of(new SourceRevenue("twitter", "ai_automation", 2, new BigDecimal("7000"))),
                List.of(new BriefAlert("warning", "Reply rate down 12% vs last week (8% → 7%)", "Review email subject lines + DM timing")));

        assertThat(DailyBrief.render(data)).isEqualTo("""
                💰 <b>Revenue Ops Daily Brief — Mar 2, 2026</b>
                ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
                Pipeline: <b>$42,750</b> (18 contacts across 4 stages)
                  • Decision: 2 contacts ($7,000 potential)
                  • Call booked: 1 contact ($3,500 potential)
                  • Consideration: 11 contacts ($16,500 potential)
                  • Cold: 4 contacts ($15,750 potential)

                30-day Forecast: ~$12,250 (likely $8.5k–$16k)
                MTD Revenue: $4,997
                Deals Closed This Month: 2

                Top Performing Offer: ai_automation (2.1% conversion, 3.5× ROI)
                Best Source: Twitter → ai_automation niche

                ⚠️ Alert: Reply rate down 12% vs last week (8% → 7%)
                Action: Review email subject lines + DM timing""");
    }

    @Test
    void escapesEveryDynamicValue() {
        DailyBriefData data = new DailyBriefData(LocalDate.of(2026, 3, 2), pipeline(), BigDecimal.ZERO, Optional.empty(),
                new MonthToDate(YearMonth.of(2026, 3), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T07:30:00Z"),
                        BigDecimal.ZERO, 0, BigDecimal.ZERO),
                Optional.empty(), Optional.of(new SourceRevenue("x<script>", "a&b", 1, BigDecimal.ONE)),
                List.of(new BriefAlert("urgent", "<b>&Co is in decision", "Reach out to <b>&Co today")));
        String text = DailyBrief.render(data);
        assertThat(text).contains("🚨 Alert: &lt;b&gt;&amp;Co is in decision")
                .contains("Action: Reach out to &lt;b&gt;&amp;Co today")
                .contains("Best Source: X&lt;script&gt; → a&amp;b niche")
                .contains("Top Performing Offer: none yet")
                .doesNotContain("<script>");
    }

    @Test
    void alertsAlreadySentTodayAreNamedOnceNotRepeated() {
        DailyBriefData data = new DailyBriefData(LocalDate.of(2026, 3, 2), pipeline(), BigDecimal.ZERO, Optional.empty(),
                new MonthToDate(YearMonth.of(2026, 3), Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T07:30:00Z"),
                        BigDecimal.ZERO, 0, BigDecimal.ZERO),
                Optional.empty(), Optional.empty(), List.of(),
                List.of("high value silent", "reply rate drop", "high value silent"));
        String text = DailyBrief.render(data);
        assertThat(text).endsWith("ℹ️ Also open, sent to you earlier today: high value silent ×2, reply rate drop")
                .doesNotContain("No open alerts").doesNotContain("Alert:");
    }
}
