package com.revops.app.console.outreach;

import com.revops.domain.outreach.ChannelProgress;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Today's outreach against the daily targets (50 LinkedIn, 20 DMs, 5 Upwork proposals): one progress bar per channel. */
final class ProgressStrip {
    private final HBox root = new HBox(14);
    private final ObservableList<ChannelProgress> progress;

    ProgressStrip(ObservableList<ChannelProgress> progress) {
        this.progress = progress;
        root.getStyleClass().add("progress-strip");
        root.setId("outreach-progress");
        progress.addListener((ListChangeListener<ChannelProgress>) c -> rebuild());
        rebuild();
    }

    HBox node() {
        return root;
    }

    private void rebuild() {
        root.getChildren().setAll(progress.stream().map(ProgressStrip::channel).toList());
    }

    private static VBox channel(ChannelProgress p) {
        Label name = new Label(p.channel().label());
        name.getStyleClass().add("progress-channel");
        Label count = new Label(p.sent() + " / " + p.target() + " sent");
        count.getStyleClass().add("progress-count");
        count.setId("progress-count-" + p.channel().code());
        HBox heading = new HBox(8, name, count);
        ProgressBar bar = new ProgressBar(Math.min(1.0, p.target() == 0 ? 1.0 : (double) p.sent() / p.target()));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(p.targetMet() ? "target-met" : "under-target");
        bar.setId("progress-bar-" + p.channel().code());
        Label detail = new Label(detail(p));
        detail.getStyleClass().add("hint");
        detail.setId("progress-detail-" + p.channel().code());
        VBox box = new VBox(4, heading, bar, detail);
        box.getStyleClass().add("progress-channel-box");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(100);
        return box;
    }

    /** "2 approved, not sent yet · 30 more to approve today", or "… target met". */
    static String detail(ChannelProgress p) {
        String waiting = p.waiting() == 0 ? "" : p.waiting() + " approved, not sent yet · ";
        if (p.targetMet()) {
            return waiting + "target met";
        }
        return waiting + (p.toApprove() == 0 ? "enough approved for today" : p.toApprove() + " more to approve today");
    }
}
