package com.revops.domain.common;

/**
 * Escapes a dynamic value for Telegram's HTML parse mode (and any HTML): a contact named
 * {@code <b>&Co} arrives as text, not markup.
 */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }
}
