package com.revops.integrations.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.domain.common.AcceptedMoments;
import com.revops.domain.common.PastMoments;

/**
 * Turns one CSV field into the text PostgreSQL's COPY accepts for the column's type, or says why
 * it cannot. Timestamps are ISO-8601; without an offset they are read in the operator's zone.
 */
final class ValueParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SPACE_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS][XXX][X]");
    /**
     * Timestamps that may lie ahead: a planned send, a budget's next reset, an experiment's planned end,
     * a retry. Every other timestamp records something that has happened and cannot be in the future.
     */
    static final Set<String> MAY_BE_AHEAD = Set.of("scheduled_at", "reset_at", "ended_at", "next_attempt_at");
    private final ZoneId zone;
    private final Instant now;

    ValueParser(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** The value for COPY, or throws {@link IllegalArgumentException} with the problem. */
    String parse(ColumnInfo column, String raw) {
        String value = raw.trim();
        return switch (column.dataType()) {
            case "uuid" -> uuid(value);
            case "integer", "smallint", "bigint" -> integer(column, value);
            case "numeric", "double precision", "real" -> number(column, value);
            case "boolean" -> bool(value);
            case "timestamp with time zone", "timestamp without time zone" -> happened(column, timestamp(value));
            case "date" -> date(value);
            case "jsonb", "json" -> json(value);
            case "ARRAY" -> array(raw);
            default -> raw;
        };
    }

    private static String uuid(String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a UUID");
        }
    }

    private static String integer(ColumnInfo column, String value) {
        try {
            long parsed = Long.parseLong(value);
            long max = switch (column.dataType()) {
                case "smallint" -> Short.MAX_VALUE;
                case "integer" -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            if (Math.abs(parsed) > max) {
                throw new IllegalArgumentException(value + " is too large");
            }
            return Long.toString(parsed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }

    private static String number(ColumnInfo column, String value) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(value.replace("$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
        if (column.numericScale().isPresent() && column.numericPrecision().isPresent()) {
            int scale = column.numericScale().get();
            int integerDigits = column.numericPrecision().get() - scale;
            if (parsed.stripTrailingZeros().scale() > scale) {
                throw new IllegalArgumentException(value + " has more than " + scale + " decimal" + (scale == 1 ? "" : "s"));
            }
            if (parsed.precision() - parsed.scale() > integerDigits) {
                throw new IllegalArgumentException(value + " is too large for the column");
            }
        }
        return parsed.toPlainString();
    }

    private static String bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> "true";
            case "false", "f", "no", "n", "0" -> "false";
            default -> throw new IllegalArgumentException("'" + value + "' is not true/false");
        };
    }

    private String happened(ColumnInfo column, String instant) {
        if (!AcceptedMoments.accepts(Instant.parse(instant))) {
            throw new IllegalArgumentException(instant + " " + AcceptedMoments.outside());
        }
        if (!MAY_BE_AHEAD.contains(column.name()) && PastMoments.isAhead(Instant.parse(instant), now)) {
            throw new IllegalArgumentException(instant + " is in the future: it records something that has already happened");
        }
        return instant;
    }

    String timestamp(String value) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant().toString();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            var parsed = SPACE_OFFSET.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant().toString();
            }
            return ((LocalDateTime) parsed).atZone(zone).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not an ISO-8601 timestamp (e.g. 2026-03-02T09:30:00Z)");
        }
    }

    private static String date(String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
        if (!AcceptedMoments.accepts(day)) {
            throw new IllegalArgumentException("'" + value + "' " + AcceptedMoments.outside());
        }
        return day.toString();
    }

    private static String json(String value) {
        try {
            JSON.readTree(value);
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'" + abbreviate(value) + "' is not valid JSON");
        }
    }

    /** Accepts a PostgreSQL array literal {@code {a,b}} or a list separated by ';' or '|'. */
    private static String array(String raw) {
        String value = raw.trim();
        if (value.startsWith("{") && value.endsWith("}")) {
            return value;
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split("[;|]")) {
            if (!item.isBlank()) {
                items.add("\"" + item.trim().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return "{" + String.join(",", items) + "}";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
