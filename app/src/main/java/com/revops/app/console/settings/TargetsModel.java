package com.revops.app.console.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import com.revops.app.App;
import com.revops.app.Formats;
import com.revops.domain.forecast.TargetRule;
import com.revops.integrations.revenue.Targets;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * This month's and next month's revenue targets (new-deal revenue, docs/decisions/0070): each amount checked as typed
 * by the rule {@code --target} applies ({@link TargetRule}); an empty field clears that month's target on Save.
 */
public final class TargetsModel {
    static final String FIELD = "target";

    private final App services;
    private final SettingsWriter writer;
    private final Clock clock;
    private final StringProperty thisMonth = new SimpleStringProperty("");
    private final StringProperty nextMonth = new SimpleStringProperty("");
    private final StringProperty thisMonthName = new SimpleStringProperty("This month");
    private final StringProperty nextMonthName = new SimpleStringProperty("Next month");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ReadOnlyStringProperty thisMonthProblem = FieldCheck.follow(thisMonth, t -> TargetRule.amount(FIELD, t), true);
    private final ReadOnlyStringProperty nextMonthProblem = FieldCheck.follow(nextMonth, t -> TargetRule.amount(FIELD, t), true);

    TargetsModel(App services, SettingsWriter writer, Clock clock) {
        this.services = services;
        this.writer = writer;
        this.clock = clock;
    }

    /** The two months as of now in the operator's zone, with their targets. */
    Data read() {
        YearMonth now = YearMonth.from(clock.instant().atZone(services.zone()));
        Targets targets = services.stores().targets();
        return new Data(now, targets.of(now), targets.of(now.plusMonths(1)));
    }

    void apply(Data d) {
        thisMonthName.set(name(d.month()) + " (this month)");
        nextMonthName.set(name(d.month().plusMonths(1)) + " (next month)");
        thisMonth.set(d.thisMonth().map(TargetsModel::plain).orElse(""));
        nextMonth.set(d.nextMonth().map(TargetsModel::plain).orElse(""));
    }

    /** Sets each month's target, or clears it when its field is empty; nothing is written when either is refused. */
    public void save() {
        error.set("");
        result.set("");
        String first = thisMonth.get();
        String second = nextMonth.get();
        writer.write(() -> {
            YearMonth month = YearMonth.from(clock.instant().atZone(services.zone()));
            Optional<BigDecimal> a = amount(first);
            Optional<BigDecimal> b = amount(second);
            Targets targets = services.stores().targets();
            store(targets, month, a);
            store(targets, month.plusMonths(1), b);
            return "Saved: " + words(month, a) + "; " + words(month.plusMonths(1), b) + ".";
        }, result::set, error::set);
    }

    private void store(Targets targets, YearMonth month, Optional<BigDecimal> amount) {
        if (amount.isPresent()) {
            targets.set(month, amount.get(), clock.instant());
        } else {
            targets.clear(month);
        }
    }

    private static Optional<BigDecimal> amount(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(TargetRule.amount(FIELD, text));
    }

    private static String words(YearMonth month, Optional<BigDecimal> amount) {
        return name(month) + " " + amount.map(a -> Formats.money(a) + " in new deals").orElse("has no target");
    }

    static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public StringProperty thisMonthProperty() {
        return thisMonth;
    }

    public StringProperty nextMonthProperty() {
        return nextMonth;
    }

    public ReadOnlyStringProperty thisMonthNameProperty() {
        return thisMonthName;
    }

    public ReadOnlyStringProperty nextMonthNameProperty() {
        return nextMonthName;
    }

    public ReadOnlyStringProperty thisMonthProblemProperty() {
        return thisMonthProblem;
    }

    public ReadOnlyStringProperty nextMonthProblemProperty() {
        return nextMonthProblem;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }

    /** The current month (operator's zone) and the targets of it and the next. */
    record Data(YearMonth month, Optional<BigDecimal> thisMonth, Optional<BigDecimal> nextMonth) {
    }
}
