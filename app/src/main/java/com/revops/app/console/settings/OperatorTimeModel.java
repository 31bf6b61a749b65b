package com.revops.app.console.settings;

import java.math.BigDecimal;
import java.time.Clock;

import com.revops.app.App;
import com.revops.domain.revenue.OperatorTime;
import com.revops.integrations.settings.OperatorTimeSettings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The operator's time as offer ROI counts it (SPEC §4): hourly rate, minutes per outreach item sent and per call
 * booked. Checked before anything is written; a refusal names the field.
 */
public final class OperatorTimeModel {
    private final App services;
    private final SettingsWriter writer;
    private final Clock clock;
    private final StringProperty hourlyRate = new SimpleStringProperty("");
    private final StringProperty minutesPerOutreach = new SimpleStringProperty("");
    private final StringProperty minutesPerCall = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    private final ReadOnlyStringProperty hourlyRateProblem = FieldCheck.follow(hourlyRate, t -> OperatorTime.parse(t, "0", "0"), false);
    private final ReadOnlyStringProperty minutesPerOutreachProblem = FieldCheck.follow(minutesPerOutreach,
            t -> OperatorTime.parse("0", t, "0"), false);
    private final ReadOnlyStringProperty minutesPerCallProblem = FieldCheck.follow(minutesPerCall, t -> OperatorTime.parse("0", "0", t), false);

    OperatorTimeModel(App services, SettingsWriter writer, Clock clock) {
        this.services = services;
        this.writer = writer;
        this.clock = clock;
    }

    /** The hourly rate's problem as typed (the rule Save and the CLI apply); "" when it passes. */
    public ReadOnlyStringProperty hourlyRateProblemProperty() {
        return hourlyRateProblem;
    }

    public ReadOnlyStringProperty minutesPerOutreachProblemProperty() {
        return minutesPerOutreachProblem;
    }

    public ReadOnlyStringProperty minutesPerCallProblemProperty() {
        return minutesPerCallProblem;
    }

    OperatorTime read() {
        return services.stores().operatorTime().read();
    }

    void apply(OperatorTime time) {
        hourlyRate.set(plain(time.hourlyRate()));
        minutesPerOutreach.set(plain(time.minutesPerOutreach()));
        minutesPerCall.set(plain(time.minutesPerCall()));
    }

    public void save() {
        error.set("");
        result.set("");
        String rate = hourlyRate.get();
        String outreach = minutesPerOutreach.get();
        String call = minutesPerCall.get();
        writer.write(() -> {
            OperatorTime saved = services.stores().operatorTime().save(rate, outreach, call, clock.instant());
            return "Saved: your time costs $" + plain(saved.hourlyRate()) + "/h, " + plain(saved.minutesPerOutreach())
                    + " min per outreach item sent, " + plain(saved.minutesPerCall()) + " min per call booked.";
        }, result::set, error::set);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public StringProperty hourlyRateProperty() {
        return hourlyRate;
    }

    public StringProperty minutesPerOutreachProperty() {
        return minutesPerOutreach;
    }

    public StringProperty minutesPerCallProperty() {
        return minutesPerCall;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
