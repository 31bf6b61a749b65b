package com.revops.integrations.approvals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.secrets.FileSecretStore;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.testing.FakeTelegram;

import okhttp3.mockwebserver.MockWebServer;

/**
 * The approval chat against a real HTTP server standing in for the Bot API ({@link FakeTelegram}) and a
 * real database: sends a digest, finds its messages and buttons, presses them, polls.
 */
final class ChatHarness implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    final MockWebServer server = new MockWebServer();
    final FakeTelegram telegram = new FakeTelegram();
    final Database db;
    final AtomicReference<Instant> now;
    final Clock clock;
    final ServiceCredentials credentials;
    final List<Duration> waits = new ArrayList<>();
    private long nextUpdate = 1;

    /** {@code chatId} positive: a private chat with that user; negative: a group with {@code approvers}. */
    ChatHarness(Database db, Path home, Instant start, String chatId, String approvers) throws IOException {
        this.db = db;
        this.now = new AtomicReference<>(start);
        this.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        server.setDispatcher(telegram);
        server.start();
        Map<String, String> env = new HashMap<>(Map.of("REVOPS_TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN, "REVOPS_TELEGRAM_CHAT_ID", chatId,
                "REVOPS_TELEGRAM_API_BASE", server.url("/").toString()));
        if (!approvers.isEmpty()) {
            env.put("REVOPS_TELEGRAM_APPROVERS", approvers);
        }
        credentials = new ServiceCredentials(new RevopsEnvironment(env, "linux", home), new FileSecretStore(home.resolve("secrets.properties")));
    }

    Notifier notifier() {
        return new Notifier(db, ZONE, credentials.telegram(), java.time.Clock.systemUTC(), waits::add);
    }

    ChatApprovals approvals() {
        return new ChatApprovals(db, ZONE, clock, notifier(), credentials, AnalyticsSources::unconfigured, waits::add);
    }

    /** Queues the digest and delivers it, as the 08:00 job does. */
    ApprovalDigest.Report digest() {
        ApprovalDigest.Report report = approvals().digest(now.get());
        notifier().deliver(now.get());
        return report;
    }

    void at(Instant instant) {
        now.set(instant);
    }

    /** The message sent whose text contains {@code marker}: its body, and the id Telegram gave it. */
    Sent sent(String marker) {
        List<JsonNode> sends = telegram.calls("sendMessage");
        for (int i = sends.size() - 1; i >= 0; i--) {
            if (sends.get(i).path("text").asText().contains(marker)) {
                return new Sent(sends.get(i), FakeTelegram.messageId(i));
            }
        }
        throw new AssertionError("no message with '" + marker + "' among " + sends.size() + " sent");
    }

    /** Presses a button in the chat and polls once; returns the answer on the button. */
    JsonNode press(String data, String userId, String chatId, String chatType, Sent on) {
        telegram.press(nextUpdate++, data, userId, chatId, chatType, on.messageId(), on.body().path("text").asText());
        approvals().poll(Duration.ZERO);
        return telegram.last("answerCallbackQuery");
    }

    /** Replies to message {@code promptId} and polls once. */
    ChatApprovals.PollReport reply(String userId, String chatId, String chatType, long promptId, String text) {
        telegram.reply(nextUpdate++, chatId, chatType, userId, promptId, text);
        return approvals().poll(Duration.ZERO);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /** A message the fake Telegram received, and the message id it answered with. */
    record Sent(JsonNode body, long messageId) {
        String button(String label) {
            return FakeTelegram.button(body.path("reply_markup"), label)
                    .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + body.path("reply_markup")));
        }
    }
}
