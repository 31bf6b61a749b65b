package com.revops.app.console.outreach;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Claude's redraft against the text in the editor, word by word: removed words struck through in red, added ones in green. */
final class ProposalBox {
    private final MessageEditor editor;
    private final VBox root = new VBox(6);
    private final TextFlow diff = new TextFlow();

    ProposalBox(MessageEditor editor) {
        this.editor = editor;
        createView();
        editor.proposalDiff().addListener((ListChangeListener<WordDiff.Piece>) c -> render());
    }

    Node node() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("proposal-box");
        root.setId("outreach-proposal");
        Label heading = new Label();
        heading.getStyleClass().add("proposal-heading");
        heading.textProperty().bind(editor.proposalNoteProperty().map(n -> "Redraft by " + n));
        diff.setId("outreach-proposal-diff");
        diff.getStyleClass().add("word-diff");
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(120);
        Button use = new Button("Use this version");
        use.setId("outreach-use-proposal");
        use.getStyleClass().add("accent");
        use.setOnAction(e -> editor.acceptProposal());
        Button discard = new Button("Discard");
        discard.setId("outreach-discard-proposal");
        discard.setOnAction(e -> editor.discardProposal());
        root.getChildren().addAll(heading, scroll, new HBox(8, use, discard));
        root.visibleProperty().bind(editor.proposalProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private void render() {
        diff.getChildren().setAll(editor.proposalDiff().stream().map(ProposalBox::piece).toList());
    }

    private static Text piece(WordDiff.Piece piece) {
        Text text = new Text(piece.text());
        text.getStyleClass().add(switch (piece.kind()) {
            case SAME -> "diff-same";
            case REMOVED -> "diff-removed";
            case ADDED -> "diff-added";
        });
        text.setStrikethrough(piece.kind() == WordDiff.Kind.REMOVED);
        return text;
    }
}
