package com.revops.integrations.csv;

import java.util.Optional;

/** One column of an importable table, as information_schema and pg_attrdef describe it. */
record ColumnInfo(String name, String dataType, String udtName, boolean nullable, Optional<String> defaultExpression,
                  Optional<Integer> numericPrecision, Optional<Integer> numericScale) {

    boolean required() {
        return !nullable && defaultExpression.isEmpty();
    }

    /** The SQL type to give the staging column, e.g. {@code numeric}, {@code text[]}. */
    String sqlType() {
        if ("ARRAY".equals(dataType)) {
            return udtName.substring(1) + "[]";
        }
        return switch (dataType) {
            case "USER-DEFINED" -> "text";
            default -> dataType;
        };
    }
}
