package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the human output of the CLI: left-aligned first column, right-aligned numbers. */
final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> separators = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    /** A rule before the next row (e.g. above a total). */
    TextTable rule() {
        separators.add(rows.size());
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, headers, widths);
        printRule(out, widths);
        for (int r = 0; r < rows.size(); r++) {
            if (separators.contains(r)) {
                printRule(out, widths);
            }
            printRow(out, rows.get(r), widths);
        }
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            String padded = i == 0 ? String.format("%-" + widths[i] + "s", cell) : String.format("%" + widths[i] + "s", cell);
            line.append(i == 0 ? "" : "  ").append(padded);
        }
        out.println(line.toString().stripTrailing());
    }

    private static void printRule(PrintWriter out, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        out.println("-".repeat(total + 2 * (widths.length - 1)));
    }
}
