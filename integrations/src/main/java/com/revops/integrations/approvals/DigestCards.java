package com.revops.integrations.approvals;

import static com.revops.domain.common.Html.bold;
import static com.revops.domain.common.Html.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.Money;
import com.revops.domain.outreach.ChannelProgress;
import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.contacts.Interaction;
import com.revops.integrations.outreach.ContactCard;
import com.revops.integrations.outreach.PendingItem;
import com.revops.integrations.outreach.UpworkJobCard;

/**
 * The digest's messages in Telegram HTML (SPEC §7): one per item, one per ad proposal, one summary.
 * Every value that comes from data is escaped; markup stays within one line, so a message longer
 * than Telegram's 4096 characters is split between lines (or inside the draft's long lines, where
 * there is no markup) without breaking a tag.
 */
final class DigestCards {
    private static final int INTERACTION_CHARS = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private DigestCards() {
    }

    static String item(PendingItem p, Instant now, ZoneId zone) {
        OutreachItem item = p.item();
        MessageLimit limit = item.limit();
        List<String> lines = new ArrayList<>();
        lines.add(icon(item.channel()) + " " + bold(limit.label()) + recipient(p));
        p.contact().ifPresent(c -> lines.add(escape(about(c))));
        p.job().flatMap(UpworkJobCard::url).ifPresent(url -> lines.add(escape(url)));
        if (p.contact().isPresent()) {
            lines.add(lastInteraction(p.contact().get(), now, zone));
        }
        lines.add("<i>" + MessageLimit.length(item.textToSend()) + "/" + limit.maxChars() + " characters · drafted "
                + escape(Wording.time(item.createdAt(), now, zone)) + (item.isEdited() ? " · edited" : "") + "</i>");
        lines.add("");
        lines.add(escape(item.textToSend()));
        return String.join("\n", lines);
    }

    private static String recipient(PendingItem p) {
        if (p.contact().isPresent()) {
            ContactCard c = p.contact().get();
            String who = c.name().map(n -> bold(n) + c.handle().map(h -> " " + escape(h)).orElse(""))
                    .or(() -> c.handle().map(h -> bold(h))).orElse("a contact");
            return " to " + who + c.platform().map(pl -> " · " + escape(pl)).orElse("");
        }
        if (p.job().isPresent()) {
            UpworkJobCard j = p.job().get();
            List<String> about = new ArrayList<>();
            j.clientName().ifPresent(about::add);
            j.budgetUsd().ifPresent(b -> about.add(Money.format(b)));
            return " for " + bold(j.title().orElse("an Upwork job")) + (about.isEmpty() ? "" : " · " + escape(String.join(" · ", about)));
        }
        return "";
    }

    private static String about(ContactCard c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.stage().label());
        c.niche().ifPresent(parts::add);
        c.offer().ifPresent(parts::add);
        c.score().ifPresent(s -> parts.add("score " + s.stripTrailingZeros().toPlainString()));
        return String.join(" · ", parts);
    }

    private static String lastInteraction(ContactCard c, Instant now, ZoneId zone) {
        if (c.lastInteractions().isEmpty()) {
            return "Last interaction: none yet";
        }
        Interaction last = c.lastInteractions().get(0);
        String content = last.content().map(t -> t.replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty())
                .map(t -> " — “" + escape(cut(t, INTERACTION_CHARS)) + "”").orElse("");
        return "Last interaction: " + escape(last.type().replace('_', ' ')) + ", " + escape(Wording.time(last.at(), now, zone)) + content;
    }

    static String campaign(AdCampaign c) {
        String budget = Money.formatCents(c.dailyBudget());
        return "📣 " + bold("Ad campaign proposal") + " · post " + escape(c.postId()) + " on " + escape(c.platform())
                + c.offer().map(o -> " · " + escape(o)).orElse("") + "\n"
                + "Daily budget " + bold(budget) + ". Once approved it is created at Meta and spends up to " + escape(budget)
                + " a day until paused (automatically when CPA is above $10 after 48 h, or after $20 with no conversion).";
    }

    static String summary(LocalDate day, Map<OutreachChannel, Integer> shown, int ads, Map<OutreachChannel, Integer> notShown,
                          DailyProgress progress) {
        List<String> lines = new ArrayList<>();
        lines.add("🗂 " + bold("Approvals — " + DAY.format(day)));
        List<String> parts = new ArrayList<>();
        shown.forEach((channel, n) -> {
            if (n > 0) {
                parts.add(n + " " + noun(n, channel));
            }
        });
        if (ads > 0) {
            parts.add(ads + " ad campaign" + (ads == 1 ? "" : "s"));
        }
        lines.add("Above: " + (parts.isEmpty() ? "nothing new" : escape(String.join(", ", parts))));
        List<String> today = new ArrayList<>();
        for (ChannelProgress p : progress.channels()) {
            today.add(p.channel().label() + " " + p.sent() + "/" + p.target() + (p.waiting() > 0 ? " (+" + p.waiting() + " approved)" : ""));
        }
        lines.add("Sent today: " + escape(String.join(" · ", today)));
        notShown.forEach((channel, n) -> {
            if (n > 0) {
                lines.add(escape(n + " more " + noun(n, channel) + (n == 1 ? " waits" : " wait")
                        + ", not shown: today's target of " + channel.dailyTarget() + " is reached"));
            }
        });
        lines.add("<i>Buttons work for 48 hours. Decisions go to the audit log as telegram:&lt;your user id&gt;.</i>");
        return String.join("\n", lines);
    }

    /** The channel's items in words for {@code n} of them: "DM" / "DMs", "Upwork proposal" / "Upwork proposals", "LinkedIn". */
    private static String noun(int n, OutreachChannel channel) {
        if (n != 1) {
            return channel.label();
        }
        return switch (channel) {
            case LINKEDIN -> "LinkedIn";
            case DM -> "DM";
            case UPWORK -> "Upwork proposal";
        };
    }

    private static String icon(OutreachChannel channel) {
        return switch (channel) {
            case LINKEDIN -> "🔗";
            case DM -> "💬";
            case UPWORK -> "📝";
        };
    }

    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
