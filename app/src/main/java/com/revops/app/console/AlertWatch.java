package com.revops.app.console;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.alerts.AlertRepository.RaisedAlert;

/**
 * Notices, while the console is open, every deal closed and every urgent alert raised since it
 * started — by this console, the CLI, the worker or the scheduler — and hands them to the window
 * (a notification, and a refresh so the numbers include the deal). Polled: the alert table is the one
 * place every copy of the app writes to. Alerts raised before the console opened are not repeated;
 * they are on the dashboard.
 */
public final class AlertWatch {
    private static final Logger LOG = LoggerFactory.getLogger(AlertWatch.class);

    private final Supplier<AlertRepository> alerts;
    private final UiExecutor executor;
    private final Consumer<List<RaisedAlert>> onRaised;
    private final AtomicLong seen = new AtomicLong(-1);
    private final AtomicBoolean polling = new AtomicBoolean();

    public AlertWatch(Supplier<AlertRepository> alerts, UiExecutor executor, Consumer<List<RaisedAlert>> onRaised) {
        this.alerts = alerts;
        this.executor = executor;
        this.onRaised = onRaised;
    }

    /** One look at the alert table; the first only notes where it stands. A look still running is not doubled. */
    public void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        executor.background(this::fresh).whenComplete((raised, error) -> {
            polling.set(false);
            if (error != null) {
                LOG.debug("Alert watch skipped a look: {}", error.getMessage());
            } else if (!raised.isEmpty()) {
                executor.ui(() -> onRaised.accept(raised));
            }
        });
    }

    private List<RaisedAlert> fresh() {
        AlertRepository repository = alerts.get();
        if (seen.get() < 0) {
            seen.set(repository.latestId());
            return List.of();
        }
        List<RaisedAlert> raised = repository.notifiableAfter(seen.get());
        raised.stream().mapToLong(RaisedAlert::id).max().ifPresent(seen::set);
        return raised;
    }
}
