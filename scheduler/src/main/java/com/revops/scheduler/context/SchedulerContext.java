package com.revops.scheduler.context;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.stores.Stores;
import com.revops.integrations.sync.SyncServices;

/** What the scheduled jobs work with; the app provides it (console and --daemon alike). */
public interface SchedulerContext {
    Database database();

    /** The tables' stores on {@link #database()}. */
    default Stores stores() {
        return Stores.on(database());
    }

    ZoneId zone();

    Clock clock();

    Notifier notifier();

    RecommendationWriter recommendationWriter();

    /** Daily pull of the configured analytics sources and the funnel snapshot; a no-op until wired. */
    default SourceSync sourceSync() {
        return SourceSync.NONE;
    }

    /** The outside services as configured now (Meta for the ads jobs); none by default. */
    default AnalyticsSources sources() {
        return AnalyticsSources.unconfigured();
    }

    /** Stripe and Resend as configured now (the email sequences job); none by default. */
    default SyncServices syncServices() {
        return SyncServices.unconfigured();
    }

    /** The approval chat (digest and poll of the answers, issue 17); empty until wired. */
    default Optional<ChatApprovals> chatApprovals() {
        return Optional.empty();
    }

    /** The time of the daily approval digest, in {@link #zone()}; 08:00 by default. */
    default LocalTime approvalDigestAt() {
        return ApprovalDigestTime.DEFAULT;
    }
}
