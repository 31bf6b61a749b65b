package com.revops.integrations.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.config.OwnerOnly;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The app's own PostgreSQL (SPEC §3 "embedded default"), its data kept under
 * {@code <REVOPS_HOME>/postgres/data} across runs.
 *
 * <p>Several copies of the app may run at once (the console, a cron call of the CLI, a
 * {@code --daemon}). The first one starts the server; the others find it through PostgreSQL's own
 * {@code postmaster.pid} and connect to it instead of starting a second server on the same data.
 * Whoever closes last stops it: on close each copy counts the other copies' connections
 * (their {@code application_name} is {@code revops:<pid>}) and leaves the server running while
 * any remain. See docs/decisions/0003-embedded-postgres-sharing.md.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedPostgres started;

    private EmbeddedPostgresServer(Path dataDirectory, int port, EmbeddedPostgres started) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.started = started;
    }

    /**
     * Connects to the server already running on {@code directory}'s data, or starts one.
     *
     * @param preferredPort the port to start on when free; another free port otherwise
     */
    public static EmbeddedPostgresServer startOrAttach(Path directory, int preferredPort) {
        Path dataDirectory = directory.resolve("data");
        try {
            OwnerOnly.folder(directory);
            Path serverLog = OwnerOnly.file(directory.resolve("server.log"));
            try (FileChannel channel = FileChannel.open(directory.resolve("start.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Optional<Integer> running = runningPort(dataDirectory);
                if (running.isPresent()) {
                    // attaching is the usual case of every CLI call: not logged (the port is in the database's description)
                    return new EmbeddedPostgresServer(dataDirectory, running.get(), null);
                }
                removeStalePidFile(dataDirectory);
                int port = isFree(preferredPort) ? preferredPort : freePort();
                log().info("Starting embedded PostgreSQL on port {} with data in {}", port, dataDirectory);
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPort(port)
                        .setPGStartupWait(STARTUP_WAIT)
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("shared_buffers", "128MB")
                        .setServerConfig("work_mem", "32MB")
                        .setServerConfig("maintenance_work_mem", "128MB")
                        // durability: a commit the app reports is on disk (the library's defaults turn both off)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                        .start();
                return new EmbeddedPostgresServer(dataDirectory, pg.getPort(), pg);
            }
        } catch (IOException | IllegalStateException e) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage() + " (see " + directory.resolve("server.log") + ")", e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True when this process started the server (rather than attaching to a running one). */
    public boolean ownsServer() {
        return started != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Stops the server. Call only when no other copy of the app is connected. */
    @Override
    public void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Optional<Long> pid = postmasterPid(dataDirectory);
        pid.flatMap(ProcessHandle::of).ifPresent(process -> {
            log().info("Stopping the embedded PostgreSQL (pid {}) that another copy of the app started", process.pid());
            process.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            try {
                process.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log().warn("The embedded PostgreSQL did not stop within 30 s", e);
            }
        });
    }

    /**
     * The port of a live server on this data directory, read from its {@code postmaster.pid}: only
     * when the PID there is this directory's PostgreSQL and its port accepts connections.
     */
    static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
        if (pidFile.isEmpty() || pidFile.get().owner(dataDirectory) != PostmasterPidFile.Owner.THIS_SERVER) {
            return Optional.empty();
        }
        int port = pidFile.get().port();
        return port > 0 && accepts(port) ? Optional.of(port) : Optional.empty();
    }

    /**
     * Removes a {@code postmaster.pid} that no live server of this directory stands behind (left by a
     * crash; after a reboot its PID may be another process's), which PostgreSQL would otherwise take
     * for a running server and refuse to start.
     */
    private static void removeStalePidFile(Path dataDirectory) throws IOException {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
        if (pidFile.isPresent() && pidFile.get().owner(dataDirectory) == PostmasterPidFile.Owner.NOBODY) {
            log().warn("Removing the stale {} of {}: PID {} is not this data directory's PostgreSQL", PostmasterPidFile.NAME,
                    dataDirectory, pidFile.get().pid());
            pidFile.get().delete();
        }
    }

    /** The PID of this directory's running PostgreSQL (never another process that has the PID of a stale file). */
    private static Optional<Long> postmasterPid(Path dataDirectory) {
        try {
            return PostmasterPidFile.read(dataDirectory).filter(f -> f.owner(dataDirectory) == PostmasterPidFile.Owner.THIS_SERVER)
                    .map(PostmasterPidFile::pid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFree(int port) {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as PostgreSQL itself binds: TIME_WAIT leftovers do not block the port
            socket.bind(new InetSocketAddress("localhost", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Made when something is logged, not when the class loads: a CLI call that attaches to a running server
     * and succeeds starts no logging at all (docs/decisions/0067-lazy-start-up.md).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    }
}
