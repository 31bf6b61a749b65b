package com.revops.integrations.approvals;

import java.util.Optional;

/**
 * What the chat hears back after a press or a reply: whether it was done (and what, for the log),
 * the notice on the pressed button, a line added to the pressed message with its new buttons, and a
 * new message (a prompt, a confirmation, or why a reply was not taken).
 */
record ChatReply(boolean done, String detail, String answer, Optional<String> outcomeLine, Optional<String> keyboard,
                 Optional<Prompt> prompt) {

    /** Nothing changed, and why: told on the button as a box to dismiss. */
    static ChatReply refused(String reason) {
        return new ChatReply(false, reason, "Not done: " + reason, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ChatReply done(String detail, String answer) {
        return new ChatReply(true, detail, answer, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Adds {@code line} under the pressed message (its text is kept as it was). */
    ChatReply line(String line) {
        return new ChatReply(done, detail, answer, Optional.of(line), keyboard, prompt);
    }

    /** Replaces the pressed message's buttons ({@code InlineKeyboard.NONE}: takes them away). */
    ChatReply keyboard(String markup) {
        return new ChatReply(done, detail, answer, outcomeLine, Optional.of(markup), prompt);
    }

    ChatReply prompt(Prompt next) {
        return new ChatReply(done, detail, answer, outcomeLine, keyboard, Optional.of(next));
    }

    /** A new message in the chat; when it asks for an edit's text, the request whose prompt it is. */
    record Prompt(String html, Optional<String> markup, Optional<Long> editRequest) {
        static Prompt message(String html) {
            return new Prompt(html, Optional.empty(), Optional.empty());
        }
    }
}
