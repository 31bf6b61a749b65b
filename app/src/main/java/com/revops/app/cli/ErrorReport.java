package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.csv.CsvImportRejectedException;

/**
 * How a failed call tells its caller: always one "error: …" line (or lines) on stderr; with
 * {@code --json} also one JSON document on stdout, so a dispatcher parsing stdout gets an answer either
 * way (decision 0028): {@code {"error": {"code": 2, "field": "AMOUNT", "message": "…", "rows": [{"line", "problem"}]}}}
 * — {@code field} for bad input when known, {@code rows} for a refused CSV file.
 */
final class ErrorReport {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    ErrorReport(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /** Prints the error and returns {@code code}, the exit code. */
    int report(int code, String message, RuntimeException cause) {
        err.println("error: " + message);
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            if (cause instanceof InvalidInputException invalid) {
                error.put("field", invalid.field());
            }
            error.put("message", message);
            if (cause instanceof CsvImportRejectedException rejected) {
                error.put("rows", rejected.errors().stream().sorted().map(r -> Map.of("line", r.line(), "problem", r.problem())).toList());
            }
            try {
                out.println(CliSession.mapper().writeValueAsString(Map.of("error", error)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
            }
        }
        return code;
    }

    int report(int code, RuntimeException cause) {
        return report(code, cause.getMessage(), cause);
    }

    static boolean jsonAsked(List<String> args) {
        return args.contains("--json");
    }
}
