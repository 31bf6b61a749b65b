package com.revops.domain.alerts;

import java.util.Locale;

import com.revops.domain.common.Html;

/** An alert as a Telegram message (HTML, dynamic values escaped). */
public final class AlertText {
    private AlertText() {
    }

    public static String render(Alert alert) {
        if (alert.type() == AlertType.DEAL_CLOSED) {
            return "🎉 <b>" + Html.escape(alert.message()) + "</b>\nAction: " + Html.escape(alert.action());
        }
        String icon = switch (alert.severity()) {
            case URGENT -> "🚨";
            case WARNING -> "⚠️";
            case INFO -> "ℹ️";
        };
        String title = alert.type().code().replace('_', ' ');
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        StringBuilder b = new StringBuilder();
        b.append(icon).append(' ');
        b.append("<b>").append(Html.escape(title)).append("</b>");
        if (alert.severity() == Severity.URGENT) {
            b.append(" (").append(alert.severity().name().toLowerCase(Locale.ROOT)).append(')');
        }
        b.append('\n').append(Html.escape(alert.message()));
        b.append("\nAction: ").append(Html.escape(alert.action()));
        return b.toString();
    }
}
