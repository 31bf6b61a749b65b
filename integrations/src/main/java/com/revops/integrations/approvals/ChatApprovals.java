package com.revops.integrations.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.domain.approvals.CallbackSigner;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.telegram.TelegramBot;
import com.revops.integrations.telegram.TelegramClient;

/**
 * Approving from the phone (issue 17): the approval digest sent through the outbox, and the poll of
 * the chat's answers — both on the console's own approval code ({@code OutreachQueue},
 * {@code AdCampaigns} + {@code MetaCampaignLaunch}). Decisions 0050 (security), 0051 (polling),
 * 0052 (rules).
 */
public final class ChatApprovals {
    private final Database database;
    private final ZoneId zone;
    private final Clock clock;
    private final Notifier notifier;
    private final ServiceCredentials credentials;
    private final Supplier<AnalyticsSources> sources;
    private final Pause pause;

    public ChatApprovals(Database database, ZoneId zone, Clock clock, Notifier notifier, ServiceCredentials credentials,
                         Supplier<AnalyticsSources> sources, Pause pause) {
        this.database = database;
        this.zone = zone;
        this.clock = clock;
        this.notifier = notifier;
        this.credentials = credentials;
        this.sources = sources;
        this.pause = pause;
    }

    /** The chat as configured; empty while Telegram is not. */
    public Optional<ChatSettings> settings() {
        return ChatSettings.from(credentials);
    }

    /** Queues the digest (delivery is the outbox's); refused, naming the settings, while Telegram is not configured. */
    public ApprovalDigest.Report digest(Instant now) {
        ChatSettings chat = settings().orElseThrow(ChatApprovals::notConfigured);
        CallbackSigner signer = new CallbackSigner(ApprovalSecret.forSigning(credentials, notifier.isDryRun()), chat.telegram().chatId());
        return new ApprovalDigest(database.jdbi(), notifier, new Buttons(signer), zone).queue(now);
    }

    /** One poll of the chat, waiting up to {@code wait} for an update; refused while Telegram is not configured. */
    public PollReport poll(Duration wait) {
        ChatSettings chat = settings().orElseThrow(ChatApprovals::notConfigured);
        // a secret lost since the digest is made anew here: the old buttons are then refused as not signed by this install
        CallbackSigner signer = new CallbackSigner(ApprovalSecret.forSigning(credentials, false), chat.telegram().chatId());
        ChatDesk desk = new ChatDesk(database.jdbi(), new Buttons(signer), zone);
        ChatDecisions decisions = new ChatDecisions(chat, signer, desk, new AdButtons(database.jdbi(), sources, desk));
        TelegramBot bot = new TelegramBot(HttpClients.shared(), chat.telegram(), pause);
        TelegramClient client = new TelegramClient(HttpClients.shared(), chat.telegram(), clock, pause);
        return new TelegramPoll(database.jdbi(), chat, bot, client, decisions, clock).once(wait);
    }

    /** The update the next poll asks Telegram for (read only: for a dry run). */
    public long nextOffset() {
        ChatSettings chat = settings().orElseThrow(ChatApprovals::notConfigured);
        String bot = TelegramBot.botId(chat.telegram());
        return DatabaseErrors.withHandle(database.jdbi(), "Reading the approval chat's offset", h -> h.createQuery(
                        "SELECT next_offset FROM revops_telegram_poll WHERE bot_id = :bot").bind("bot", bot).mapTo(Long.class).findOne()
                .orElse(0L));
    }

    private static InvalidInputException notConfigured() {
        return new InvalidInputException("Telegram", "is not configured: set REVOPS_TELEGRAM_BOT_TOKEN and REVOPS_TELEGRAM_CHAT_ID"
                + " (or the Telegram fields in Settings)");
    }

    /** What a poll did: whether this copy polled (false: another copy held the lock) and each press or reply handled. */
    public record PollReport(boolean polled, List<PressLog.Entry> handled) {
    }
}
