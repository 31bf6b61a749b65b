package com.revops.integrations.analytics;

import java.nio.file.Path;
import java.util.Map;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.secrets.FileSecretStore;
import com.revops.integrations.secrets.ServiceCredentials;

/** Credentials from environment variables only, as cron and CI give them (the secret store is empty). */
final class TestCredentials {
    private TestCredentials() {
    }

    static ServiceCredentials of(Map<String, String> env) {
        Path nowhere = Path.of(System.getProperty("java.io.tmpdir"), "revops-no-home");
        return new ServiceCredentials(new RevopsEnvironment(env, "linux", nowhere),
                new FileSecretStore(nowhere.resolve("no-secrets.properties")));
    }
}
