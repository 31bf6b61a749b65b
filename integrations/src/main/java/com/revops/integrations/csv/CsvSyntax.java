package com.revops.integrations.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that cannot be split into fields, said in the operator's words with its line number,
 * instead of the CSV library's exception text.
 */
final class CsvSyntax {
    private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9,]+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: ([0-9,]+)");

    private CsvSyntax() {
    }

    /** The line the problem is on, as the library reports it, else {@code fallback} (where the broken record starts). */
    static long line(Throwable e, long fallback) {
        String text = messages(e);
        for (Pattern pattern : new Pattern[] {START_LINE, AT_LINE}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Long.parseLong(m.group(1).replace(",", ""));
            }
        }
        return fallback;
    }

    static String describe(Throwable e) {
        String text = messages(e);
        if (text.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field starts here and is never closed: a closing \" is missing (nothing after it can be read)";
        }
        if (text.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows a closing quote; inside a quoted field write a quote as \"\"";
        }
        return "cannot be read as CSV from here on";
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getMessage()).append(' ');
        }
        return text.toString();
    }
}
