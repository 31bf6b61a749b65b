package com.revops.integrations.secrets;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

/** Secrets in the OS keychain: macOS Keychain, or the Secret Service on a Linux desktop (java-keyring). */
public final class KeychainSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    static final String SERVICE = "RevOps Console";
    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keychain if this machine has a usable one (probed with a time limit: a headless box may hang on D-Bus). */
    public static Optional<SecretStore> probe() {
        try {
            Keyring keyring = CompletableFuture.supplyAsync(() -> {
                try {
                    Keyring k = Keyring.create();
                    k.getPassword(SERVICE, "probe");
                    return k;
                } catch (BackendNotSupportedException e) {
                    throw new IllegalStateException("no keychain backend", e);
                } catch (PasswordAccessException e) {
                    return null; // reachable, the entry just does not exist — handled below
                }
            }).get(3, TimeUnit.SECONDS);
            if (keyring == null) {
                return Optional.of(new KeychainSecretStore(Keyring.create()));
            }
            return Optional.of(new KeychainSecretStore(keyring));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | BackendNotSupportedException | RuntimeException e) {
            LOG.info("No usable OS keychain ({}); secrets go to the owner-only file", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            String value = keyring.getPassword(SERVICE, name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            keyring.setPassword(SERVICE, name, value);
        } catch (PasswordAccessException e) {
            throw new IllegalStateException("The keychain refused to store " + name, e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException e) {
            LOG.debug("Nothing to delete for {}", name);
        }
    }

    @Override
    public String description() {
        return "the OS keychain";
    }
}
