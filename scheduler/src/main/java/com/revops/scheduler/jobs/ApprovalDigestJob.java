package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.Optional;

import com.revops.integrations.approvals.ApprovalDigest;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.scheduler.context.SchedulerContext;

/**
 * Daily at REVOPS_APPROVAL_DIGEST_AT (08:00): the approval digest to the Telegram chat — each item
 * waiting for review and each ad proposal with its buttons, then "Approve all N shown" (issue 17).
 * A second run the same day sends only what is new or changed.
 */
public final class ApprovalDigestJob extends RevopsJob {
    public ApprovalDigestJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Optional<ChatApprovals> chat = context.chatApprovals().filter(c -> c.settings().isPresent());
        if (chat.isEmpty()) {
            return "not sent: Telegram is not configured";
        }
        ApprovalDigest.Report report = chat.get().digest(now);
        String heldBack = report.heldBackTotal() == 0 ? "" : "; " + report.heldBackTotal() + " held back by today's targets";
        if (report.queued().isEmpty()) {
            return "nothing new waiting for approval" + heldBack;
        }
        return report.queued().size() + " to approve" + heldBack + "; " + describe(context.notifier().deliver(now));
    }
}
