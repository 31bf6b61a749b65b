package com.revops.app.console.contacts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.app.console.ui.StatusLine;
import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactDetail;
import com.revops.integrations.contacts.ContactDirectory;
import com.revops.integrations.contacts.ContactSummary;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * The Contacts screen (SPEC §6): search over every contact (name, handle, email, niche, tag) off
 * the FX thread, at most {@value #SHOWN} results shown with the total; the detail of one contact
 * with its stage history and interaction timeline; moving it to another stage and its notes.
 */
public final class ContactsViewModel extends ScreenModel {
    /** The most results the table shows; the count says how many matched. */
    public static final int SHOWN = 200;

    private final ConsoleContext context;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ContactSummary> results = FXCollections.observableArrayList();
    private final ObservableList<ContactSummary> resultsView = FXCollections.unmodifiableObservableList(results);
    private final StringProperty resultCount = new SimpleStringProperty("");
    private final ObjectProperty<ContactDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty savedNotes = new SimpleStringProperty("");
    private final ObjectProperty<Stage> moveTo = new SimpleObjectProperty<>();
    private final BooleanProperty detailLoading = new SimpleBooleanProperty(false);
    private final BooleanBinding notesChanged = Bindings.createBooleanBinding(
            () -> detail.get() != null && !Objects.toString(notes.get(), "").strip().equals(savedNotes.get()), notes, savedNotes, detail);
    private final StatusLine status = new StatusLine();
    private String searched;
    private boolean openFirst;
    private int detailGeneration;

    public ContactsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    /** Runs the current search again and reloads the open contact. */
    @Override
    public void refresh() {
        runSearch(query.get());
        Optional.ofNullable(detail.get()).ifPresent(d -> open(d.contact().id()));
    }

    /** Searches for the query unless its results are shown already (the view calls this after typing pauses). */
    public void search() {
        if (!Objects.equals(query.get(), searched)) {
            runSearch(query.get());
        }
    }

    /** Sent here from elsewhere (the dashboard's alert): search for {@code name} and open the first match. */
    public void focus(String name) {
        query.set(name);
        openFirst = true;
        runSearch(name);
    }

    private void runSearch(String q) {
        searched = q;
        load(() -> find(q), this::apply);
    }

    private Found find(String q) {
        ContactDirectory directory = directory();
        List<ContactSummary> shown = directory.search(q, SHOWN);
        long total = shown.size() < SHOWN ? shown.size() : directory.count(q);
        return new Found(q, shown, total);
    }

    private void apply(Found found) {
        results.setAll(found.shown());
        resultCount.set(countText(found));
        if (openFirst) {
            openFirst = false;
            if (found.shown().isEmpty()) {
                status.problem("No contact matches “" + found.query().strip() + "”");
            } else {
                open(found.shown().get(0).id());
            }
        }
    }

    static String countText(Found found) {
        String q = found.query() == null ? "" : found.query().strip();
        if (found.total() == 0) {
            return q.isEmpty() ? "No contacts yet" : "No contacts match “" + q + "”";
        }
        String order = q.isEmpty() ? " · most recently active first" : "";
        if (found.shown().size() == found.total()) {
            return (found.total() == 1 ? "1 contact" : String.format("%,d contacts", found.total())) + order;
        }
        return String.format("showing %,d of %,d", found.shown().size(), found.total()) + order;
    }

    /** Loads the contact's detail; a newer request wins over an older one. */
    public void open(UUID id) {
        int mine = ++detailGeneration;
        detailLoading.set(true);
        executor.background(() -> directory().detail(id)).whenComplete((found, error) -> executor.ui(() -> {
            if (mine != detailGeneration) {
                return;
            }
            detailLoading.set(false);
            if (error != null) {
                status.problem(describe(error));
            } else if (found.isEmpty()) {
                status.problem("That contact no longer exists; search again");
            } else {
                show(found.get());
            }
        }));
    }

    /** Closes the open contact (a detail still loading is dropped too); unsaved notes are left behind. */
    public void close() {
        detailGeneration++;
        detailLoading.set(false);
        detail.set(null);
    }

    private void show(ContactDetail d) {
        ContactDetail before = detail.get();
        boolean same = before != null && before.contact().id().equals(d.contact().id());
        String loaded = d.notes().orElse("");
        // a reload keeps what the operator is typing; another contact starts clean
        if (!same || !notesChanged.get()) {
            notes.set(loaded);
        }
        savedNotes.set(loaded);
        if (!same || before.contact().stage() != d.contact().stage()) {
            moveTo.set(d.contact().stage());
        }
        detail.set(d);
    }

    /** Moves the open contact to the chosen stage (a row in actp_stage_transitions); the same stage is refused. */
    public void moveStage() {
        ContactDetail d = detail.get();
        Stage to = moveTo.get();
        if (d == null || to == null) {
            status.problem("Open a contact and choose a stage first");
            return;
        }
        String who = name(d.contact());
        Stage from = d.contact().stage();
        if (to == from) {
            status.problem(who + " is already in " + from.label() + " — choose another stage to move to");
            return;
        }
        UUID id = d.contact().id();
        executor.background(() -> directory().changeStage(id, to.code(), context.clock().instant()))
                .whenComplete((change, error) -> executor.ui(() -> {
                    if (error != null) {
                        status.problem(describe(error));
                        return;
                    }
                    status.say("Moved " + who + " from " + from.label() + " to " + to.label());
                    afterWrite();
                }));
    }

    public void saveNotes() {
        ContactDetail d = detail.get();
        if (d == null) {
            return;
        }
        String text = notes.get();
        UUID id = d.contact().id();
        executor.background(() -> {
            directory().updateNotes(id, text, context.clock().instant());
            return id;
        }).whenComplete((done, error) -> executor.ui(() -> {
            if (error != null) {
                status.problem(describe(error));
                return;
            }
            savedNotes.set(text == null ? "" : text.strip());
            status.say(text == null || text.isBlank() ? "Cleared the notes on " + name(d.contact()) : "Saved the notes on " + name(d.contact()));
            afterWrite();
        }));
    }

    private void afterWrite() {
        context.dataChanged();
        refresh();
    }

    static String name(ContactSummary c) {
        return c.name().or(c::handle).or(c::externalId).orElse("this contact");
    }

    private ContactDirectory directory() {
        return context.services().stores().contacts();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ContactSummary> results() {
        return resultsView;
    }

    public ReadOnlyStringProperty resultCountProperty() {
        return resultCount;
    }

    public ReadOnlyObjectProperty<ContactDetail> detailProperty() {
        return detail;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanBinding notesChangedProperty() {
        return notesChanged;
    }

    public ObjectProperty<Stage> moveToProperty() {
        return moveTo;
    }

    public ReadOnlyBooleanProperty detailLoadingProperty() {
        return detailLoading;
    }

    public StatusLine status() {
        return status;
    }

    /** One search's results: the first {@value #SHOWN} and how many matched in all. */
    record Found(String query, List<ContactSummary> shown, long total) {
    }
}
