package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.integrations.config.RevopsEnvironment;

/** SPEC §9: the database unreachable — the CLI says so and exits 3, without leaking the password. */
class UnavailableDatabaseCliTest {
    @TempDir
    Path home;

    @Test
    void anUnreachableExternalDatabaseExitsThreeWithAShortMessage() {
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off",
                "REVOPS_DB_URL", "jdbc:postgresql://127.0.0.1:1/revops?connectTimeout=2", "REVOPS_DB_USER", "ops",
                "REVOPS_DB_PASSWORD", "s3cret-pass"), "linux", home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(env, new PrintWriter(out, true), new PrintWriter(err, true),
                clock -> App.forEnvironment(env, Clock.systemUTC())).run("--pipeline", "--json");
        assertThat(code).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(err.toString()).startsWith("error: Database unavailable").doesNotContain("s3cret-pass").doesNotContain("\tat ");
        // --json: the caller parsing stdout gets the error as JSON too
        assertThat(out.toString()).startsWith("{").contains("\"code\" : 3").contains("\"message\" : \"Database unavailable")
                .doesNotContain("s3cret-pass");
    }
}
