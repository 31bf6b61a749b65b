package com.revops.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;

/** Lets console tests ask the real CLI for its JSON, to compare the screens with it. */
public final class CliTestAccess {
    private CliTestAccess() {
    }

    public static JsonNode json(Database db, RevopsEnvironment env, String... args) {
        CliRun run = CliRun.on(db, env, args);
        if (run.exitCode != 0) {
            throw new AssertionError(run.toString());
        }
        return run.json();
    }
}
