package com.revops.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.App;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;

/** Runs the real CLI against a test database and captures what it prints. */
final class CliRun {
    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static RevopsEnvironment environment(Path home, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("REVOPS_HOME", home.toString());
        env.put("REVOPS_KEYCHAIN", "off");
        env.putIfAbsent("REVOPS_TZ", "UTC");
        return new RevopsEnvironment(env, "linux", home);
    }

    /** Telegram configured (bot 123:secret, chat -100777) against a local server standing in for the Bot API. */
    static RevopsEnvironment withTelegram(Path home, okhttp3.mockwebserver.MockWebServer telegram) {
        return environment(home, Map.of("REVOPS_TELEGRAM_BOT_TOKEN", "123:secret", "REVOPS_TELEGRAM_CHAT_ID", "-100777",
                "REVOPS_TELEGRAM_API_BASE", telegram.url("/").toString()));
    }

    static CliRun on(Database db, RevopsEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ZoneId zone = environment.zone();
        int code = new Cli(environment, new PrintWriter(out, true), new PrintWriter(err, true),
                clock -> App.onDatabase(environment, clock, zone, db)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(int exitCode, String out, String err) {
        return new CliRun(exitCode, out, err);
    }

    JsonNode json() {
        try {
            return CliSession.mapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + out + err, e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n" + out + err;
    }
}
