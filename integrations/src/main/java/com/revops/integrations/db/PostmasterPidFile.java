package com.revops.integrations.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} of a data directory: the PID of the server (line 1) and its
 * port (line 4). After a crash and a reboot the file outlives its server, and its PID may belong to
 * another live process by now; so the PID is believed only when that process is PostgreSQL started on
 * this very data directory (docs/decisions/0003-embedded-postgres-sharing.md).
 */
record PostmasterPidFile(Path file, long pid, int port) {
    static final String NAME = "postmaster.pid";

    static Optional<PostmasterPidFile> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = lines.size() >= 4 ? Integer.parseInt(lines.get(3).trim()) : -1;
            return Optional.of(new PostmasterPidFile(file, pid, port));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.of(new PostmasterPidFile(file, -1, -1)); // unreadable: names no process
        }
    }

    /** How the PID the file names stands. */
    enum Owner {
        /** A live PostgreSQL on this data directory (or a live process we cannot inspect: assumed so). */
        THIS_SERVER,
        /** No live process has the PID, or a live one that is not PostgreSQL on this data directory. */
        NOBODY
    }

    Owner owner(Path dataDirectory) {
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive) : Optional.empty();
        if (process.isEmpty()) {
            return Owner.NOBODY;
        }
        ProcessHandle.Info info = process.get().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() && arguments.isEmpty()) {
            return Owner.THIS_SERVER; // another user's process we may not inspect: never declare it stale
        }
        boolean postgres = command.map(c -> Path.of(c).getFileName().toString()).map(n -> n.equals("postgres") || n.equals("postmaster"))
                .orElse(true);
        boolean here = arguments.map(args -> dataDirectoryArgument(args).map(d -> sameDirectory(d, dataDirectory)).orElse(false))
                .orElse(true);
        return postgres && here ? Owner.THIS_SERVER : Owner.NOBODY;
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The value of {@code -D} (or {@code -D<dir>}) on a postgres command line. */
    private static Optional<String> dataDirectoryArgument(String[] arguments) {
        List<String> args = Arrays.asList(arguments);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-D") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (a.startsWith("-D") && a.length() > 2) {
                return Optional.of(a.substring(2));
            }
        }
        return Optional.empty();
    }

    private static boolean sameDirectory(String argument, Path dataDirectory) {
        try {
            return Files.isSameFile(Path.of(argument), dataDirectory);
        } catch (IOException | RuntimeException e) {
            return Path.of(argument).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize());
        }
    }
}
