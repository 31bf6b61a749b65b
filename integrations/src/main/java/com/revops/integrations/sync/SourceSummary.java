package com.revops.integrations.sync;

import com.revops.integrations.analytics.SyncCounts;

/**
 * What {@code --sync} (or "Test connection") did with one source: pulled (with the rows new,
 * updated, unchanged), not configured (what to set), or failed (why; retryable when the service
 * was down or busy).
 */
public record SourceSummary(String source, Outcome outcome, SyncCounts counts, String message, boolean retryable) {

    public enum Outcome { OK, UNCONFIGURED, FAILED }

    static SourceSummary ok(String source, SyncCounts counts, String message) {
        return new SourceSummary(source, Outcome.OK, counts, message, false);
    }

    static SourceSummary unconfigured(String source, String message) {
        return new SourceSummary(source, Outcome.UNCONFIGURED, SyncCounts.NONE, message, false);
    }

    static SourceSummary failed(String source, String message, boolean retryable) {
        return new SourceSummary(source, Outcome.FAILED, SyncCounts.NONE, message, retryable);
    }
}
