package com.revops.integrations.outreach;

import java.util.Locale;
import java.util.stream.Collectors;

import com.revops.domain.outreach.MessageLimit;
import com.revops.integrations.contacts.Interaction;

/** What Claude is told for a redraft: the channel and its limit, the recipient or job, the current text. */
final class RedraftPrompt {
    private RedraftPrompt() {
    }

    static String system(MessageLimit limit) {
        return "You rewrite one outreach message for a solo founder who sells AI automation and growth services ($997–$3,500). "
                + "This one is a " + limit.label() + ". Hard limit: " + limit.maxChars() + " characters including spaces and line "
                + "breaks — stay under it. Keep what is specific to the recipient; be warm, concrete and brief, with one clear ask; "
                + "no hype, no flattery, no placeholders, no emojis unless the current text has them. "
                + "Answer with the new message text only: no preamble, no quotes, no notes.";
    }

    static String user(PendingItem pending, String currentText) {
        MessageLimit limit = pending.item().limit();
        StringBuilder prompt = new StringBuilder();
        prompt.append("Channel: ").append(limit.label()).append(" (at most ").append(limit.maxChars()).append(" characters)\n");
        pending.contact().ifPresent(c -> {
            prompt.append("Recipient: ").append(c.name().orElse("unknown name"));
            c.handle().ifPresent(h -> prompt.append(" (").append(h).append(c.platform().map(p -> " on " + p).orElse("")).append(')'));
            prompt.append("; pipeline stage ").append(c.stage().label().toLowerCase(Locale.ROOT));
            c.niche().ifPresent(n -> prompt.append("; niche ").append(n));
            c.offer().ifPresent(o -> prompt.append("; offer ").append(o));
            prompt.append('\n');
            if (!c.lastInteractions().isEmpty()) {
                prompt.append("Last interactions, newest first:\n").append(c.lastInteractions().stream()
                        .map(RedraftPrompt::line).collect(Collectors.joining("\n"))).append('\n');
            }
        });
        pending.job().ifPresent(j -> {
            prompt.append("Upwork job: ").append(j.title().orElse("untitled"));
            j.budgetUsd().ifPresent(b -> prompt.append("; budget $").append(b.toPlainString()));
            j.clientName().ifPresent(n -> prompt.append("; client ").append(n));
            prompt.append('\n');
        });
        prompt.append("\nCurrent text:\n<<<\n").append(currentText == null ? "" : currentText.strip()).append("\n>>>\n\n")
                .append("Write a better version.");
        return prompt.toString();
    }

    /** Room for the longest allowed text (about 4 characters a token), between 256 and 2,048 tokens. */
    static int maxTokens(MessageLimit limit) {
        return Math.max(256, Math.min(2048, limit.maxChars() * 3 / 8 + 64));
    }

    /** The answer without surrounding blanks, or quotes around all of it (when it has no others inside). */
    static String clean(String answer) {
        String text = answer.strip();
        boolean quoted = text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("“") && text.endsWith("”"));
        String inner = quoted ? text.substring(1, text.length() - 1) : text;
        return quoted && inner.indexOf('"') < 0 && inner.indexOf('“') < 0 && inner.indexOf('”') < 0 ? inner.strip() : text;
    }

    private static String line(Interaction i) {
        String content = i.content().map(t -> t.length() > 160 ? t.substring(0, 160) + "…" : t).orElse("");
        return "- " + i.at().toString().substring(0, 10) + " " + i.type() + (content.isEmpty() ? "" : ": " + content);
    }
}
