package com.revops.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** The app's log as set up in code (what logback.xml said): a file opened by the first message, owner-only, libraries at WARN. */
class LogConfigurationTest {
    @TempDir
    Path logs;

    @Test
    void noFileUntilSomethingIsLoggedThenOneOwnerOnlyFileWithTheMessage() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's provider gives the app's context
        LogConfiguration.configure(context, logs);

        context.getLogger("org.jdbi.v3.core.Jdbi"); // a library making its logger when its class loads
        context.getLogger("com.revops.Test").debug("below the root level");
        assertThat(logs.resolve("revops.log")).doesNotExist();

        context.getLogger("com.revops.Test").info("Database unavailable");
        context.stop();

        assertThat(Files.readString(logs.resolve("revops.log"))).contains("INFO  [main] com.revops.Test - Database unavailable")
                .doesNotContain("below the root level");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("revops.log")))).isEqualTo("rw-------");
    }

    @Test
    void librariesThatWouldLogStatementsAndValuesAreHeldAtWarn() {
        LoggerContext context = new LoggerContext();
        LogConfiguration.configure(context, logs);

        for (String library : new String[] {"org.postgresql", "org.jdbi", "org.flywaydb", "com.zaxxer.hikari", "io.zonky", "org.quartz",
                "okhttp3"}) {
            assertThat(context.getLogger(library + ".Anything").getEffectiveLevel()).as(library).isEqualTo(Level.WARN);
        }
        assertThat(context.getLogger("com.revops.app.cli.Cli").getEffectiveLevel()).isEqualTo(Level.INFO);
        context.stop();
    }
}
