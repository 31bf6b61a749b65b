package com.revops.domain.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Today's outreach against the Phase 1 daily targets (PRD-019 §4.7: 50 LinkedIn, 20 DMs,
 * 5 Upwork proposals). "Today" is the operator's calendar day in their zone, from its start up
 * to as_of. An item counts when the worker <em>sent</em> it today — what reached a prospect, not
 * what was clicked through; items approved today and not yet sent are shown apart as waiting.
 */
public record DailyProgress(LocalDate day, List<ChannelProgress> channels) {

    public ChannelProgress of(OutreachChannel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst().orElseThrow();
    }

    /** The start of as_of's day in the operator's zone. */
    public static Instant startOfDay(Instant asOf, ZoneId zone) {
        return asOf.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** Progress from the counts of today's sent and waiting items per channel (missing channels count 0). */
    public static DailyProgress of(LocalDate day, Map<OutreachChannel, Long> sent, Map<OutreachChannel, Long> waiting) {
        List<ChannelProgress> channels = java.util.Arrays.stream(OutreachChannel.values())
                .map(c -> new ChannelProgress(c, c.dailyTarget(), sent.getOrDefault(c, 0L), waiting.getOrDefault(c, 0L)))
                .toList();
        return new DailyProgress(day, channels);
    }
}
