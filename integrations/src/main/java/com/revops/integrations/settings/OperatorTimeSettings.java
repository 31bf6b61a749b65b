package com.revops.integrations.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.revenue.OperatorTime;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The operator's time as offer ROI counts it (SPEC §4): hourly rate, minutes per outreach item sent and per
 * call booked, in {@code revops_settings}. Missing values take the SPEC's defaults ($100/h, 3, 45); a stored
 * value that no longer parses falls back to its default rather than stopping every offer figure.
 */
public final class OperatorTimeSettings {
    public static final String HOURLY_RATE = "operator_hourly_rate";
    public static final String MINUTES_PER_OUTREACH = "minutes_per_outreach_item";
    public static final String MINUTES_PER_CALL = "minutes_per_call_booked";

    private final Jdbi jdbi;

    public OperatorTimeSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public OperatorTime read() {
        SettingsRepository settings = new SettingsRepository(jdbi);
        OperatorTime d = OperatorTime.DEFAULT;
        BigDecimal rate = number(settings.get(HOURLY_RATE)).orElse(d.hourlyRate());
        BigDecimal outreach = number(settings.get(MINUTES_PER_OUTREACH)).orElse(d.minutesPerOutreach());
        BigDecimal call = number(settings.get(MINUTES_PER_CALL)).orElse(d.minutesPerCall());
        try {
            return new OperatorTime(rate, outreach, call);
        } catch (InvalidInputException stale) {
            return d;
        }
    }

    /** Checks the three values as typed, then stores them together; a refusal names the field and stores nothing. */
    public OperatorTime save(String hourlyRate, String minutesPerOutreach, String minutesPerCall, Instant at) {
        OperatorTime time = OperatorTime.parse(hourlyRate, minutesPerOutreach, minutesPerCall);
        DatabaseErrors.inTransaction(jdbi, "Saving the operator's time", h -> {
            for (String[] kv : new String[][] {{HOURLY_RATE, time.hourlyRate().toPlainString()},
                    {MINUTES_PER_OUTREACH, time.minutesPerOutreach().toPlainString()}, {MINUTES_PER_CALL, time.minutesPerCall().toPlainString()}}) {
                h.createUpdate("""
                                INSERT INTO revops_settings (key, value, updated_at) VALUES (:k, :v, :at)
                                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
                        .bind("k", kv[0]).bind("v", kv[1]).bind("at", SqlTime.bind(at)).execute();
            }
            return null;
        });
        return time;
    }

    private static Optional<BigDecimal> number(Optional<String> text) {
        try {
            return text.map(BigDecimal::new);
        } catch (NumberFormatException stale) {
            return Optional.empty();
        }
    }
}
