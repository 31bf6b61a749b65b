package com.revops.app.console.outreach;

import java.time.Instant;
import java.util.Optional;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.app.console.ui.StatusLine;
import com.revops.integrations.outreach.OutreachRedrafter;
import com.revops.integrations.outreach.PendingItem;

/**
 * "Redraft with AI" in the editor: asks {@link OutreachRedrafter} off the FX thread and shows its
 * version against the current text; the operator takes it into the editor or discards it.
 */
final class OutreachDrafts {
    private final ConsoleContext context;
    private final MessageEditor editor;
    private final StatusLine status;
    private volatile Optional<OutreachRedrafter> redrafter = Optional.empty();

    OutreachDrafts(ConsoleContext context, MessageEditor editor, StatusLine status) {
        this.context = context;
        this.editor = editor;
        this.status = status;
    }

    void use(OutreachRedrafter loaded) {
        redrafter = Optional.of(loaded);
    }

    void redraft(Instant at) {
        Optional<PendingItem> editing = editor.item();
        if (editing.isEmpty() || editor.redraftingProperty().get()) {
            return;
        }
        OutreachRedrafter r = redrafter.filter(OutreachRedrafter::available).orElse(null);
        if (r == null) {
            status.problem(OutreachRedrafter.NO_KEY);
            return;
        }
        PendingItem pending = editing.get();
        String text = editor.textProperty().get();
        editor.redrafting(true);
        status.say("Asking Claude for a new version of the " + OutreachWording.describe(pending) + "…");
        context.executor().background(() -> r.redraft(pending, text, at)).whenComplete((result, error) -> context.executor().ui(() -> {
            editor.redrafting(false);
            if (error != null) {
                status.problem("Redraft failed — " + ScreenModel.describe(error));
            } else if (result instanceof OutreachRedrafter.Redraft.NotWritten declined) {
                status.problem(declined.reason());
            } else if (result instanceof OutreachRedrafter.Redraft.Written written && stillEditing(pending)) {
                String cost = written.cost().map(c -> " · $" + c.stripTrailingZeros().toPlainString()).orElse("");
                editor.propose(written.text(), "Claude (" + written.model() + ")" + cost);
                status.say("Claude's redraft is below the editor: Use this version, or Discard it");
                context.dataChanged(); // the call was charged: the Credits screen changes
            }
        }));
    }

    private boolean stillEditing(PendingItem pending) {
        return editor.item().map(p -> p.item().id().equals(pending.item().id())).orElse(false);
    }
}
