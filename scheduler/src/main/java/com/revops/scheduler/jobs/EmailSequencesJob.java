package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.integrations.analytics.Configured;
import com.revops.integrations.email.EmailEventPoll;
import com.revops.integrations.email.EmailSequenceSender;
import com.revops.integrations.resend.ResendClient;
import com.revops.scheduler.context.SchedulerContext;

/** Every 15 minutes: sends the due steps of the sequences the operator activated, then polls Resend for the last events. */
public final class EmailSequencesJob extends RevopsJob {
    public EmailSequencesJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Configured<ResendClient> resend = context.syncServices().resend();
        if (resend.client().isEmpty()) {
            return "Resend " + resend.skipReason();
        }
        EmailSequenceSender.Report report = context.stores().emailSequenceSender(context.zone()).sendDue(resend.client().get(), now);
        var events = context.stores().emailEvents().poll(resend.client().get(), now, false);
        return report.describe() + "; events: " + events.updated() + " changed";
    }
}
