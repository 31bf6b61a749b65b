package com.revops.integrations.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertText;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramSettings;

/**
 * How messages leave the app: alerts are logged once a day per type + subject, every message goes
 * through the {@link Outbox}, and delivery happens when Telegram is configured.
 */
public final class Notifier {
    /** Why messages wait when no bot token and chat id are set. */
    public static final String NOT_CONFIGURED = "Telegram is not configured (bot token and chat id: environment or Settings)";
    private final AlertRepository alerts;
    private final Outbox outbox;
    private final ZoneId zone;
    private final java.util.function.Supplier<Optional<TelegramSettings>> telegram;
    private final java.time.Clock clock;
    private final Pause pause;
    private final Optional<DryRunMessages> dryRun;

    public Notifier(Database database, ZoneId zone, Optional<TelegramSettings> telegram, java.time.Clock clock, Pause pause) {
        this(database, zone, () -> telegram, clock, pause, Optional.empty());
    }

    /** {@code telegram}: the settings as they are at each delivery (the operator may set them while the app runs). */
    public Notifier(Database database, ZoneId zone, java.util.function.Supplier<Optional<TelegramSettings>> telegram, java.time.Clock clock,
                    Pause pause) {
        this(database, zone, telegram, clock, pause, Optional.empty());
    }

    private Notifier(Database database, ZoneId zone, java.util.function.Supplier<Optional<TelegramSettings>> telegram, java.time.Clock clock,
                     Pause pause, Optional<DryRunMessages> dryRun) {
        this.alerts = new AlertRepository(database.jdbi());
        this.outbox = new Outbox(database.jdbi());
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
        this.telegram = telegram;
        this.clock = clock;
        this.pause = pause;
        this.dryRun = dryRun;
    }

    /**
     * A notifier for a dry run (SPEC §5): alerts and messages are logged and queued as usual — in the
     * dry run's database, which is rolled back — and every message queued is noted in {@code messages}
     * instead of being sent. Nothing leaves the machine.
     */
    public static Notifier dryRun(Database dryRunDatabase, ZoneId zone, java.util.function.Supplier<Optional<TelegramSettings>> telegram,
                                  java.time.Clock clock, DryRunMessages messages) {
        return new Notifier(dryRunDatabase, zone, telegram, clock, Pause.REAL, Optional.of(messages));
    }

    public boolean isDryRun() {
        return dryRun.isPresent();
    }

    public boolean telegramConfigured() {
        return telegram.get().isPresent();
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Logs and queues the alerts not yet raised today; returns those (the others were sent earlier today). */
    public List<Alert> raise(List<Alert> candidates, Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<Alert> fresh = new ArrayList<>();
        for (Alert alert : candidates) {
            if (alerts.record(alert, day, at)) {
                enqueue(alertKey(alert, day), "alert", AlertText.render(alert), at);
                fresh.add(alert);
            }
        }
        return fresh;
    }

    public static String alertKey(Alert alert, LocalDate day) {
        return "alert:" + alert.type().code() + ":" + alert.subject() + ":" + day;
    }

    public boolean enqueue(String key, String kind, String html, Instant at) {
        return enqueue(key, kind, html, Optional.empty(), at);
    }

    /** Queues a message with inline buttons ({@code reply_markup} JSON, sent with its last part). */
    public boolean enqueue(String key, String kind, String html, Optional<String> replyMarkup, Instant at) {
        boolean queued = outbox.enqueue(key, kind, html, replyMarkup, at);
        if (queued) {
            dryRun.ifPresent(messages -> messages.add(key, kind, html));
        }
        return queued;
    }

    /** Delivers what is due and says where the message queued under {@code key} stands now, and why. */
    public Delivery deliver(Instant now, String key) {
        if (dryRun.isPresent()) {
            return Delivery.DRY_RUN;
        }
        Outbox.DeliveryReport report = deliver(now);
        Outbox.MessageState state = outbox.state(key).orElse(new Outbox.MessageState("pending", Optional.empty()));
        if (state.sent()) {
            return new Delivery(Delivery.Status.SENT, Optional.empty());
        }
        if ("failed".equals(state.status())) {
            return new Delivery(Delivery.Status.REFUSED, state.lastError());
        }
        Optional<Outbox.Halt> halt = report.halt();
        if (halt.filter(h -> h == Outbox.Halt.NOT_CONFIGURED || h == Outbox.Halt.ANOTHER_PROCESS).isPresent()) {
            return new Delivery(halt.get() == Outbox.Halt.NOT_CONFIGURED ? Delivery.Status.NOT_CONFIGURED : Delivery.Status.ANOTHER_PROCESS,
                    report.reason());
        }
        Optional<String> error = state.lastError();
        if (error.filter(e -> e.startsWith(Outbox.WAITING_FOR_CONFIGURATION)).isPresent()) {
            return new Delivery(Delivery.Status.WAITING_FOR_CONFIGURATION,
                    error.map(e -> e.substring(Outbox.WAITING_FOR_CONFIGURATION.length())));
        }
        return new Delivery(Delivery.Status.RETRYING, error.or(report::reason));
    }

    /**
     * Delivers what is due. Without Telegram settings nothing is sent: the messages wait, marked
     * "waiting for configuration", and go out at the first delivery once Telegram is configured.
     */
    public Outbox.DeliveryReport deliver(Instant now) {
        if (dryRun.isPresent()) {
            return Outbox.DeliveryReport.halted(0, 0, Outbox.Halt.DRY_RUN, "dry run: nothing is sent");
        }
        Optional<TelegramSettings> settings = telegram.get();
        if (settings.isEmpty()) {
            outbox.markWaitingForConfiguration(NOT_CONFIGURED);
            return Outbox.DeliveryReport.halted(0, 0, Outbox.Halt.NOT_CONFIGURED, NOT_CONFIGURED);
        }
        TelegramClient client = new TelegramClient(HttpClients.shared(), settings.get(), clock, pause);
        return outbox.deliverDue(new Outbox.MessageSender() {
            @Override
            public String send(String body) {
                return Long.toString(client.sendMessage(body));
            }

            @Override
            public String send(String body, Optional<String> replyMarkup) {
                return Long.toString(client.sendMessage(body, replyMarkup));
            }
        }, now, 100);
    }
}
