package com.revops.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScheduledJobTest {
    @Test
    void onlyTheThirtySecondJobsRecordOnlyWhenTheyAct() {
        // the outbox worker and the chat's poll fire every 30 s (SPEC §8); every other job records each run
        Set<ScheduledJob> quiet = EnumSet.noneOf(ScheduledJob.class);
        for (ScheduledJob job : ScheduledJob.values()) {
            if (!job.recordsEveryRun()) {
                quiet.add(job);
            }
        }
        assertEquals(EnumSet.of(ScheduledJob.OUTBOX_DELIVERY, ScheduledJob.TELEGRAM_POLL), quiet);
    }
}
