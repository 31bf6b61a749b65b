package com.revops.integrations.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.telegram.TelegramBot;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramUpdate;

/**
 * One cycle of the approval chat's long poll (decision 0051): under an advisory lock (one copy of the
 * app polls at a time), asks Telegram for the updates after the stored offset, and for each one moves
 * the offset past it — committed — before handling it, so an update is handled at most once even
 * across restarts and copies. Every press is answered ({@code answerCallbackQuery}), with the reason
 * when refused, and its message edited to show the outcome.
 */
final class TelegramPoll {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramPoll.class);
    private static final long POLL_LOCK = 0x5245564F5054L; // "REVOPT"
    private static final int TEXT_LIMIT = 4096;

    private final Jdbi jdbi;
    private final ChatSettings settings;
    private final TelegramBot bot;
    private final TelegramClient client;
    private final ChatDecisions decisions;
    private final EditRequests edits;
    private final PressLog log;
    private final Clock clock;

    TelegramPoll(Jdbi jdbi, ChatSettings settings, TelegramBot bot, TelegramClient client, ChatDecisions decisions, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.bot = bot;
        this.client = client;
        this.decisions = decisions;
        this.edits = new EditRequests(jdbi);
        this.log = new PressLog(jdbi);
        this.clock = clock;
    }

    /** Polls once, waiting up to {@code wait} for an update; what was handled, or that another copy polls. */
    ChatApprovals.PollReport once(Duration wait) {
        String botId = TelegramBot.botId(settings.telegram());
        return DatabaseErrors.withHandle(jdbi, "Polling the approval chat", h -> {
            if (!h.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", POLL_LOCK).mapTo(Boolean.class).one()) {
                return new ChatApprovals.PollReport(false, List.of());
            }
            try {
                return new ChatApprovals.PollReport(true, poll(h, botId, wait));
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", POLL_LOCK).mapTo(Boolean.class).one();
            }
        });
    }

    private List<PressLog.Entry> poll(Handle h, String botId, Duration wait) {
        long offset = PollOffsets.next(h, botId, clock.instant());
        List<TelegramUpdate> updates = new ArrayList<>(bot.getUpdates(offset, wait));
        updates.sort(Comparator.comparingLong(TelegramUpdate::updateId));
        List<PressLog.Entry> handled = new ArrayList<>();
        for (TelegramUpdate update : updates) {
            Instant now = clock.instant();
            if (update.updateId() < offset || !PollOffsets.claim(h, botId, update.updateId(), now)) {
                continue; // handled before (by this copy or another)
            }
            handle(update, now).ifPresent(handled::add);
        }
        PollOffsets.polled(h, botId, clock.instant());
        return handled;
    }

    private Optional<PressLog.Entry> handle(TelegramUpdate update, Instant now) {
        if (update.press().isPresent()) {
            TelegramUpdate.Press press = update.press().get();
            ChatReply reply = decide(() -> decisions.press(press, now));
            PressLog.Entry entry = new PressLog.Entry(update.updateId(), "button", press.chatId(), press.userId(),
                    press.data().map(d -> d.substring(0, 1)).orElse(""), press.data().orElse(""), reply.done() ? "done" : "refused",
                    reply.detail(), now);
            log.record(entry);
            respond(press, reply);
            return Optional.of(entry);
        }
        if (update.message().isPresent()) {
            TelegramUpdate.Message message = update.message().get();
            Optional<ChatReply> reply = decisions.message(message, now);
            if (reply.isEmpty()) {
                return Optional.empty(); // a message that answers no prompt of ours
            }
            PressLog.Entry entry = new PressLog.Entry(update.updateId(), "reply", Optional.of(message.chatId()), message.userId(), "text",
                    message.replyTo().map(String::valueOf).orElse(""), reply.get().done() ? "done" : "refused", reply.get().detail(), now);
            log.record(entry);
            send(reply.get());
            return Optional.of(entry);
        }
        return Optional.empty();
    }

    /** The decision, or a refusal saying why it could not be taken: every press is answered, even when something failed. */
    private static ChatReply decide(java.util.function.Supplier<ChatReply> decision) {
        try {
            return decision.get();
        } catch (ServiceException e) {
            return ChatReply.refused(e.getMessage());
        } catch (RuntimeException e) {
            // the decision's transaction rolled back: nothing changed, so pressing again is safe
            LOG.warn("A press in the approval chat failed", e);
            return ChatReply.refused("it could not be done (" + e.getMessage() + "); nothing changed — press again");
        }
    }

    /** Answers the press, then edits its message and sends what follows; a failure here changes no decision. */
    private void respond(TelegramUpdate.Press press, ChatReply reply) {
        try {
            bot.answerCallbackQuery(press.queryId(), reply.answer(), !reply.done());
            if (press.chatId().isPresent() && press.messageId().isPresent()) {
                edit(press.chatId().get(), press.messageId().get(), press, reply);
            }
        } catch (ServiceException e) {
            LOG.warn("Could not answer a press in the approval chat: {}", e.getMessage());
        }
        send(reply);
    }

    private void edit(String chatId, long messageId, TelegramUpdate.Press press, ChatReply reply) {
        if (reply.outcomeLine().isPresent() && press.messageText().isPresent()) {
            String text = press.messageText().get() + "\n\n" + reply.outcomeLine().get();
            if (text.length() <= TEXT_LIMIT) {
                bot.editMessageText(chatId, messageId, text, press.entitiesJson(), reply.keyboard());
                return;
            }
        }
        if (reply.keyboard().isPresent()) {
            bot.editMessageReplyMarkup(chatId, messageId, reply.keyboard().get());
        }
    }

    private void send(ChatReply reply) {
        if (reply.prompt().isEmpty()) {
            return;
        }
        ChatReply.Prompt prompt = reply.prompt().get();
        try {
            long messageId = client.sendMessage(prompt.html(), prompt.markup());
            prompt.editRequest().ifPresent(request -> edits.prompted(request, messageId));
        } catch (ServiceException e) {
            LOG.warn("Could not send a message to the approval chat: {}", e.getMessage());
        }
    }
}
