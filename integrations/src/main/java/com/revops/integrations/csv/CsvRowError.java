package com.revops.integrations.csv;

/** A bad row of an import: the file's line number (1 is the header) and what is wrong. */
public record CsvRowError(long line, String problem) implements Comparable<CsvRowError> {
    @Override
    public int compareTo(CsvRowError other) {
        return Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + problem;
    }
}
