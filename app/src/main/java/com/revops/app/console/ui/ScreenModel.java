package com.revops.app.console.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.DatabaseUnavailableException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen's ViewModel shares: loading off the FX thread with a progress flag, and on a
 * failure keeping the last data visible with a short message (SPEC §6, §9).
 */
public abstract class ScreenModel {
    protected final UiExecutor executor;
    protected final Clock clock;
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Instant> loadedAt = new SimpleObjectProperty<>();
    private int generation;

    protected ScreenModel(UiExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** (Re)loads the screen's data. */
    public abstract void refresh();

    /** Fetches in the background and applies the result on the FX thread; a newer load wins over an older one. */
    protected <T> void load(Supplier<T> fetch, Consumer<T> apply) {
        int mine = ++generation;
        loading.set(true);
        executor.background(fetch).whenComplete((value, error) -> executor.ui(() -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            if (error == null) {
                apply.accept(value);
                problem.set("");
                loadedAt.set(clock.instant());
            } else {
                problem.set(describe(error));
            }
        }));
    }

    /** A one-line message for the operator; never a stack trace. */
    public static String describe(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof DatabaseUnavailableException) {
            return "Database unreachable — showing the last data loaded. " + e.getMessage();
        }
        if (e instanceof InvalidInputException) {
            return e.getMessage();
        }
        if (DatabaseErrors.isConnectionFailure(e)) {
            return "Database unreachable — showing the last data loaded.";
        }
        java.util.Optional<com.revops.integrations.db.DatabaseException> database = DatabaseErrors.untranslated("Loading", e);
        if (database.isPresent()) {
            return database.get().getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 240 ? message.substring(0, 240) + "…" : message;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<Instant> loadedAtProperty() {
        return loadedAt;
    }

    protected void reportProblem(String message) {
        problem.set(message);
    }
}
