package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One outside analytics source of the daily pull and {@code --sync} (SPEC §7): it reads one day from its
 * service(s), writes what came back, and reports each service — ok, skipped (not configured, with what is
 * missing) or failed (with the service's message). A failing source never stops the others.
 * The sources are listed once, in {@link AnalyticsSources#all}; docs/architecture.md "How to add …".
 */
public interface AnalyticsSource {
    /** The services this source reports on, as named in its reports. */
    List<String> services();

    /** Pulls {@code day} (a local date in the operator's zone) and writes it; one report per service. */
    List<SourceReport> pull(LocalDate day);

    /** The innermost message of a failure, for a report. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
