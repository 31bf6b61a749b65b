package com.revops.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.secrets.FileSecretStore;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.testing.FakeTelegram;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;
import com.revops.scheduler.context.SchedulerContext;

import okhttp3.mockwebserver.MockWebServer;

/**
 * The scheduler's approval digest and chat poll on a real database and a real HTTP server standing in
 * for the Bot API: the digest goes out with its buttons, a press is acted on by the next poll, and
 * without Telegram both do nothing (the poll silently, so the Jobs screen is not filled every 30 s).
 */
class ApprovalChatJobsTest {
    private static final String OPERATOR = "4242";
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T08:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private MockWebServer server;
    private final FakeTelegram telegram = new FakeTelegram();
    private OutreachFixtures fx;
    private UUID item;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        UUID ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {});
        item = fx.pending(ada, "dm", "dm_send", "instagram", "Hi Ada", Instant.parse("2026-03-02T05:00:00Z"));
        server = new MockWebServer();
        server.setDispatcher(telegram);
        server.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
        db.close();
    }

    private SchedulerContext context(boolean telegramConfigured) {
        Map<String, String> env = new HashMap<>();
        if (telegramConfigured) {
            env.putAll(Map.of("REVOPS_TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN, "REVOPS_TELEGRAM_CHAT_ID", OPERATOR,
                    "REVOPS_TELEGRAM_API_BASE", server.url("/").toString()));
        }
        ServiceCredentials credentials = new ServiceCredentials(new RevopsEnvironment(env, "linux", home),
                new FileSecretStore(home.resolve("secrets.properties")));
        Clock clock = Clock.fixed(DIGEST_AT, ZoneOffset.UTC);
        return new SchedulerContext() {
            @Override
            public Database database() {
                return db;
            }

            @Override
            public ZoneId zone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Notifier notifier() {
                return new Notifier(db, zone(), credentials.telegram(), java.time.Clock.systemUTC(), d -> { });
            }

            @Override
            public RecommendationWriter recommendationWriter() {
                return new RecommendationWriter(db, zone(), Optional.empty(), RecommendationWriter.ModelNames.DEFAULTS);
            }

            @Override
            public Optional<ChatApprovals> chatApprovals() {
                return Optional.of(new ChatApprovals(db, zone(), clock, notifier(), credentials, AnalyticsSources::unconfigured, d -> { }));
            }
        };
    }

    @Test
    void theDigestGoesOutAndTheNextPollActsOnAPress() {
        SchedulerContext context = context(true);
        String digest = new ApprovalDigestJob(context).run(DIGEST_AT, DIGEST_AT);

        // one card and the summary: two messages
        assertThat(digest).isEqualTo("1 to approve; 2 message(s) sent");
        JsonNode card = telegram.calls("sendMessage").get(0);
        String approve = FakeTelegram.button(card.path("reply_markup"), "✅ Approve").orElseThrow();
        telegram.press(1, approve, OPERATOR, OPERATOR, "private", FakeTelegram.messageId(0), card.path("text").asText());

        String poll = new TelegramPollJob(context).run(DIGEST_AT, DIGEST_AT);

        assertThat(poll).isEqualTo("1 handled from the chat: 1 done, 0 refused");
        assertThat(telegram.last("getUpdates").path("timeout").asLong()).isEqualTo(25);
        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_by", "telegram:" + OPERATOR);
        // nothing more waiting: a quiet poll records no run
        assertThat(new TelegramPollJob(context).run(DIGEST_AT, DIGEST_AT)).isEmpty();
    }

    @Test
    void withoutTelegramTheDigestSaysSoAndThePollStaysQuiet() {
        SchedulerContext context = context(false);

        assertThat(new ApprovalDigestJob(context).run(DIGEST_AT, DIGEST_AT)).isEqualTo("not sent: Telegram is not configured");
        assertThat(new TelegramPollJob(context).run(DIGEST_AT, DIGEST_AT)).isEmpty();
        assertThat(telegram.calls()).isEmpty();
        assertThat(fx.row(item)).containsEntry("status", "pending");
    }
}
