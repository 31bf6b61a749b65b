package com.revops.integrations.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into parts Telegram accepts (at most 4096 characters each), at line
 * boundaries where possible, never inside an HTML tag or entity.
 */
public final class TelegramMessages {
    public static final int LIMIT = 4096;

    private TelegramMessages() {
    }

    public static List<String> split(String text) {
        return split(text, LIMIT);
    }

    /** Splits into parts of at most {@code limit} characters. */
    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.stripTrailing().split("\n", -1)) {
            for (String piece : longLine(line, limit)) {
                int needed = current.length() == 0 ? piece.length() : current.length() + 1 + piece.length();
                if (needed > limit && current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.toString());
        }
        parts.removeIf(p -> p.isBlank() && parts.size() > 1);
        return parts;
    }

    /** A line longer than the limit, cut at spaces (or anywhere outside markup when it has none). */
    private static List<String> longLine(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = safeCut(rest, limit);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private static int safeCut(String text, int limit) {
        int space = text.lastIndexOf(' ', limit);
        int cut = space > limit / 2 ? space : limit;
        // step back out of a tag or an entity
        int open = text.lastIndexOf('<', cut - 1);
        if (open >= 0 && text.indexOf('>', open) >= cut) {
            cut = open;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp <= 8 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return Math.max(1, cut);
    }
}
