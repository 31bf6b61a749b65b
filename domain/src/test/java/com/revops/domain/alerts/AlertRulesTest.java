package com.revops.domain.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.funnel.FunnelPhase;

/** Each rule of SPEC §4 fires exactly at its threshold and not just below it. */
class AlertRulesTest {
    private static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");
    private final AlertRules rules = new AlertRules(ZoneOffset.UTC);

    private static AlertInputs quiet() {
        return new AlertInputs(100, 10, 100, 10, 5, Optional.of(AS_OF.minus(Duration.ofHours(1))), List.of(),
                new BigDecimal("1000"), Optional.of(new BigDecimal("1000")),
                List.of(new AlertInputs.BudgetUse("daily", new BigDecimal("5"), new BigDecimal("15"), new BigDecimal("80"))),
                Optional.of(40L), Optional.of(41L));
    }

    private static AlertInputs replies(long s0, long r0, long s1, long r1) {
        AlertInputs q = quiet();
        return new AlertInputs(s1, r1, s0, r0, q.openContacts(), q.lastTransition(), q.decisionContacts(), q.forecast30(),
                q.previousForecast30(), q.budgets(), q.previousPayingUsers(), q.payingUsers());
    }

    @Test
    void nothingFiresOnAQuietDay() {
        assertThat(rules.evaluate(quiet(), AS_OF)).isEmpty();
    }

    @Test
    void replyRateDropFiresAboveFifteenPercentRelativeAndOnlyWithTwentySendsEachWeek() {
        // last week 20/100 = 20%; this week 17/100 = 17%: a drop of exactly 15% — not "more than 15%"
        assertThat(rules.replyRateDrop(replies(100, 20, 100, 17))).isEmpty();
        // 16/100 = 16%: down 20%
        Alert alert = rules.replyRateDrop(replies(100, 20, 100, 16)).orElseThrow();
        assertThat(alert.type()).isEqualTo(AlertType.REPLY_RATE_DROP);
        assertThat(alert.message()).contains("down 20%").contains("20.0% → 16.0%");
        // too few sends in either week
        assertThat(rules.replyRateDrop(replies(100, 20, 19, 0))).isEmpty();
        assertThat(rules.replyRateDrop(replies(19, 10, 100, 1))).isEmpty();
        assertThat(rules.replyRateDrop(replies(20, 10, 20, 8))).isPresent(); // exactly 20 each: 50% → 40%
    }

    @Test
    void stagnationFiresWhenNoTransitionFellInTheLastFiveDays() {
        AlertInputs q = quiet();
        AlertInputs atEdge = new AlertInputs(q.sendsThisWeek(), q.repliesThisWeek(), q.sendsLastWeek(), q.repliesLastWeek(), 3,
                Optional.of(AS_OF.minus(Duration.ofDays(5))), List.of(), q.forecast30(), q.previousForecast30(), q.budgets(),
                q.previousPayingUsers(), q.payingUsers());
        assertThat(rules.pipelineStagnation(atEdge, AS_OF)).isPresent(); // (as_of − 5d, as_of] excludes as_of − 5d
        AlertInputs justInside = new AlertInputs(0, 0, 0, 0, 3, Optional.of(AS_OF.minus(Duration.ofDays(5)).plusSeconds(1)), List.of(),
                q.forecast30(), q.previousForecast30(), q.budgets(), q.previousPayingUsers(), q.payingUsers());
        assertThat(rules.pipelineStagnation(justInside, AS_OF)).isEmpty();
        AlertInputs noOpen = new AlertInputs(0, 0, 0, 0, 0, Optional.empty(), List.of(), q.forecast30(), q.previousForecast30(),
                q.budgets(), q.previousPayingUsers(), q.payingUsers());
        assertThat(rules.pipelineStagnation(noOpen, AS_OF)).isEmpty();
    }

    @Test
    void highValueSilentFiresForEachDecisionContactUntouchedForThreeDays() {
        AlertInputs q = quiet();
        List<AlertInputs.DecisionContact> contacts = List.of(
                new AlertInputs.DecisionContact("Ada (c-1)", "Ada", Optional.of(AS_OF.minus(Duration.ofDays(3))), new BigDecimal("3500")),
                new AlertInputs.DecisionContact("Bob (c-2)", "Bob", Optional.of(AS_OF.minus(Duration.ofDays(3)).plusSeconds(1)), new BigDecimal("2500")),
                new AlertInputs.DecisionContact("Cy (c-3)", "Cy", Optional.empty(), new BigDecimal("997")));
        AlertInputs in = new AlertInputs(0, 0, 0, 0, 3, q.lastTransition(), contacts, q.forecast30(), q.previousForecast30(),
                q.budgets(), q.previousPayingUsers(), q.payingUsers());
        List<Alert> alerts = rules.highValueSilent(in, AS_OF);
        assertThat(alerts).extracting(Alert::subject).containsExactly("Ada (c-1)", "Cy (c-3)");
        assertThat(alerts).allSatisfy(a -> assertThat(a.severity()).isEqualTo(Severity.URGENT));
        assertThat(alerts.get(1).message()).contains("never touched");
    }

    @Test
    void forecastDropFiresBelowEightyPercentOfTheLastSnapshot() {
        AlertInputs q = quiet();
        AlertInputs atFloor = new AlertInputs(0, 0, 0, 0, 1, q.lastTransition(), List.of(), new BigDecimal("800.00"),
                Optional.of(new BigDecimal("1000.00")), q.budgets(), q.previousPayingUsers(), q.payingUsers());
        assertThat(rules.forecastDrop(atFloor)).isEmpty();
        AlertInputs below = new AlertInputs(0, 0, 0, 0, 1, q.lastTransition(), List.of(), new BigDecimal("799.99"),
                Optional.of(new BigDecimal("1000.00")), q.budgets(), q.previousPayingUsers(), q.payingUsers());
        // forecasts are summary figures, in whole dollars: $799.99 reads $800
        assertThat(rules.forecastDrop(below).orElseThrow().message()).contains("$1,000 → $800");
        AlertInputs noSnapshot = new AlertInputs(0, 0, 0, 0, 1, q.lastTransition(), List.of(), BigDecimal.ZERO,
                Optional.empty(), q.budgets(), q.previousPayingUsers(), q.payingUsers());
        assertThat(rules.forecastDrop(noSnapshot)).isEmpty();
    }

    @Test
    void creditBudgetAlertsFireAtEightyAndAtOneHundredPercent() {
        assertThat(budgetAlerts("11.99")).isEmpty();
        assertThat(budgetAlerts("12.00")).containsExactly(AlertType.CREDIT_BUDGET_WARNING); // 80% of $15
        assertThat(budgetAlerts("14.99")).containsExactly(AlertType.CREDIT_BUDGET_WARNING);
        // at or past the limit the warning and the exceeded alert of one budget are one line: the exceeded one
        assertThat(budgetAlerts("15.00")).containsExactly(AlertType.CREDIT_BUDGET_EXCEEDED);
        assertThat(budgetAlerts("15.60")).containsExactly(AlertType.CREDIT_BUDGET_EXCEEDED);
    }

    private List<AlertType> budgetAlerts(String spent) {
        AlertInputs q = quiet();
        AlertInputs in = new AlertInputs(0, 0, 0, 0, 0, Optional.empty(), List.of(), BigDecimal.ZERO, Optional.empty(),
                List.of(new AlertInputs.BudgetUse("daily", new BigDecimal(spent), new BigDecimal("15.00"), new BigDecimal("80"))),
                q.previousPayingUsers(), q.payingUsers());
        return rules.creditBudgets(in).stream().map(Alert::type).toList();
    }

    @Test
    void funnelPhaseChangeFiresWhenPayingUsersCross50Or200() {
        assertThat(phaseAlert(48, 49)).isEmpty();
        assertThat(phaseAlert(49, 50)).hasValueSatisfying(a -> assertThat(a.message()).contains("crossed 50").contains("phase 2"));
        assertThat(phaseAlert(50, 49)).hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
        assertThat(phaseAlert(199, 200)).hasValueSatisfying(a -> assertThat(a.message()).contains("crossed 200").contains("phase 3"));
        assertThat(phaseAlert(120, 199)).isEmpty();
    }

    private Optional<Alert> phaseAlert(long before, long now) {
        AlertInputs q = quiet();
        return rules.funnelPhaseChange(new AlertInputs(0, 0, 0, 0, 0, Optional.empty(), List.of(), BigDecimal.ZERO, Optional.empty(),
                q.budgets(), Optional.of(before), Optional.of(now)));
    }

    @Test
    void phasesAreBoundedAt50And200() {
        assertThat(FunnelPhase.forPayingUsers(0).number()).isEqualTo(1);
        assertThat(FunnelPhase.forPayingUsers(49).number()).isEqualTo(1);
        assertThat(FunnelPhase.forPayingUsers(50).number()).isEqualTo(2);
        assertThat(FunnelPhase.forPayingUsers(199).number()).isEqualTo(2);
        assertThat(FunnelPhase.forPayingUsers(200).number()).isEqualTo(3);
    }
}
