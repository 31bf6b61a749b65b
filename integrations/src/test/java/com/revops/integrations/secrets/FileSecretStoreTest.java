package com.revops.integrations.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.RevopsEnvironment;

class FileSecretStoreTest {
    @TempDir
    Path home;

    @Test
    void keepsSecretsInAFileOnlyItsOwnerCanRead() throws Exception {
        FileSecretStore store = new FileSecretStore(home.resolve("secrets.properties"));
        store.put("telegram.bot_token", "123:abc");
        assertThat(store.get("telegram.bot_token")).contains("123:abc");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets.properties")))).isEqualTo("rw-------");
        store.delete("telegram.bot_token");
        assertThat(store.get("telegram.bot_token")).isEmpty();
    }

    @Test
    void environmentVariablesOverrideTheStore() {
        FileSecretStore store = new FileSecretStore(home.resolve("secrets.properties"));
        store.put("telegram.bot_token", "from-settings");
        store.put("telegram.chat_id", "42");
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_TELEGRAM_BOT_TOKEN", "from-env"), "linux", home);
        ServiceCredentials credentials = new ServiceCredentials(env, store);
        assertThat(credentials.telegram()).hasValueSatisfying(t -> {
            assertThat(t.botToken()).isEqualTo("from-env");
            assertThat(t.chatId()).isEqualTo("42");
            assertThat(t.toString()).doesNotContain("from-env");
        });
        assertThat(new ServiceCredentials(new RevopsEnvironment(Map.of(), "linux", home), new FileSecretStore(home.resolve("none")))
                .telegram()).isEmpty();
    }
}
