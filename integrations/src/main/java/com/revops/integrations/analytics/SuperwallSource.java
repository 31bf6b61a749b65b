package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.JdbiException;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

/** Superwall's paywall variants of the last 90 days to the day, into {@code actp_paywall_experiments}. */
final class SuperwallSource implements AnalyticsSource {
    /** Paywall variant totals cover this many days up to the pulled day. */
    static final int PAYWALL_DAYS = 90;

    private final Database database;
    private final AnalyticsSources sources;

    SuperwallSource(Database database, AnalyticsSources sources) {
        this.database = database;
        this.sources = sources;
    }

    @Override
    public List<String> services() {
        return List.of(SuperwallClient.SERVICE);
    }

    @Override
    public List<SourceReport> pull(LocalDate day) {
        return List.of(paywalls(day));
    }

    /** Superwall's paywall variants of the last 90 days to {@code day}. */
    SourceReport paywalls(LocalDate day) {
        Configured<SuperwallClient> superwall = sources.superwall();
        if (superwall.client().isEmpty()) {
            return SourceReport.skipped(SuperwallClient.SERVICE, superwall.skipReason());
        }
        try {
            List<PaywallVariant> variants = superwall.client().get().variants(day.minusDays(PAYWALL_DAYS - 1L), day);
            int written = new PaywallExperimentRepository(database.jdbi()).save(variants);
            return SourceReport.ok(SuperwallClient.SERVICE, written + " paywall variant(s) written ("
                    + PAYWALL_DAYS + " days to " + day + ")");
        } catch (ServiceException e) {
            return SourceReport.failed(e);
        } catch (JdbiException e) {
            return SourceReport.failed(SuperwallClient.SERVICE, "could not save the paywall variants: " + AnalyticsSource.rootMessage(e), true);
        }
    }

}
