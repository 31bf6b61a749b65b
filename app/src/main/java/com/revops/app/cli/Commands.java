package com.revops.app.cli;

import java.nio.file.Path;
import java.util.Locale;

import com.revops.domain.common.InvalidInputException;

/** Maps the command flag given to the code that runs it. */
final class Commands {
    private Commands() {
    }

    static CliAction resolve(RevopsCommand c, String given) {
        boolean backtestOptions = c.backtest || c.from != null || c.every != null;
        if (backtestOptions && !"--forecast".equals(given) && !"--domain/--task".equals(given)) {
            throw new InvalidInputException(c.backtest ? "--backtest" : c.from != null ? "--from" : "--every", "goes only with --forecast");
        }
        return switch (given) {
            case "--import" -> new ImportCommand(c.importFile.get(0), Path.of(c.importFile.get(1)));
            case "--demo-data" -> new DemoDataCommand();
            case "--verify-aggregates" -> new VerifyAggregatesCommand();
            case "--status" -> new StatusCommand();
            case "--pipeline" -> new PipelineCommand();
            case "--forecast" -> forecast(c);
            case "--conversion-rates" -> new ConversionRatesCommand();
            case "--velocity" -> new VelocityCommand();
            case "--mtd" -> new MtdCommand();
            case "--target" -> new TargetCommand(c.target.get(0), c.target.get(1));
            case "--call" -> new CallCommand(c.call.get(0), c.call.get(1));
            case "--offer-performance" -> new OfferPerformanceCommand();
            case "--top-sources" -> new TopSourcesCommand();
            case "--log-deal" -> new LogDealCommand(c);
            case "--alert-check" -> new AlertCheckCommand();
            case "--daily-brief" -> new DailyBriefCommand();
            case "--weekly-report" -> new WeeklyReportCommand();
            case "--daemon" -> new DaemonCommand();
            case "--queue" -> new QueueCommand();
            case "--queue-mark" -> new QueueMarkCommand(c.queueMark.get(0), c.queueMark.get(1), c.error);
            case "--credits" -> new CreditsCommand();
            case "--credit-route" -> new CreditRouteCommand(c.creditRoute);
            case "--cache-fresh" -> new CacheFreshCommand(c.cacheFresh);
            case "--funnel" -> new FunnelCommand();
            case "--approval-digest" -> new ApprovalDigestCommand();
            case "--telegram-poll" -> new TelegramPollCommand();
            case "--sync" -> new SyncCommand(c.sync);
            case "--routine-step" -> new RoutineStepCommand(c.routineStep.get(0), c.routineStep.get(1), c.error);
            case "--domain/--task" -> dispatch(c);
            default -> throw new InvalidInputException(given, "is not available in this build yet");
        };
    }

    private static CliAction forecast(RevopsCommand c) {
        if (c.backtest) {
            return new BacktestCommand(c.from, c.every);
        }
        if (c.from != null || c.every != null) {
            throw new InvalidInputException(c.from != null ? "--from" : "--every", "goes only with --forecast --backtest");
        }
        return new ForecastCommand();
    }

    /** PRD-046's dispatcher: {@code --domain revenue_ops --task X} runs the matching flag. */
    private static CliAction dispatch(RevopsCommand c) {
        if (c.domain == null || !"revenue_ops".equals(c.domain.trim().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("--domain", "'" + c.domain + "' is not a domain of this app; use revenue_ops");
        }
        if (c.task == null) {
            throw new InvalidInputException("--task", "is required with --domain (pipeline, forecast, brief, report, offers, status)");
        }
        String flag = switch (c.task.trim().toLowerCase(Locale.ROOT)) {
            case "pipeline" -> "--pipeline";
            case "forecast" -> "--forecast";
            case "brief" -> "--daily-brief";
            case "report" -> "--weekly-report";
            case "offers" -> "--offer-performance";
            case "status" -> "--status";
            default -> throw new InvalidInputException("--task",
                    "'" + c.task + "' is not a revenue_ops task; use pipeline, forecast, brief, report, offers or status");
        };
        return resolve(c, flag);
    }
}
