package com.revops.integrations.secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/** Secrets in a properties file readable only by its owner (mode 600), for machines without a keychain. */
public final class FileSecretStore implements SecretStore {
    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        String value = load().getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public synchronized void put(String name, String value) {
        Properties props = load();
        props.setProperty(name, value);
        save(props);
    }

    @Override
    public synchronized void delete(String name) {
        Properties props = load();
        if (props.remove(name) != null) {
            save(props);
        }
    }

    @Override
    public String description() {
        return "file " + file + " (owner-only)";
    }

    private Properties load() {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the secrets file " + file, e);
            }
        }
        return props;
    }

    private void save(Properties props) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp);
            restrict(temp);
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                props.store(writer, "RevOps Console secrets — keep private");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secrets file " + file, e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            java.io.File f = path.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }
}
