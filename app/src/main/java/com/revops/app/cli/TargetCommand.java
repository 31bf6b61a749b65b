package com.revops.app.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.forecast.TargetRule;
import com.revops.integrations.revenue.MonthTarget;
import com.revops.integrations.revenue.Targets;

/**
 * {@code --target YYYY-MM AMOUNT}: sets the month's revenue target (new-deal revenue) and prints the chance of
 * hitting this month's, as {@code --forecast} does.
 */
final class TargetCommand implements CliAction {
    private final String month;
    private final String amount;

    TargetCommand(String month, String amount) {
        this.month = month;
        this.amount = amount;
    }

    @Override
    public int run(CliSession session) {
        YearMonth parsedMonth = month(month);
        BigDecimal parsedAmount = amount(amount);
        Instant now = session.services().clock().instant();
        session.services().stores().targets().set(parsedMonth, parsedAmount, now);
        Optional<MonthTarget.Chance> chance = new MonthTarget(session.services().database(), session.services().zone()).at(now);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("month", parsedMonth.toString());
            json.put("amount", com.revops.app.Formats.cents(parsedAmount));
            json.put("target", TargetReport.json(chance));
            session.printJson(json);
        } else {
            session.out().println("Target for " + parsedMonth + ": " + com.revops.app.Formats.money(parsedAmount) + " in new deals.");
            chance.ifPresent(c -> {
                session.out().println();
                TargetReport.text(session.out(), c);
            });
        }
        return ExitCode.OK;
    }

    static YearMonth month(String text) {
        return TargetRule.month("--target", text);
    }

    static BigDecimal amount(String text) {
        return TargetRule.amount("--target", text);
    }
}
