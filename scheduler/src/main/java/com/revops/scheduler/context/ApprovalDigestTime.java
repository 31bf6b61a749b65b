package com.revops.scheduler.context;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/** The time of the daily approval digest: {@code REVOPS_APPROVAL_DIGEST_AT} ({@code HH:mm}), else 08:00 (decision 0051). */
public final class ApprovalDigestTime {
    public static final LocalTime DEFAULT = LocalTime.of(8, 0);
    /** The setting's name among the other settings; its environment variable is REVOPS_APPROVAL_DIGEST_AT. */
    public static final String SETTING = "approval_digest_at";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ApprovalDigestTime() {
    }

    /** The configured time; a value that is not a time of day is refused, naming the variable. */
    public static LocalTime parse(Optional<String> configured) {
        if (configured.isEmpty()) {
            return DEFAULT;
        }
        String text = configured.get().strip();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("REVOPS_APPROVAL_DIGEST_AT", "'" + text + "' is not a time of day as HH:mm (e.g. 08:00)");
        }
    }

    /** The Quartz cron expression firing daily at {@code at} (seconds dropped). */
    public static String cron(LocalTime at) {
        return "0 " + at.getMinute() + " " + at.getHour() + " * * ?";
    }
}
