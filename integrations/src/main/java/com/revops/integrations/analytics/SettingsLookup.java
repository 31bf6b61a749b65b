package com.revops.integrations.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.integrations.secrets.ServiceCredentials;

/** Reads one service's settings and remembers which required ones are missing (by their environment names). */
final class SettingsLookup {
    private final ServiceCredentials credentials;
    private final List<String> missing = new ArrayList<>();

    SettingsLookup(ServiceCredentials credentials) {
        this.credentials = credentials;
    }

    String required(String name) {
        Optional<String> value = credentials.get(name);
        if (value.isEmpty()) {
            missing.add(ServiceCredentials.envName(name));
        }
        return value.orElse("");
    }

    Optional<String> optional(String name) {
        return credentials.get(name);
    }

    String apiBase(String service, String defaultBase) {
        return credentials.apiBase(service, defaultBase);
    }

    <T> Configured<T> complete(Supplier<T> settings) {
        if (missing.isEmpty()) {
            return Configured.of(settings.get());
        }
        return Configured.missing(String.join(" and ", missing));
    }
}
