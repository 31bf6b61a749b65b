package com.revops.app.console.email;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.AlertRules;
import com.revops.integrations.email.EmailSequence;
import com.revops.integrations.email.EmailSequenceActivation;
import com.revops.integrations.email.EmailSequenceStats;
import com.revops.integrations.email.ReplyRateTrend;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Email sequences (PRD-019 §4.8): each sequence and step with sends and open, click and reply rates
 * over the last 30 days; the reply rate week over week in the reply_rate_drop alert's windows; the
 * reply rate per day for the last 60 days.
 */
public final class EmailViewModel extends ScreenModel {
    public static final int CHART_DAYS = 60;

    private final ConsoleContext context;
    private final ObservableList<EmailRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReplyRateTrend.Day> days = FXCollections.observableArrayList();
    private final StringProperty thisWeek = new SimpleStringProperty("—");
    private final StringProperty thisWeekDetail = new SimpleStringProperty("");
    private final StringProperty lastWeek = new SimpleStringProperty("—");
    private final StringProperty lastWeekDetail = new SimpleStringProperty("");
    private final StringProperty change = new SimpleStringProperty("—");
    private final StringProperty changeDetail = new SimpleStringProperty("");
    private final StringProperty actionResult = new SimpleStringProperty("");
    private final ObjectProperty<EmailRow> selected = new SimpleObjectProperty<>();

    public EmailViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> {
            EmailSequenceStats stats = context.services().stores().emailSequenceStats();
            return new Snapshot(stats.sequences(asOf), stats.replyRateTrend(asOf, context.zone(), CHART_DAYS));
        }, this::apply);
    }

    private void apply(Snapshot s) {
        List<EmailRow> lines = new ArrayList<>();
        for (EmailSequence sequence : s.sequences()) {
            lines.add(EmailRow.of(sequence));
            sequence.steps().forEach(step -> lines.add(EmailRow.of(sequence, step)));
        }
        rows.setAll(lines);
        days.setAll(s.trend().days());
        ReplyRateTrend t = s.trend();
        thisWeek.set(Formats.percent(t.thisWeek()));
        thisWeekDetail.set(t.repliesThisWeek() + " replies of " + t.sendsThisWeek() + " emails, last 7 days");
        lastWeek.set(Formats.percent(t.lastWeek()));
        lastWeekDetail.set(t.repliesLastWeek() + " replies of " + t.sendsLastWeek() + " emails, the 7 days before");
        change.set(t.relativeChange().map(EmailViewModel::signedPercent).orElse("n/a"));
        changeDetail.set(alertNote(t));
    }

    /** Whether the reply_rate_drop alert's conditions hold, in words. */
    static String alertNote(ReplyRateTrend t) {
        if (t.sendsThisWeek() < AlertRules.MIN_SENDS_PER_WEEK || t.sendsLastWeek() < AlertRules.MIN_SENDS_PER_WEEK) {
            return "fewer than " + AlertRules.MIN_SENDS_PER_WEEK + " sends in a week: the reply_rate_drop alert waits";
        }
        boolean drop = t.relativeChange().map(c -> c.negate().compareTo(AlertRules.REPLY_DROP) > 0).orElse(false);
        return drop ? "down more than 15%: reply_rate_drop fires" : "within 15% of last week: no alert";
    }

    private static String signedPercent(BigDecimal change) {
        String text = Formats.percent(change.abs());
        return change.signum() < 0 ? "−" + text : change.signum() > 0 ? "+" + text : text;
    }

    /** Lets the sequence sender send {@code row}'s sequence, from now on, to contacts triggered from now on. */
    public void activate(EmailRow row) {
        Instant now = context.clock().instant();
        act(() -> {
            context.services().stores().emailSequenceActivation().activate(row.sequenceId(), now);
            return row.sequence() + " is sending: its due steps go out through Resend every 15 minutes, to contacts triggered from now on.";
        });
    }

    public void pause(EmailRow row) {
        Instant now = context.clock().instant();
        act(() -> {
            context.services().stores().emailSequenceActivation().pause(row.sequenceId(), now);
            return row.sequence() + " is paused: nothing more is sent until you activate it again.";
        });
    }

    /** What the confirmation asks before {@link #activate}. */
    public String activationQuestion(EmailRow row) {
        return "Activate " + row.sequence() + "? Its steps will be emailed through Resend to every contact its trigger (" + row.trigger()
                + ") selects from now on, except unsubscribed addresses.";
    }

    private void act(java.util.function.Supplier<String> work) {
        actionResult.set("");
        executor.background(work).whenComplete((message, error) -> executor.ui(() -> {
            if (error == null) {
                actionResult.set(message);
                context.dataChanged();
                refresh();
            } else {
                actionResult.set("Not done: " + describe(error));
            }
        }));
    }

    public StringProperty actionResultProperty() {
        return actionResult;
    }

    public ObjectProperty<EmailRow> selectedProperty() {
        return selected;
    }

    public ObservableList<EmailRow> rows() {
        return rows;
    }

    public ObservableList<ReplyRateTrend.Day> days() {
        return days;
    }

    public StringProperty thisWeekProperty() {
        return thisWeek;
    }

    public StringProperty thisWeekDetailProperty() {
        return thisWeekDetail;
    }

    public StringProperty lastWeekProperty() {
        return lastWeek;
    }

    public StringProperty lastWeekDetailProperty() {
        return lastWeekDetail;
    }

    public StringProperty changeProperty() {
        return change;
    }

    public StringProperty changeDetailProperty() {
        return changeDetail;
    }

    private record Snapshot(List<EmailSequence> sequences, ReplyRateTrend trend) {
    }
}
