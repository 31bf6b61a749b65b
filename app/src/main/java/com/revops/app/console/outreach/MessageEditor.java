package com.revops.app.console.outreach;

import java.util.Optional;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.PendingItem;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
 * The inline editor of one outreach item: the text, its length against the channel's
 * {@link MessageLimit}, and an AI redraft proposed beside it as a word diff until the operator
 * takes it into the text or discards it.
 */
public final class MessageEditor {
    private final ObjectProperty<PendingItem> editing = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<MessageLimit> limit = new SimpleObjectProperty<>(MessageLimit.DIRECT_MESSAGE);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty proposal = new SimpleStringProperty("");
    private final StringProperty proposalNote = new SimpleStringProperty("");
    private final ObservableList<WordDiff.Piece> proposalDiff = FXCollections.observableArrayList();
    private final ObservableList<WordDiff.Piece> proposalDiffView = FXCollections.unmodifiableObservableList(proposalDiff);
    private final BooleanProperty redrafting = new SimpleBooleanProperty(false);
    private final BooleanBinding open = editing.isNotNull();
    private final BooleanBinding overLimit = Bindings.createBooleanBinding(
            () -> limit.get().remaining(text.get()) < 0, text, limit);
    private final StringBinding count = Bindings.createStringBinding(
            () -> String.format("%,d / %,d characters · %s", MessageLimit.length(text.get()), limit.get().maxChars(), limit.get().label()),
            text, limit);

    MessageEditor() {
        text.addListener((o, a, b) -> problem.set(""));
    }

    void open(PendingItem pending) {
        OutreachItem item = pending.item();
        discardProposal();
        limit.set(item.limit());
        text.set(item.textToSend());
        problem.set("");
        editing.set(pending);
    }

    void close() {
        discardProposal();
        editing.set(null);
        problem.set("");
    }

    Optional<PendingItem> item() {
        return Optional.ofNullable(editing.get());
    }

    /** True when the text differs from what the item would send now. */
    boolean changed() {
        return item().map(p -> !text.get().strip().equals(p.item().textToSend())).orElse(false);
    }

    /** Checks the text against the limit; false (with the problem set) when it cannot be saved. */
    boolean valid() {
        try {
            limit.get().check(OutreachItem.TEXT_FIELD, text.get());
            return true;
        } catch (InvalidInputException e) {
            problem.set("The text " + e.problem());
            return false;
        }
    }

    /** Shows {@code newText} as a diff against the current text, with a note on who wrote it. */
    void propose(String newText, String note) {
        proposal.set(newText);
        int left = limit.get().remaining(newText);
        proposalNote.set(note + " · " + MessageLimit.length(newText) + " characters"
                + (left < 0 ? " — " + (-left) + " over the limit, shorten it before saving" : ""));
        proposalDiff.setAll(WordDiff.between(text.get(), newText));
    }

    /** Puts the proposed version into the editor. */
    public void acceptProposal() {
        if (!proposal.get().isEmpty()) {
            text.set(proposal.get());
        }
        discardProposal();
    }

    public void discardProposal() {
        proposal.set("");
        proposalNote.set("");
        proposalDiff.clear();
    }

    void redrafting(boolean busy) {
        redrafting.set(busy);
    }

    public ReadOnlyObjectProperty<PendingItem> editingProperty() {
        return editing;
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public boolean isOpen() {
        return open.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding countProperty() {
        return count;
    }

    public BooleanBinding overLimitProperty() {
        return overLimit;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyStringProperty proposalProperty() {
        return proposal;
    }

    public ReadOnlyStringProperty proposalNoteProperty() {
        return proposalNote;
    }

    public ObservableList<WordDiff.Piece> proposalDiff() {
        return proposalDiffView;
    }

    public ReadOnlyBooleanProperty redraftingProperty() {
        return redrafting;
    }
}
