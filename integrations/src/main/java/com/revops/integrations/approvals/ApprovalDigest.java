package com.revops.integrations.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.outreach.PendingItem;

/**
 * The approval digest (issue 17): through the outbox, one message per item waiting for review — up to
 * what today's target of its channel still needs — with Approve / Reject / Edit, one per proposed ad
 * campaign with Approve & launch / Reject, and a summary with "Approve all N shown". Each message is
 * queued under a key of the day, the item and its fingerprint, so a second digest the same day sends
 * only what is new or changed, and nothing twice.
 */
public final class ApprovalDigest {
    static final String KIND = "approval";

    private final OutreachQueue queue;
    private final AdCampaigns campaigns;
    private final DigestBatches batches;
    private final Notifier notifier;
    private final Buttons buttons;
    private final ZoneId zone;

    ApprovalDigest(Jdbi jdbi, Notifier notifier, Buttons buttons, ZoneId zone) {
        this.queue = new OutreachQueue(jdbi);
        this.campaigns = new AdCampaigns(jdbi);
        this.batches = new DigestBatches(jdbi);
        this.notifier = notifier;
        this.buttons = buttons;
        this.zone = zone;
    }

    public Report queue(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant expires = now.plus(Buttons.LIFETIME);
        DailyProgress progress = queue.todayProgress(now, zone);
        Map<OutreachChannel, Integer> shownCount = new EnumMap<>(OutreachChannel.class);
        Map<OutreachChannel, Integer> notShown = new EnumMap<>(OutreachChannel.class);
        Map<UUID, ItemFingerprint> shown = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        Map<String, String> keyboards = new LinkedHashMap<>();
        queue.pendingByChannel().forEach((channel, pending) -> {
            long room = progress.of(channel).toApprove();
            List<PendingItem> offered = pending.subList(0, (int) Math.min(room, pending.size()));
            notShown.put(channel, pending.size() - offered.size());
            for (PendingItem p : offered) {
                ItemFingerprint seen = ItemFingerprint.of(p.item());
                String key = "approval:" + day + ":" + p.item().id() + ":" + seen.value();
                String keyboard = buttons.item(p.item().id(), seen, expires);
                if (notifier.enqueue(key, KIND, DigestCards.item(p, now, zone), Optional.of(keyboard), now)) {
                    keyboards.put(key, keyboard);
                    shown.put(p.item().id(), seen);
                    shownCount.merge(channel, 1, Integer::sum);
                    described.add(Wording.describe(p));
                }
            }
        });
        int ads = 0;
        for (AdCampaign c : campaigns.campaigns()) {
            if ("proposed".equals(c.status()) && !c.launching()) {
                ItemFingerprint seen = AdButtons.fingerprint(c);
                String key = "approval:" + day + ":ad:" + c.id() + ":" + seen.value();
                String keyboard = buttons.campaign(c.id(), seen, expires);
                if (notifier.enqueue(key, KIND, DigestCards.campaign(c), Optional.of(keyboard), now)) {
                    keyboards.put(key, keyboard);
                    ads++;
                    described.add("ad campaign for " + c.label());
                }
            }
        }
        if (shown.isEmpty() && ads == 0) {
            return new Report(List.of(), notShown, Optional.empty(), Map.of());
        }
        long digest = batches.create(shown, now);
        String summary = DigestCards.summary(day, shownCount, ads, notShown, progress);
        Optional<String> approveAll = shown.isEmpty() ? Optional.empty()
                : Optional.of(buttons.approveAll(digest, DigestBatches.Batch.version(shown), shown.size(), expires));
        String key = "approval:" + day + ":summary:" + digest;
        notifier.enqueue(key, KIND, summary, approveAll, now);
        approveAll.ifPresent(markup -> keyboards.put(key, markup));
        return new Report(described, notShown, Optional.of(key), keyboards);
    }

    /**
     * What a digest queued: the items and proposals described, what today's targets held back, the
     * summary's key, and each queued message's buttons ({@code reply_markup}) by outbox key.
     */
    public record Report(List<String> queued, Map<OutreachChannel, Integer> heldBack, Optional<String> summaryKey,
                         Map<String, String> keyboards) {
        public int heldBackTotal() {
            return heldBack.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
