package com.revops.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.RevopsEnvironment;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;

/** REVOPS_HOME and the logs hold contact data: only their owner may read them (issue "Reliability and security" point 12). */
class OwnerOnlyFilesTest {
    @TempDir
    Path temp;

    @Test
    void aNewHomeAndItsLogFolderAreCreatedOwnerOnly() throws IOException {
        Path home = temp.resolve("new-home");

        Main.prepareLogging(environment(home));

        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("logs"))).isEqualTo("rwx------");
    }

    @Test
    void anExistingHomeReadableByOthersIsTightened() throws IOException {
        Path home = Files.createDirectories(temp.resolve("old-home").resolve("logs")).getParent();
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("logs"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Main.prepareLogging(environment(home));

        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("logs"))).isEqualTo("rwx------");
    }

    @Test
    void theLogItCreatesAndTheArchivesBesideItAreOwnerOnly() throws IOException {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path archive = Files.writeString(logs.resolve("revops.2026-01-01.0.log.gz"), "old");
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        LoggerContext context = new LoggerContext();
        OwnerOnlyLogAppender<ILoggingEvent> appender = appender(context, logs);
        Logger logger = context.getLogger("test");
        logger.addAppender(appender);

        logger.info("Contact Ada Lovelace approved");
        // a new file: logback would have created it with the umask (rw-r--r--); a rollover opens its next file the same way
        assertThat(mode(logs.resolve("revops.log"))).isEqualTo("rw-------");
        assertThat(mode(archive)).isEqualTo("rw-------");

        appender.stop();
    }

    private static OwnerOnlyLogAppender<ILoggingEvent> appender(LoggerContext context, Path logs) {
        OwnerOnlyLogAppender<ILoggingEvent> appender = new OwnerOnlyLogAppender<>();
        appender.setContext(context);
        appender.setFile(logs.resolve("revops.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logs.resolve("revops.%d{yyyy-MM-dd}.log").toString());
        policy.start();
        appender.setRollingPolicy(policy);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static RevopsEnvironment environment(Path home) {
        return new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString()), "linux", home);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
