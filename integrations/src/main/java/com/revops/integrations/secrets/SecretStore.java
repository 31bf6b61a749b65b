package com.revops.integrations.secrets;

import java.util.Optional;

/** Where the app keeps secrets (API keys, the bot token): the OS keychain, else an owner-only file. */
public interface SecretStore {
    Optional<String> get(String name);

    void put(String name, String value);

    void delete(String name);

    /** For the Settings screen: "macOS Keychain", "file ~/.local/share/revops/secrets.properties (owner-only)". */
    String description();
}
