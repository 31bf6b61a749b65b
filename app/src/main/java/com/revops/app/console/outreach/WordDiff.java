package com.revops.app.console.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two versions of a message, for showing an AI redraft against the current
 * text: the longest common subsequence of words stays, the rest is removed (old) or added (new).
 * Words compare without the blanks before them; each piece keeps its own blanks and line breaks.
 */
public final class WordDiff {
    /** Above this many word pairs the diff is not worth computing: the whole text is shown replaced. */
    static final long MAX_CELLS = 4_000_000L;
    private static final Pattern WORD = Pattern.compile("\\s*\\S+|\\s+$");

    private WordDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words of one kind, with the whitespace that goes before each word. */
    public record Piece(Kind kind, String text) {
    }

    public static List<Piece> between(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        int n = old.size();
        int m = now.size();
        List<Piece> pieces = new ArrayList<>();
        if ((long) n * m > MAX_CELLS) {
            old.forEach(w -> add(pieces, Kind.REMOVED, w));
            now.forEach(w -> add(pieces, Kind.ADDED, w));
            return pieces;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(old.get(i), now.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(old.get(i), now.get(j))) {
                add(pieces, Kind.SAME, now.get(j));
                i++;
                j++;
            } else if (j == m || i < n && common[i + 1][j] >= common[i][j + 1]) {
                add(pieces, Kind.REMOVED, old.get(i++));
            } else {
                add(pieces, Kind.ADDED, now.get(j++));
            }
        }
        return pieces;
    }

    /** Words with the blanks before them; blanks at the very end are dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void add(List<Piece> pieces, Kind kind, String word) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + word));
        } else {
            pieces.add(new Piece(kind, word));
        }
    }
}
