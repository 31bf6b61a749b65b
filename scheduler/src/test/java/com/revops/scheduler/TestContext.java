package com.revops.scheduler;

import com.revops.scheduler.context.ApprovalDigestTime;

import com.revops.scheduler.context.SchedulerContext;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.telegram.TelegramSettings;

/** A scheduler context on a test database, delivering to a MockWebServer standing in for Telegram. */
record TestContext(Database database, Clock clock, Optional<TelegramSettings> telegram, LocalTime approvalDigestAt)
        implements SchedulerContext {
    TestContext(Database database, Clock clock, Optional<TelegramSettings> telegram) {
        this(database, clock, telegram, ApprovalDigestTime.DEFAULT);
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Notifier notifier() {
        return new Notifier(database, zone(), telegram, java.time.Clock.systemUTC(), d -> { });
    }

    @Override
    public RecommendationWriter recommendationWriter() {
        return new RecommendationWriter(database, zone(), Optional.empty(), RecommendationWriter.ModelNames.DEFAULTS);
    }
}
