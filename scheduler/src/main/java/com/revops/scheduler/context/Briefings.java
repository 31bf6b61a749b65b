package com.revops.scheduler.context;

import java.time.Instant;
import java.time.LocalDate;

import com.revops.domain.brief.DailyBrief;
import com.revops.domain.brief.WeeklyReport;
import com.revops.domain.brief.WeeklyReportData;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.brief.BriefComposer;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.notify.Delivery;
import com.revops.integrations.notify.Outbox;
import com.revops.integrations.revenue.SnapshotService;

/**
 * The daily brief and the weekly report, as the 07:30 and Monday 07:00 jobs, the CLI and the
 * console's "send now" all send them: composed from the engine, queued in the outbox under a key
 * per day (so the console, a daemon and a cron call never send the same brief twice), delivered.
 */
public final class Briefings {
    private final SchedulerContext context;

    public Briefings(SchedulerContext context) {
        this.context = context;
    }

    public String dailyBriefText(Instant asOf) {
        return dailyBrief(asOf).text();
    }

    /** Today's brief as it would go out now: its data (the figures the CLI's JSON quotes) and its text. */
    public DailyText dailyBrief(Instant asOf) {
        BriefComposer.ComposedBrief composed = new BriefComposer(context.database(), context.zone()).composeDaily(asOf);
        return new DailyText(composed, DailyBrief.render(composed.data()));
    }

    /**
     * Snapshot of yesterday if missing, then today's brief. {@code manual}: the operator asked for another copy. The
     * alerts the brief lists are recorded as delivered for the day, so the alert check does not send them again.
     */
    public Result sendDailyBrief(Instant asOf, boolean manual) {
        LocalDate today = asOf.atZone(context.zone()).toLocalDate();
        new SnapshotService(context.database(), context.zone()).take(today.minusDays(1), asOf);
        DailyText brief = dailyBrief(asOf);
        String key = "daily_brief:" + today + (manual ? ":manual:" + asOf.toEpochMilli() : "");
        Result result = queueAndDeliver(key, "daily_brief", brief.text(), asOf).withDaily(brief.data());
        if (result.queued()) {
            context.stores().alerts().recordCarriedByBrief(brief.composed().listed(), today, asOf);
        }
        return result;
    }

    public WeeklyText weeklyReportText(Instant asOf) {
        WeeklyReportData data = new BriefComposer(context.database(), context.zone()).weekly(asOf);
        RecommendationWriter.Written written = context.recommendationWriter().write(data, asOf);
        return new WeeklyText(WeeklyReport.render(data, written.recommendations(), written.source()), written);
    }

    public Result sendWeeklyReport(Instant asOf, boolean manual) {
        return sendWeekly(weeklyReportText(asOf).text(), asOf, manual);
    }

    /** Sends an already written weekly report (once per day unless {@code manual}). */
    public Result sendWeekly(String text, Instant asOf) {
        return sendWeekly(text, asOf, false);
    }

    private Result sendWeekly(String text, Instant asOf, boolean manual) {
        LocalDate today = asOf.atZone(context.zone()).toLocalDate();
        String key = "weekly_report:" + today + (manual ? ":manual:" + asOf.toEpochMilli() : "");
        return queueAndDeliver(key, "weekly_report", text, asOf);
    }

    private Result queueAndDeliver(String key, String kind, String text, Instant asOf) {
        Notifier notifier = context.notifier();
        boolean queued = notifier.enqueue(key, kind, text, asOf);
        boolean sentBefore = !queued && notifier.outbox().state(key).filter(Outbox.MessageState::sent).isPresent();
        return new Result(text, queued, sentBefore, notifier.deliver(asOf, key), java.util.Optional.empty());
    }

    /**
     * What happened: the text, whether it was newly queued (false: queued before under this key), whether
     * it had gone out before this call, and where this message stands now (sent, or waiting and why); for the
     * daily brief also the exact figures behind its rounded text.
     */
    public record Result(String text, boolean queued, boolean sentBefore, Delivery delivery,
                         java.util.Optional<com.revops.domain.brief.DailyBriefData> daily) {
        Result withDaily(com.revops.domain.brief.DailyBriefData data) {
            return new Result(text, queued, sentBefore, delivery, java.util.Optional.of(data));
        }
    }

    public record WeeklyText(String text, RecommendationWriter.Written recommendations) {
    }

    /** The daily brief composed and rendered. */
    public record DailyText(BriefComposer.ComposedBrief composed, String text) {
        public com.revops.domain.brief.DailyBriefData data() {
            return composed.data();
        }
    }
}
