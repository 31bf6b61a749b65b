package com.revops.app.cli;

/** Exit codes of the CLI (SPEC §5). */
public final class ExitCode {
    public static final int OK = 0;
    /** Something unexpected; the log has the details. */
    public static final int FAILURE = 1;
    /** Bad input, with a message naming what is wrong. */
    public static final int BAD_INPUT = 2;
    /** The database or an external service is unavailable. */
    public static final int UNAVAILABLE = 3;
    /** Suspended by the credit governor. */
    public static final int SUSPENDED = 4;

    private ExitCode() {
    }
}
