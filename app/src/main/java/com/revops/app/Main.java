package com.revops.app;

import java.nio.file.Path;
import java.io.IOException;
import java.util.Optional;

import com.revops.app.cli.Cli;
import com.revops.app.cli.ExitCode;
import com.revops.app.console.ConsoleLauncher;
import com.revops.app.console.DesktopRequirements;
import com.revops.integrations.config.OwnerOnly;
import com.revops.integrations.config.RevopsEnvironment;

/**
 * Entry point of {@code ./revops} and the packaged launcher. No arguments: the console window.
 * Any argument: the headless CLI (SPEC §5), which exits with its code.
 *
 * <p>Deliberately not a JavaFX {@code Application}, so JavaFX may sit on the class path or the
 * module path and the CLI never touches the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RevopsEnvironment environment = RevopsEnvironment.system();
        prepareLogging(environment);
        if (args.length == 0) {
            Optional<String> problem = DesktopRequirements.problem();
            if (problem.isPresent()) {
                System.err.println("revops: " + problem.get());
                System.exit(ExitCode.BAD_INPUT);
            }
            ConsoleLauncher.launch(environment);
            return;
        }
        int code = new Cli(environment, App.systemClock(java.time.ZoneOffset.UTC), System.out, System.err).run(args);
        System.exit(code);
    }

    /**
     * Must run before the first logger is created. {@code REVOPS_HOME} and the log folder are made
     * owner-only (700; an existing one is tightened): they hold the database and logs naming contacts.
     */
    static void prepareLogging(RevopsEnvironment environment) {
        Path dir = environment.logDirectory();
        try {
            OwnerOnly.folder(environment.home());
            OwnerOnly.folder(dir);
            System.setProperty("revops.log.dir", dir.toString());
        } catch (IOException | SecurityException e) {
            System.setProperty("revops.log.dir", System.getProperty("java.io.tmpdir"));
        }
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
    }
}
