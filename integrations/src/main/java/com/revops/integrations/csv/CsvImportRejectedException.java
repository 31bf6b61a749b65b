package com.revops.integrations.csv;

import java.util.List;
import java.util.stream.Collectors;

import com.revops.domain.common.InvalidInputException;

/** A file with bad rows: nothing was imported (SPEC §5). Lists every bad row with its line number. */
public class CsvImportRejectedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    static final int LISTED = 200;
    private final transient List<CsvRowError> errors;

    public CsvImportRejectedException(String file, List<CsvRowError> errors) {
        super(file, describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<CsvRowError> errors() {
        return errors;
    }

    private static String describe(List<CsvRowError> errors) {
        long lines = errors.stream().mapToLong(CsvRowError::line).distinct().count();
        String listed = errors.stream().sorted().limit(LISTED).map(e -> "  " + e).collect(Collectors.joining("\n"));
        String more = errors.size() > LISTED ? "\n  … and " + (errors.size() - LISTED) + " more" : "";
        return "nothing imported; " + lines + " bad row" + (lines == 1 ? "" : "s") + ":\n" + listed + more;
    }
}
