package com.revops.app.console.settings;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** How a part of Settings writes: off the FX thread, then a message on success or the refusal on failure. */
interface SettingsWriter {
    /**
     * Runs {@code work} in the background; {@code done} gets its message, {@code refused} the problem
     * (field named). After a write every screen reloads.
     */
    void write(Supplier<String> work, Consumer<String> done, Consumer<String> refused);

    /** Like {@link #write} for work that changes nothing (a test message): nothing reloads, typed values stay. */
    void check(Supplier<String> work, Consumer<String> done, Consumer<String> failed);
}
