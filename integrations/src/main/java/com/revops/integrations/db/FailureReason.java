package com.revops.integrations.db;

import java.sql.SQLException;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a statement failed, in a few words the operator can act on, from the server's SQLSTATE and the
 * names it reports (rule, table, column) — never from its message text or detail, which may quote
 * the statement or the values bound to it (contact data).
 */
final class FailureReason {
    private FailureReason() {
    }

    static String of(SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        Optional<ServerErrorMessage> server = e instanceof PSQLException p ? Optional.ofNullable(p.getServerErrorMessage()) : Optional.empty();
        String constraint = server.map(ServerErrorMessage::getConstraint).orElse(null);
        String table = server.map(ServerErrorMessage::getTable).orElse(null);
        String column = server.map(ServerErrorMessage::getColumn).orElse(null);
        String inTable = table == null ? "" : " of " + table;
        return switch (state) {
            case "23505" -> "a row with the same " + name(constraint, "key") + " already exists" + (table == null ? "" : " in " + table);
            case "23503" -> "the row refers to a row that does not exist, or is still referred to (" + name(constraint, "a reference")
                    + inTable + ")";
            case "23502" -> name(column, "a required value") + inTable + " is required";
            case "23514" -> "the row breaks the rule " + name(constraint, "of a check") + inTable;
            case "22003" -> "a number is too large for its column";
            case "22001" -> "a text is too long for its column";
            case "22007", "22008" -> "a date or time lies outside the range the database can store";
            case "22P02" -> "a value has the wrong format for its column";
            case "40001", "40P01" -> "it collided with another change made at the same moment; nothing was written, try again";
            case "42501" -> "the database role of the app may not do this" + (table == null ? "" : " on " + table);
            case "55P03" -> "another copy of the app holds the rows it needs; try again";
            case "57014" -> "it was cancelled (it took too long)";
            case "P0001" -> server.map(ServerErrorMessage::getMessage).orElse("a rule of the database refused it");
            default -> byClass(state);
        };
    }

    private static String byClass(String state) {
        String group = state.length() >= 2 ? state.substring(0, 2) : "";
        return switch (group) {
            case "23" -> "the row breaks a rule of the database (SQLSTATE " + state + ")";
            case "22" -> "a value is not valid for its column (SQLSTATE " + state + ")";
            case "42" -> "the database schema does not match this version of the app (SQLSTATE " + state + ")";
            case "53" -> "the database server is out of resources, such as disk space (SQLSTATE " + state + ")";
            default -> "the database reported an error (SQLSTATE " + (state.isEmpty() ? "unknown" : state) + ")";
        };
    }

    private static String name(String name, String otherwise) {
        return name == null || name.isBlank() ? otherwise : name;
    }
}
