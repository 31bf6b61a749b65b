package com.revops.app.console.settings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.app.App;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.secrets.ServiceCredentials;
import com.revops.integrations.sync.SourceSummary;
import com.revops.integrations.sync.SourceSyncs;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramSettings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The service keys of Settings: what the operator typed per key, what is in force (stored ✓, or an
 * environment variable that overrides it — secrets are never shown), saving to the secret store,
 * and "Test Telegram".
 */
public final class ServiceKeysModel {
    static final String TEST_MESSAGE = "✅ RevOps Console: test message. Telegram briefs and alerts will arrive in this chat.";

    private final App services;
    private final SettingsWriter writer;
    private final Map<ServiceKey, StringProperty> typed = new LinkedHashMap<>();
    private final Map<ServiceKey, StringProperty> status = new LinkedHashMap<>();
    private final Map<ServiceKey, ReadOnlyStringProperty> problems = new LinkedHashMap<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty telegramResult = new SimpleStringProperty("");
    private final StringProperty storeDescription = new SimpleStringProperty("");
    private final Map<String, StringProperty> connection = new LinkedHashMap<>();

    ServiceKeysModel(App services, SettingsWriter writer) {
        this.services = services;
        this.writer = writer;
        for (ServiceKey key : ServiceKey.ALL) {
            typed.put(key, new SimpleStringProperty(""));
            status.put(key, new SimpleStringProperty(""));
            // a blank key is not a problem: a blank secret keeps what is stored, a blank setting removes it
            problems.put(key, FieldCheck.follow(typed.get(key), key::check, true));
        }
    }

    /** What is in force for each key, read in the background. */
    Map<ServiceKey, Current> read() {
        ServiceCredentials credentials = services.credentials();
        Map<ServiceKey, Current> current = new LinkedHashMap<>();
        for (ServiceKey key : ServiceKey.ALL) {
            current.put(key, new Current(services.environment().get(key.environmentVariable()).isPresent(),
                    credentials.store().get(key.name())));
        }
        return current;
    }

    void apply(Map<ServiceKey, Current> current) {
        storeDescription.set("Stored in " + services.credentials().store().description()
                + ". An environment variable REVOPS_… overrides what is stored here (for cron, servers and CI).");
        current.forEach((key, c) -> {
            if (c.fromEnvironment()) {
                status.get(key).set("from environment variable " + key.environmentVariable() + " (overrides)");
            } else if (c.stored().isPresent()) {
                status.get(key).set(key.secret() ? "stored ✓" : "stored");
            } else {
                status.get(key).set("not set");
            }
            if (!key.secret()) {
                typed.get(key).set(c.stored().orElse(""));
            }
        });
    }

    /** Checks every typed value, then stores them; a blank secret keeps what is stored, a blank setting removes it. */
    public void save() {
        error.set("");
        result.set("");
        Map<ServiceKey, Optional<String>> changes = new LinkedHashMap<>();
        try {
            for (ServiceKey key : ServiceKey.ALL) {
                String value = typed.get(key).get() == null ? "" : typed.get(key).get().strip();
                if (!value.isEmpty()) {
                    changes.put(key, Optional.of(key.check(value)));
                } else if (!key.secret()) {
                    changes.put(key, Optional.empty());
                }
            }
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        writer.write(() -> {
            var store = services.credentials().store();
            int saved = 0;
            for (Map.Entry<ServiceKey, Optional<String>> change : changes.entrySet()) {
                Optional<String> before = store.get(change.getKey().name());
                if (change.getValue().isPresent() && !change.getValue().equals(before)) {
                    store.put(change.getKey().name(), change.getValue().get());
                    saved++;
                } else if (change.getValue().isEmpty() && before.isPresent()) {
                    store.delete(change.getKey().name());
                    saved++;
                }
            }
            return saved == 0 ? "Nothing changed." : saved + " key" + (saved == 1 ? "" : "s") + " saved to " + store.description() + ".";
        }, message -> {
            ServiceKey.ALL.stream().filter(ServiceKey::secret).forEach(k -> typed.get(k).set(""));
            result.set(message);
        }, error::set);
    }

    /** Sends a short test message with the typed (else the configured) bot token and chat id, and reports what Telegram said. */
    public void testTelegram() {
        telegramResult.set("");
        ServiceCredentials credentials = services.credentials();
        Optional<String> token = typedOr("telegram.bot_token", credentials);
        Optional<String> chat = typedOr("telegram.chat_id", credentials);
        if (token.isEmpty() || chat.isEmpty()) {
            telegramResult.set("Enter the bot token and the chat id first.");
            return;
        }
        TelegramSettings settings = new TelegramSettings(credentials.apiBase("telegram", TelegramSettings.DEFAULT_API_BASE), token.get(),
                chat.get());
        telegramResult.set("Sending…");
        writer.check(() -> {
            try {
                long id = new TelegramClient(HttpClients.shared(), settings, services.wallClock(), Pause.REAL).sendMessage(TEST_MESSAGE);
                return "Test message sent (Telegram message " + id + ").";
            } catch (ServiceException e) {
                String why = e.getMessage().startsWith(e.service() + ": ") ? e.getMessage().substring(e.service().length() + 2) : e.getMessage();
                throw new InvalidInputException("Telegram", "the test failed: " + why);
            }
        }, telegramResult::set, telegramResult::set);
    }

    /** "Test connection": one small read from the service with the saved settings; the answer goes beside the button. */
    public void testConnection(String source) {
        StringProperty answer = connectionResult(source);
        answer.set("Testing…");
        writer.check(() -> {
            SourceSummary s = new SourceSyncs(services.database(), services.zone(), services.syncServices(), services::notifier)
                    .check(source, services.clock().instant());
            return switch (s.outcome()) {
                case OK -> "✓ " + s.message();
                case UNCONFIGURED -> s.message().replace("(environment or Settings)", "— save the keys first");
                case FAILED -> "✗ " + s.message();
            };
        }, answer::set, answer::set);
    }

    public StringProperty connectionResult(String source) {
        return connection.computeIfAbsent(source, k -> new SimpleStringProperty(""));
    }

    private Optional<String> typedOr(String name, ServiceCredentials credentials) {
        ServiceKey key = ServiceKey.ALL.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        String value = typed.get(key).get();
        return value != null && !value.isBlank() ? Optional.of(value.strip()) : credentials.get(name);
    }

    public List<ServiceKey> keys() {
        return ServiceKey.ALL;
    }

    public StringProperty typedProperty(ServiceKey key) {
        return typed.get(key);
    }

    public StringProperty statusProperty(ServiceKey key) {
        return status.get(key);
    }

    /** The key's problem as typed, by the format Save checks; "" when it passes or is blank. */
    public ReadOnlyStringProperty problemProperty(ServiceKey key) {
        return problems.get(key);
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty telegramResultProperty() {
        return telegramResult;
    }

    public StringProperty storeDescriptionProperty() {
        return storeDescription;
    }

    /** Whether the environment overrides the key, and what the store holds (never shown for a secret). */
    record Current(boolean fromEnvironment, Optional<String> stored) {
    }
}
