package com.revops.app.console;

import java.util.List;

import org.controlsfx.control.Notifications;

import com.revops.integrations.alerts.AlertRepository.RaisedAlert;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;

/** ControlsFX notifications for what {@link AlertWatch} noticed: a deal closed (information) or an urgent alert (warning). */
final class AlertPopups {
    static final Duration SHOWN_FOR = Duration.seconds(10);

    private AlertPopups() {
    }

    /** One notification per alert, the newest three at most (a burst from an import would cover the window). */
    static void show(Window owner, List<RaisedAlert> raised, Runnable open) {
        List<RaisedAlert> shown = raised.subList(Math.max(0, raised.size() - 3), raised.size());
        for (RaisedAlert alert : shown) {
            Notifications note = Notifications.create()
                    .owner(owner)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(SHOWN_FOR)
                    .title(title(alert))
                    .text(alert.message() + (alert.action() == null || alert.action().isBlank() ? "" : "\n→ " + alert.action()))
                    .onAction(e -> open.run());
            if ("deal_closed".equals(alert.type())) {
                note.showInformation();
            } else {
                note.showWarning();
            }
        }
    }

    static String title(RaisedAlert alert) {
        return "deal_closed".equals(alert.type()) ? "Deal closed" : "Urgent: " + alert.type().replace('_', ' ');
    }
}
