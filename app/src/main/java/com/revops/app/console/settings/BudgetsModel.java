package com.revops.app.console.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import com.revops.app.App;
import com.revops.domain.credits.Budget;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.settings.CreditSettings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The credit budgets of Settings: daily and monthly limit and warning %, checked before anything is written. */
public final class BudgetsModel {
    private final App services;
    private final SettingsWriter writer;
    private final Clock clock;
    private final StringProperty dailyLimit = new SimpleStringProperty("");
    private final StringProperty dailyWarn = new SimpleStringProperty("");
    private final StringProperty monthlyLimit = new SimpleStringProperty("");
    private final StringProperty monthlyWarn = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    private final ReadOnlyStringProperty dailyLimitProblem = FieldCheck.follow(dailyLimit, t -> rules().check("daily", t, "80"), false);
    private final ReadOnlyStringProperty dailyWarnProblem = FieldCheck.follow(dailyWarn, t -> rules().check("daily", "1", t), false);
    private final ReadOnlyStringProperty monthlyLimitProblem = FieldCheck.follow(monthlyLimit, t -> rules().check("monthly", t, "80"), false);
    private final ReadOnlyStringProperty monthlyWarnProblem = FieldCheck.follow(monthlyWarn, t -> rules().check("monthly", "1", t), false);

    BudgetsModel(App services, SettingsWriter writer, Clock clock) {
        this.services = services;
        this.writer = writer;
        this.clock = clock;
    }

    /** The budget rules Save and the CLI apply (checking reads nothing from the database). */
    private CreditSettings rules() {
        return services.stores().creditSettings();
    }

    /** Each field's problem as typed; "" when it passes. */
    public ReadOnlyStringProperty dailyLimitProblemProperty() {
        return dailyLimitProblem;
    }

    public ReadOnlyStringProperty dailyWarnProblemProperty() {
        return dailyWarnProblem;
    }

    public ReadOnlyStringProperty monthlyLimitProblemProperty() {
        return monthlyLimitProblem;
    }

    public ReadOnlyStringProperty monthlyWarnProblemProperty() {
        return monthlyWarnProblem;
    }

    List<Budget> read() {
        CreditRepository credits = services.stores().credits();
        return List.of(credits.budget("daily", "15.00"), credits.budget("monthly", "400.00"));
    }

    void apply(List<Budget> budgets) {
        Budget daily = budgets.get(0);
        Budget monthly = budgets.get(1);
        dailyLimit.set(plain(daily.limit()));
        dailyWarn.set(plain(daily.warnAtPercent()));
        monthlyLimit.set(plain(monthly.limit()));
        monthlyWarn.set(plain(monthly.warnAtPercent()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Saves both budgets; a refusal names the field and nothing is written (the daily budget is checked with the monthly). */
    public void save() {
        error.set("");
        result.set("");
        String dl = dailyLimit.get();
        String dw = dailyWarn.get();
        String ml = monthlyLimit.get();
        String mw = monthlyWarn.get();
        writer.write(() -> {
            CreditSettings settings = services.stores().creditSettings();
            settings.check("daily", dl, dw);
            settings.check("monthly", ml, mw);
            settings.saveBudget("daily", dl, dw, clock.instant());
            settings.saveBudget("monthly", ml, mw, clock.instant());
            return "Budgets saved: daily $" + dl.strip() + " (warning at " + dw.strip().replace("%", "") + "%), monthly $" + ml.strip()
                    + " (warning at " + mw.strip().replace("%", "") + "%).";
        }, result::set, error::set);
    }

    public StringProperty dailyLimitProperty() {
        return dailyLimit;
    }

    public StringProperty dailyWarnProperty() {
        return dailyWarn;
    }

    public StringProperty monthlyLimitProperty() {
        return monthlyLimit;
    }

    public StringProperty monthlyWarnProperty() {
        return monthlyWarn;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
