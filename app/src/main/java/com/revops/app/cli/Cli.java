package com.revops.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.app.App;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.DatabaseException;
import com.revops.integrations.db.DatabaseUnavailableException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Runs one CLI call: parses the arguments (picocli), fixes the clock ({@code --as-of}), runs the
 * chosen command and turns every failure into a one-line message and an exit code (SPEC §5, §9).
 */
public final class Cli {
    private final RevopsEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<Clock, App> servicesFactory;
    /** Now, on this machine; {@code --as-of} replaces it by a fixed clock. */
    private final Clock now;

    /**
     * The CLI of {@code ./revops}: a command works on one plain connection; {@code --daemon}, which runs
     * the scheduler's threads for hours, on a pool (docs/decisions/0066-one-connection-for-a-cli-call.md).
     */
    public Cli(RevopsEnvironment environment, Clock now, PrintStream out, PrintStream err) {
        this(environment, now, new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8), null);
    }

    /** A CLI on services made by {@code servicesFactory} (tests: a database of their own). */
    public Cli(RevopsEnvironment environment, PrintWriter out, PrintWriter err, Function<Clock, App> servicesFactory) {
        this(environment, App.systemClock(java.time.ZoneOffset.UTC), out, err, servicesFactory);
    }

    private Cli(RevopsEnvironment environment, Clock now, PrintWriter out, PrintWriter err, Function<Clock, App> servicesFactory) {
        this.environment = environment;
        this.now = now;
        this.out = out;
        this.err = err;
        this.servicesFactory = servicesFactory;
    }

    private App services(Clock clock, String command) {
        if (servicesFactory != null) {
            return servicesFactory.apply(clock);
        }
        Database.Connections connections = "--daemon".equals(command) ? Database.Connections.POOL : Database.Connections.ONE;
        return App.forEnvironment(environment, clock, connections);
    }

    /** The CLI's own logger, made only when a failure is logged. */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }

    public int run(String... args) {
        RevopsCommand command = new RevopsCommand();
        CommandLine commandLine = new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(false);
        try {
            commandLine.parseArgs(args);
        } catch (ParameterException e) {
            int code = new ErrorReport(out, err, ErrorReport.jsonAsked(List.of(args))).report(ExitCode.BAD_INPUT, e.getMessage(), null);
            err.println("Run 'revops --help' for the list of commands.");
            return code;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return ExitCode.OK;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return ExitCode.OK;
        }
        return execute(command);
    }

    private int execute(RevopsCommand command) {
        ErrorReport errors = new ErrorReport(out, err, command.json);
        try {
            List<String> given = command.commandsGiven();
            if (given.isEmpty()) {
                throw new InvalidInputException("command", "none given; run 'revops --help' for the list");
            }
            if (given.size() > 1) {
                throw new InvalidInputException("command", "give one command at a time (got " + String.join(", ", given) + ")");
            }
            ZoneId zone = environment.zone();
            Clock clock = command.asOf == null
                    ? now.withZone(zone)
                    : Clock.fixed(Instants.parse("--as-of", command.asOf, zone), zone);
            CliAction action = Commands.resolve(command, given.get(0));
            if (command.dryRun && "--daemon".equals(given.get(0))) {
                throw new InvalidInputException("--dry-run", "does not go with --daemon, which runs until stopped; dry-run one command instead");
            }
            try (App app = services(clock, given.get(0))) {
                if (!command.dryRun) {
                    return action.run(new CliSession(app, out, err, command.json, false));
                }
                try (App dryRun = app.inDryRun()) {
                    if (!command.json) {
                        out.println(DryRunReport.HEADER);
                        out.println();
                    }
                    int code = action.run(new CliSession(dryRun, out, err, command.json, true));
                    if (!command.json) {
                        DryRunReport.of(dryRun).print(out);
                    }
                    return code;
                }
            }
        } catch (InvalidInputException e) {
            return errors.report(ExitCode.BAD_INPUT, e);
        } catch (DatabaseUnavailableException e) {
            log().error("Database unavailable", e);
            return errors.report(ExitCode.UNAVAILABLE, e);
        } catch (ServiceUnavailableException e) {
            log().error("Service unavailable", e);
            return errors.report(ExitCode.UNAVAILABLE, e);
        } catch (DatabaseException e) {
            log().error("Database error", e);
            return errors.report(ExitCode.FAILURE, e);
        } catch (com.revops.integrations.http.ServiceException e) {
            log().error("Service error", e);
            return errors.report(e.retryable() ? ExitCode.UNAVAILABLE : ExitCode.FAILURE, e);
        } catch (RuntimeException e) {
            java.util.Optional<DatabaseException> database = DatabaseErrors.untranslated("The command", e);
            if (database.isPresent()) {
                // a statement no repository translated: the operator sees why it failed, never its SQL or values
                log().error("Database error", e);
                return errors.report(database.get() instanceof DatabaseUnavailableException ? ExitCode.UNAVAILABLE : ExitCode.FAILURE,
                        database.get());
            }
            // the boundary: log the details once, show the operator one line
            log().error("Unexpected failure", e);
            return errors.report(ExitCode.FAILURE, "unexpected failure (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); details in " + environment.logDirectory().resolve("revops.log"), e);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
