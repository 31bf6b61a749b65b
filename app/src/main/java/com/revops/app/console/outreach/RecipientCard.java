package com.revops.app.console.outreach;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.Navigator;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.Facts;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.StatusLine;
import com.revops.integrations.contacts.Interaction;
import com.revops.integrations.outreach.ContactCard;
import com.revops.integrations.outreach.PendingItem;
import com.revops.integrations.outreach.UpworkJobCard;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Beside the message: who it goes to (stage, score, niche, offer, last interactions) or the Upwork job (title, budget, link). */
final class RecipientCard {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private final VBox box = new VBox(10);
    private final ScrollPane root = new ScrollPane(box);
    private final ZoneId zone;
    private final Navigator navigator;
    private final StatusLine status;

    RecipientCard(ZoneId zone, Navigator navigator, StatusLine status) {
        this.zone = zone;
        this.navigator = navigator;
        this.status = status;
        box.getStyleClass().add("recipient-card");
        box.setId("outreach-recipient");
        root.setFitToWidth(true);
        root.getStyleClass().add("recipient-scroll");
    }

    Node node() {
        return root;
    }

    void show(PendingItem pending) {
        box.getChildren().clear();
        if (pending == null) {
            return;
        }
        pending.contact().ifPresent(this::contact);
        pending.job().ifPresent(this::job);
        if (pending.contact().isEmpty() && pending.job().isEmpty()) {
            box.getChildren().add(Headings.hint("No contact or Upwork job is attached to this item."));
        }
    }

    private void contact(ContactCard c) {
        Label name = new Label(c.name().or(c::handle).orElse("Unnamed contact"));
        name.getStyleClass().add("card-name");
        name.setWrapText(true);
        name.setId("recipient-name");
        String where = c.handle().orElse("") + c.platform().map(p -> (c.handle().isPresent() ? " on " : "") + p).orElse("");
        GridPane facts = facts();
        Facts.row(facts, 0, "Stage", c.stage().label());
        Facts.row(facts, 1, "Score", c.score().map(BigDecimal::toPlainString).orElse("—"));
        Facts.row(facts, 2, "Niche", c.niche().orElse("—"));
        Facts.row(facts, 3, "Offer", c.offer().orElse("—"));
        Label recent = new Label("Last interactions");
        recent.getStyleClass().add("card-section");
        VBox timeline = new VBox(6);
        timeline.setId("recipient-interactions");
        c.lastInteractions().forEach(i -> timeline.getChildren().add(interaction(i)));
        if (c.lastInteractions().isEmpty()) {
            timeline.getChildren().add(Headings.hint("No interactions yet — this would be the first touch."));
        }
        box.getChildren().addAll(name, Headings.hint(where), facts, recent, timeline);
        c.name().or(c::handle).ifPresent(n -> {
            Hyperlink open = new Hyperlink("Open in Contacts");
            open.setId("recipient-open-contact");
            open.setOnAction(e -> navigator.show(ScreenId.CONTACTS, Optional.of(n)));
            box.getChildren().add(open);
        });
    }

    private void job(UpworkJobCard j) {
        Label heading = new Label("Upwork job");
        heading.getStyleClass().add("card-section");
        Label title = new Label(j.title().orElse("Untitled job"));
        title.getStyleClass().add("card-name");
        title.setWrapText(true);
        title.setId("recipient-job-title");
        GridPane facts = facts();
        Facts.row(facts, 0, "Budget", j.budgetUsd().map(Formats::moneyCents).orElse("not stated"));
        Facts.row(facts, 1, "Client", j.clientName().orElse("—"));
        Facts.row(facts, 2, "Job id", j.jobId().orElse("—"));
        box.getChildren().addAll(heading, title, facts);
        j.url().ifPresent(url -> {
            Hyperlink link = new Hyperlink(url);
            link.setId("recipient-job-link");
            link.setWrapText(true);
            link.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(url);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                status.say("Copied the job's link — paste it in your browser: " + url);
            });
            box.getChildren().addAll(link, Headings.hint("Click the link to copy it."));
        });
    }

    private Node interaction(Interaction i) {
        Label when = new Label(WHEN.format(i.at().atZone(zone)) + " · " + i.type().replace('_', ' ')
                + i.platform().map(p -> " · " + p).orElse(""));
        when.getStyleClass().add("interaction-when");
        Label what = new Label(i.content().orElse(""));
        what.setWrapText(true);
        what.getStyleClass().add("interaction-content");
        what.setMaxHeight(54);
        return new VBox(1, when, what);
    }

    private static GridPane facts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("card-facts");
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        return grid;
    }
}
