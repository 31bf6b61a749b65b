package com.revops.app.console.outreach;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.app.console.ui.StatusLine;
import com.revops.domain.outreach.ChannelProgress;
import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.outreach.OutreachRedrafter;
import com.revops.integrations.outreach.PendingItem;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outreach queue (SPEC §6): items waiting for review grouped by channel, today's progress
 * against the daily targets, and the operator's decisions — approve, edit, reject with a reason,
 * bulk approve, undo — each written off the FX thread by {@link OutreachQueue} (with its audit
 * row), then the queue reloads. Undo walks back this session's decisions, newest first.
 */
public final class OutreachQueueViewModel extends ScreenModel {
    /** Who decides in the console, as written to the audit log. */
    public static final String ACTOR = "operator";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);

    private final ConsoleContext context;
    private final ObservableList<QueueLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ChannelProgress> progress = FXCollections.observableArrayList();
    private final ObservableList<QueueLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<ChannelProgress> progressView = FXCollections.unmodifiableObservableList(progress);
    private final ObjectProperty<PendingItem> current = new SimpleObjectProperty<>();
    private final List<PendingItem> marked = new ArrayList<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StatusLine status = new StatusLine();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty rejecting = new SimpleBooleanProperty(false);
    private final StringProperty rejectReason = new SimpleStringProperty("");
    private final BooleanProperty redraftAvailable = new SimpleBooleanProperty(false);
    private final MessageEditor editor = new MessageEditor();
    private final SessionDecisions decisions = new SessionDecisions();
    private final OutreachDrafts drafts;
    private final StringProperty search = new SimpleStringProperty("");
    private Map<OutreachChannel, List<PendingItem>> pending = Map.of();
    private Optional<UUID> showAfterLoad = Optional.empty();
    private String today = "";

    public OutreachQueueViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        this.drafts = new OutreachDrafts(context, editor, status);
        search.addListener((o, was, now) -> showLines(Optional.ofNullable(current.get()).map(p -> p.item().id()), 0));
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        OutreachQueue queue = queue();
        OutreachRedrafter redrafter = context.services().outreachRedrafter();
        return new Snapshot(queue.pendingByChannel(), queue.todayProgress(asOf, context.zone()), redrafter);
    }

    private void apply(Snapshot s) {
        int position = Math.max(0, entries().indexOf(current.get()));
        Optional<UUID> wanted = showAfterLoad.or(() -> Optional.ofNullable(current.get()).map(p -> p.item().id()));
        showAfterLoad = Optional.empty();
        pending = s.pending();
        progress.setAll(s.progress().channels());
        drafts.use(s.redrafter());
        redraftAvailable.set(s.redrafter().available());
        today = DAY.format(s.progress().day());
        showLines(wanted, position);
    }

    /** The queue by channel, narrowed to the items matching the search; the current item stays if it still shows. */
    private void showLines(Optional<UUID> wanted, int position) {
        List<QueueLine> next = new ArrayList<>();
        List<PendingItem> items = new ArrayList<>();
        int waiting = 0;
        for (var channel : pending.entrySet()) {
            List<PendingItem> shown = channel.getValue().stream().filter(p -> QueueSearch.matches(p, search.get())).toList();
            waiting += channel.getValue().size();
            if (!shown.isEmpty()) {
                next.add(new QueueLine.Heading(channel.getKey(), shown.size()));
                shown.forEach(p -> next.add(new QueueLine.Entry(p)));
                items.addAll(shown);
            }
        }
        marked.clear();
        lines.setAll(next);
        String searched = search.get() == null || search.get().isBlank() ? ""
                : " (" + items.size() + " match \u201c" + search.get().strip() + "\u201d)";
        summary.set(waiting + " waiting for review" + searched + " · today is " + today);
        PendingItem show = wanted.flatMap(id -> items.stream().filter(p -> p.item().id().equals(id)).findFirst())
                .orElse(items.isEmpty() ? null : items.get(Math.min(position, items.size() - 1)));
        current.set(show);
    }

    /** The search text: the queue shows only the items holding it. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The item the detail shows and the keys act on (the view calls this as the list selection moves). */
    public void select(PendingItem item) {
        if (item != null && !item.equals(current.get())) {
            if (editor.item().filter(p -> !p.item().id().equals(item.item().id())).isPresent()) {
                editor.close();
            }
            rejecting.set(false);
            current.set(item);
        }
    }

    /** The multi-selection for bulk approval (the view passes the selected items). */
    public void mark(List<PendingItem> items) {
        marked.clear();
        marked.addAll(items);
    }

    public void approve() {
        withCurrent(p -> {
            String what = OutreachWording.describe(p);
            act(() -> queue().approve(p.item().id(), ACTOR, now()), done -> {
                push(p, "approval of " + what);
                return "Approved: " + what;
            });
        });
    }

    public void startEdit() {
        withCurrent(p -> {
            rejecting.set(false);
            editor.open(p);
        });
    }

    public void cancelEdit() {
        editor.close();
        status.clear();
    }

    /** Saves the edited text; with {@code approve} also approves it (one transaction, two audit rows). */
    public void saveEdit(boolean approve) {
        Optional<PendingItem> editing = editor.item();
        if (editing.isEmpty() || !editor.valid()) {
            return;
        }
        PendingItem p = editing.get();
        String text = editor.textProperty().get();
        boolean changed = editor.changed();
        String what = OutreachWording.describe(p);
        if (!changed && !approve) {
            editor.close();
            status.say("No change to save: " + what);
            return;
        }
        UUID id = p.item().id();
        act(() -> approve ? queue().editAndApprove(id, text, ACTOR, now()) : queue().edit(id, text, ACTOR, now()), done -> {
            editor.close();
            if (changed) {
                push(p, "edit of " + what);
            }
            if (approve) {
                push(p, "approval of " + what);
                return (changed ? "Edited and approved: " : "Approved: ") + what;
            }
            return "Saved the edit: " + what + " — still waiting for approval";
        });
    }

    public void startReject() {
        withCurrent(p -> {
            editor.close();
            rejectReason.set("");
            rejecting.set(true);
        });
    }

    public void cancelReject() {
        rejecting.set(false);
        status.clear();
    }

    public void confirmReject() {
        withCurrent(p -> {
            String reason = rejectReason.get() == null ? "" : rejectReason.get().strip();
            String what = OutreachWording.describe(p);
            act(() -> queue().reject(p.item().id(), reason, ACTOR, now()), done -> {
                rejecting.set(false);
                push(p, "rejection of " + what);
                return "Rejected: " + what + (reason.isEmpty() ? " (no reason given)" : " — " + reason);
            });
        });
    }

    /** "Approve 3 selected messages (2 LinkedIn, 1 DM)?", or empty when nothing is selected. */
    public Optional<String> bulkQuestion() {
        if (marked.isEmpty()) {
            status.say("Select the messages to approve first: Shift+J/K or Shift+↑/↓, or Shift/Ctrl+click");
            return Optional.empty();
        }
        return Optional.of("Approve " + OutreachWording.messages(marked.size()) + " (" + OutreachWording.byChannel(marked) + ")?");
    }

    /** Approves every selected item in one transaction: all of them, or none when one is refused. */
    public void approveMarked() {
        List<PendingItem> items = List.copyOf(marked);
        if (items.isEmpty()) {
            return;
        }
        List<UUID> ids = items.stream().map(p -> p.item().id()).toList();
        act(() -> queue().bulkApprove(ids, ACTOR, now()), done -> {
            decisions.push(ids, "approval of " + OutreachWording.messages(ids.size()));
            return "Approved " + OutreachWording.messages(ids.size()) + ": " + OutreachWording.byChannel(items);
        });
    }

    /** Reverts this session's latest decision that is not undone yet. */
    public void undo() {
        Optional<SessionDecisions.Decision> latest = decisions.takeLatest();
        if (latest.isEmpty()) {
            status.say("Nothing to undo: no decisions yet in this session");
            return;
        }
        SessionDecisions.Decision last = latest.get();
        act(() -> SessionDecisions.undo(queue(), last, ACTOR, now()), refused -> {
            showAfterLoad = Optional.of(last.items().get(0));
            int undone = last.items().size() - refused.size();
            return refused.isEmpty() ? "Undone: " + last.what() + " — back in the queue"
                    : "Undone " + undone + " of " + last.items().size() + "; " + String.join("; ", refused);
        });
    }

    /** Asks Claude for a new version of the text in the editor (opening the editor first). */
    public void redraft() {
        if (!editor.isOpen()) {
            startEdit();
        }
        drafts.redraft(now());
    }

    private <T> void act(Supplier<T> work, Function<T, String> done) {
        working.set(true);
        executor.background(work).whenComplete((value, error) -> executor.ui(() -> {
            working.set(false);
            if (error != null) {
                status.problem(describe(error));
                return;
            }
            status.say(done.apply(value));
            context.dataChanged();
            refresh();
        }));
    }

    private void withCurrent(Consumer<PendingItem> action) {
        PendingItem p = current.get();
        if (p == null) {
            status.say("Nothing selected — the queue is empty, or move to an item with j/k");
            return;
        }
        action.accept(p);
    }

    private void push(PendingItem p, String what) {
        decisions.push(List.of(p.item().id()), what);
    }

    private OutreachQueue queue() {
        return context.services().stores().outreachQueue();
    }

    private Instant now() {
        return context.clock().instant();
    }

    private List<PendingItem> entries() {
        return lines.stream().filter(QueueLine.Entry.class::isInstance).map(l -> ((QueueLine.Entry) l).pending()).toList();
    }

    public ObservableList<QueueLine> lines() {
        return linesView;
    }

    public ObservableList<ChannelProgress> progress() {
        return progressView;
    }

    public ReadOnlyObjectProperty<PendingItem> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What the last action did, or why it was refused. */
    public StatusLine status() {
        return status;
    }

    /** True while a decision is being written. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyBooleanProperty rejectingProperty() {
        return rejecting;
    }

    public StringProperty rejectReasonProperty() {
        return rejectReason;
    }

    /** True when an Anthropic key is configured. */
    public ReadOnlyBooleanProperty redraftAvailableProperty() {
        return redraftAvailable;
    }

    public MessageEditor editor() {
        return editor;
    }

    public int markedCount() {
        return marked.size();
    }

    private record Snapshot(Map<OutreachChannel, List<PendingItem>> pending, DailyProgress progress, OutreachRedrafter redrafter) {
    }

}
