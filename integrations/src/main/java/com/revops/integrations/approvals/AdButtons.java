package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.ads.MetaCampaignLaunch;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.telegram.InlineKeyboard;

/**
 * An ad campaign proposal from the chat: Approve & launch asks for a confirmation (it spends money),
 * then approves through {@link AdCampaigns#approve} and launches through {@link MetaCampaignLaunch} —
 * the console's own path — and says how far the launch got; Reject declines it. No undo: once at
 * Meta, a campaign is paused, not taken back.
 */
final class AdButtons {
    private final AdCampaigns campaigns;
    private final Jdbi jdbi;
    private final Supplier<AnalyticsSources> sources;
    private final ChatDesk desk;

    AdButtons(Jdbi jdbi, Supplier<AnalyticsSources> sources, ChatDesk desk) {
        this.campaigns = new AdCampaigns(jdbi);
        this.jdbi = jdbi;
        this.sources = sources;
        this.desk = desk;
    }

    /** A proposal as the operator saw it: its status, approval, budget and post. */
    static ItemFingerprint fingerprint(AdCampaign c) {
        return ItemFingerprint.of(c.status() + "\n" + c.approvedAt().map(Instant::toString).orElse("") + "\n"
                + c.dailyBudget().stripTrailingZeros().toPlainString() + "\n" + c.postId());
    }

    ChatReply ask(CallbackData data, Instant now) {
        AdCampaign c = proposedAsSeen(data);
        return ChatReply.done("asked to launch campaign " + c.id(), "It spends up to " + Money.formatCents(c.dailyBudget())
                        + " a day at Meta. Confirm below.")
                .keyboard(desk.buttons.confirmCampaign(c.id(), fingerprint(c), c.dailyBudget(), now.plus(Buttons.LIFETIME)));
    }

    ChatReply launch(Approver who, CallbackData data, Instant now) {
        AdCampaign c = proposedAsSeen(data);
        AdCampaign approved = campaigns.approve(c.id(), now);
        AnalyticsSources meta = sources.get();
        MetaCampaignLaunch.Outcome outcome = new MetaCampaignLaunch(jdbi, meta::metaCampaigns, meta::metaAudience).launch(approved, now);
        String how = outcome.running() ? "running at Meta: " + outcome.message()
                : "not running yet: " + outcome.message() + "; the hourly ads job retries the launch";
        return ChatReply.done("approved campaign " + c.id() + " (" + (outcome.running() ? "running" : "launching") + ")", "✅ Approved")
                .line("✅ Approved " + desk.time(now, now) + who.by() + " — " + how)
                .keyboard(InlineKeyboard.NONE);
    }

    ChatReply reject(Approver who, CallbackData data, Instant now) {
        AdCampaign c = proposedAsSeen(data);
        campaigns.reject(c.id(), now);
        return ChatReply.done("rejected campaign " + c.id(), "✖ Rejected")
                .line("✖ Rejected " + desk.time(now, now) + who.by())
                .keyboard(InlineKeyboard.NONE);
    }

    ChatReply cancel(CallbackData data, Instant now) {
        AdCampaign c = proposedAsSeen(data);
        return ChatReply.done("kept campaign " + c.id() + " proposed", "Nothing launched")
                .keyboard(desk.buttons.campaign(c.id(), fingerprint(c), now.plus(Buttons.LIFETIME)));
    }

    private AdCampaign proposedAsSeen(CallbackData data) {
        UUID id = data.subjectId().orElseThrow(() -> new InvalidInputException("button", "not a button of this app"));
        Optional<AdCampaign> found = campaigns.campaigns().stream().filter(c -> c.id().equals(id)).findFirst();
        AdCampaign c = found.orElseThrow(() -> new InvalidInputException("campaign", "this proposal no longer exists"));
        if (!"proposed".equals(c.status()) || c.launching()) {
            throw new InvalidInputException("campaign", "it is " + c.shownStatus() + " already — nothing was changed");
        }
        if (!fingerprint(c).value().equals(data.version())) {
            throw new InvalidInputException("campaign", "this proposal changed since this message was sent — nothing was changed");
        }
        return c;
    }
}
