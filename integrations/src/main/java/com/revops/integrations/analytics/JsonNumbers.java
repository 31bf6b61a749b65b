package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Numbers as services send them: JSON numbers, or numbers in strings (Meta sends {@code "spend":
 * "12.34"}, ClickHouse quotes 64-bit integers). Anything else is absent, never zero.
 */
final class JsonNumbers {
    private JsonNumbers() {
    }

    static Optional<BigDecimal> decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A whole, non-negative count; a fraction or a negative number is absent. */
    static Optional<Long> count(JsonNode node) {
        return decimal(node).filter(d -> d.signum() >= 0).flatMap(d -> {
            try {
                return Optional.of(d.longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** The first field of {@code row} that holds a number, by any of the given names. */
    static Optional<BigDecimal> decimal(JsonNode row, String... names) {
        for (String name : names) {
            Optional<BigDecimal> value = decimal(row.get(name));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    static Optional<Long> count(JsonNode row, String... names) {
        for (String name : names) {
            Optional<Long> value = count(row.get(name));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The first non-blank text field of {@code row} by any of the given names. */
    static Optional<String> text(JsonNode row, String... names) {
        for (String name : names) {
            JsonNode value = row.get(name);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }
}
