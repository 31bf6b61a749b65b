package com.revops.domain.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.alerts.Alert;
import com.revops.domain.common.InvalidInputException;

class RoutineRulesTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Instant at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private static StepReport report(RoutineStep step, String status, String time, String error) {
        return new StepReport(step, status, Optional.ofNullable(error), at(time));
    }

    @Test
    void seventeenStepsWithTheirWindowsAndTopicNamesAccepted() {
        assertThat(RoutineStep.values()).hasSize(17);
        assertThat(RoutineStep.parse("STEP", "system.heartbeat")).isEqualTo(RoutineStep.HEARTBEAT);
        assertThat(RoutineStep.parse("STEP", " Sora_Videos ")).isEqualTo(RoutineStep.SORA_VIDEOS);
        assertThatThrownBy(() -> RoutineStep.parse("STEP", "coffee")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("STEP: 'coffee' is not a routine step; use one of overnight_maintenance, heartbeat,");
    }

    @Test
    void statesAtTenPastNineFromTheReportsAndTheWindows() {
        List<StepReport> reports = List.of(
                report(RoutineStep.OVERNIGHT_MAINTENANCE, "ok", "03:20", null),
                report(RoutineStep.HEARTBEAT, "started", "06:00", null),
                report(RoutineStep.HEARTBEAT, "ok", "06:01", null),
                report(RoutineStep.GENERATE_POSTS, "started", "07:00", null),
                report(RoutineStep.GENERATE_POSTS, "failed", "07:10", "timeout"),
                report(RoutineStep.GENERATE_POSTS, "failed", "07:25", "timeout again"),
                report(RoutineStep.SORA_VIDEOS, "started", "07:40", null));

        List<StepState> states = RoutineRules.states(DAY, BERLIN, reports, at("09:10"));

        assertThat(states).extracting(s -> s.step().key() + "=" + s.state()).containsExactly(
                "overnight_maintenance=ok", "heartbeat=ok", "revenue_snapshot=missing", "recall=missing", "research=missing",
                "strategy=missing", "generate_posts=failed", "sora_videos=running", "publish_morning=missing", "prospecting=missing",
                "email_nurture=missing", "midday_review=pending", "winner_prompts=pending", "afternoon_batch=pending",
                "evening_review=pending", "evening_metrics=pending", "daily_report=pending");
        StepState posts = states.get(6);
        assertThat(posts.failures()).isEqualTo(2);
        assertThat(posts.error()).contains("timeout again");
        assertThat(posts.plannedStart()).isEqualTo(Instant.parse("2026-03-02T06:00:00Z")); // 07:00 in Berlin (UTC+1)

        List<Alert> alerts = RoutineRules.alerts(states, BERLIN, true);
        // 7 steps missed their windows + the generation step that failed twice
        assertThat(alerts).extracting(a -> a.type().code() + " " + a.subject()).containsExactly(
                "routine_step_missing routine revenue_snapshot", "routine_step_missing routine recall", "routine_step_missing routine research",
                "routine_step_missing routine strategy", "routine_step_failed routine generate_posts",
                "routine_step_missing routine publish_morning", "routine_step_missing routine prospecting",
                "routine_step_missing routine email_nurture");
        assertThat(alerts.get(4).message()).isEqualTo("Generate 50 posts failed twice today (timeout again): retried once, then skipped");
        // a worker that never reports has nothing "missing"
        assertThat(RoutineRules.alerts(states, BERLIN, false)).extracting(a -> a.type().code()).containsExactly("routine_step_failed");
    }

    @Test
    void aFailedHeartbeatIsUrgentAndTheGenerationStepsAreSkipped() {
        List<StepReport> reports = List.of(report(RoutineStep.HEARTBEAT, "failed", "06:02", "worker offline"));

        List<StepState> states = RoutineRules.states(DAY, BERLIN, reports, at("08:40"));

        assertThat(states).filteredOn(s -> s.step().generation()).extracting(StepState::state)
                .containsExactly("skipped", "skipped", "skipped", "skipped");
        Alert heartbeat = RoutineRules.alerts(states, BERLIN, true).stream()
                .filter(a -> a.subject().equals("routine heartbeat")).findFirst().orElseThrow();
        assertThat(heartbeat.type().code()).isEqualTo("routine_heartbeat_failed");
        assertThat(heartbeat.severity().code()).isEqualTo("urgent");
        assertThat(heartbeat.message()).isEqualTo("The worker's heartbeat failed at 06:02 (worker offline): generation steps are skipped "
                + "today; revenue and memory steps go on");
        // one failure of a generation step is its retry's business, not an alert
        List<StepState> once = RoutineRules.states(DAY, BERLIN, List.of(report(RoutineStep.SORA_VIDEOS, "failed", "07:45", "quota")),
                at("07:50"));
        assertThat(RoutineRules.alerts(once, BERLIN, true)).extracting(a -> a.type().code()).doesNotContain("routine_step_failed");
        // failed twice, then ok on a later run: nothing to alert
        List<StepState> recovered = RoutineRules.states(DAY, BERLIN, List.of(report(RoutineStep.SORA_VIDEOS, "failed", "07:45", "quota"),
                report(RoutineStep.SORA_VIDEOS, "failed", "07:55", "quota"), report(RoutineStep.SORA_VIDEOS, "ok", "08:20", null)), at("08:25"));
        assertThat(RoutineRules.alerts(recovered, BERLIN, true)).extracting(a -> a.type().code()).doesNotContain("routine_step_failed");
    }
}
