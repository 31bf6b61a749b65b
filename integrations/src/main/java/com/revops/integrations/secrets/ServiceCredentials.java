package com.revops.integrations.secrets;

import java.util.Locale;
import java.util.Optional;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.telegram.TelegramSettings;

/**
 * Keys and base URLs of the external services (SPEC §7). Environment variables
 * ({@code REVOPS_<SERVICE>_API_KEY}, {@code REVOPS_<SERVICE>_API_BASE}, …) override what Settings
 * stored — for cron, servers and CI; otherwise secrets come from the {@link SecretStore}.
 */
public final class ServiceCredentials {
    private final RevopsEnvironment environment;
    private final SecretStore store;

    public ServiceCredentials(RevopsEnvironment environment, SecretStore store) {
        this.environment = environment;
        this.store = store;
    }

    /** The keychain where there is one, else the owner-only file under REVOPS_HOME. {@code REVOPS_KEYCHAIN=off} skips the keychain. */
    public static SecretStore defaultStore(RevopsEnvironment environment) {
        boolean keychainAllowed = !"off".equalsIgnoreCase(environment.get("REVOPS_KEYCHAIN").orElse(""));
        Optional<SecretStore> keychain = keychainAllowed ? KeychainSecretStore.probe() : Optional.empty();
        return keychain.orElseGet(() -> new FileSecretStore(environment.home().resolve("secrets.properties")));
    }

    /** No setting at all: an empty environment and an empty store (contexts without configuration, tests). */
    public static ServiceCredentials none() {
        SecretStore empty = new SecretStore() {
            @Override
            public Optional<String> get(String name) {
                return Optional.empty();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException("no secret store here");
            }

            @Override
            public void delete(String name) {
                throw new UnsupportedOperationException("no secret store here");
            }

            @Override
            public String description() {
                return "nowhere";
            }
        };
        return new ServiceCredentials(new RevopsEnvironment(java.util.Map.of(), "linux", java.nio.file.Path.of(".")), empty);
    }

    public SecretStore store() {
        return store;
    }

    /** A secret or setting by name, e.g. {@code telegram.bot_token}: environment first, then the store. */
    public Optional<String> get(String name) {
        return environment.get(envName(name)).or(() -> store.get(name));
    }

    /** {@code anthropic.api_key} → {@code REVOPS_ANTHROPIC_API_KEY}. */
    public static String envName(String name) {
        return "REVOPS_" + name.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public String apiBase(String service, String defaultBase) {
        return get(service + ".api_base").orElse(defaultBase);
    }

    public Optional<String> apiKey(String service) {
        return get(service + ".api_key");
    }

    /** Telegram settings when both a bot token and a chat id are configured. */
    public Optional<TelegramSettings> telegram() {
        Optional<String> token = get("telegram.bot_token");
        Optional<String> chat = get("telegram.chat_id");
        if (token.isEmpty() || chat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TelegramSettings(apiBase("telegram", TelegramSettings.DEFAULT_API_BASE), token.get(), chat.get()));
    }
}
