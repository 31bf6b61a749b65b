package com.revops.integrations.analytics;

import com.revops.integrations.http.ServiceException;

/** How one source's pull went: ok (what was written), skipped (what to configure) or failed (why, and whether a retry can help). */
public record SourceReport(String source, Outcome outcome, String message, boolean retryable) {

    public enum Outcome { OK, SKIPPED, FAILED }

    static SourceReport ok(String source, String message) {
        return new SourceReport(source, Outcome.OK, message, false);
    }

    static SourceReport skipped(String source, String message) {
        return new SourceReport(source, Outcome.SKIPPED, message, false);
    }

    static SourceReport failed(String source, String message, boolean retryable) {
        return new SourceReport(source, Outcome.FAILED, message, retryable);
    }

    /** The exception's message already names the service. */
    static SourceReport failed(ServiceException e) {
        return failed(e.service(), e.getMessage(), e.retryable());
    }
}
