package com.revops.integrations.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The search of the Contacts screen as SQL: every word of the query must occur in the contact's
 * name, handle, email, niche or tags (case-insensitive, anywhere in them; a leading {@code @} is
 * ignored). The match runs on {@code revops_contact_search_text(…)}, which migration V6 indexes
 * with pg_trgm. Exact name/handle/email matches come first, then prefix matches, then by score.
 */
final class ContactSearch {
    static final int MAX_WORDS = 8;
    static final String SEARCH_TEXT = "revops_contact_search_text(c.name, c.handle, c.email, c.niche, c.tags)";

    private final List<String> words;

    ContactSearch(String query) {
        String q = query == null ? "" : query.toLowerCase(Locale.ROOT).strip();
        this.words = Arrays.stream(q.split("\\s+"))
                .map(w -> w.startsWith("@") ? w.substring(1) : w)
                .filter(w -> !w.isEmpty())
                .limit(MAX_WORDS)
                .toList();
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    List<String> words() {
        return words;
    }

    /** {@code AND}-ed LIKE conditions, binding {@code :w0}, {@code :w1}, … */
    String where() {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? "" : " AND ").append(SEARCH_TEXT).append(" LIKE :w").append(i);
        }
        return where.toString();
    }

    /** The pattern bound to {@code :w<i>}. */
    String pattern(int i) {
        return "%" + escape(words.get(i)) + "%";
    }

    /** The whole query, for ranking exact matches ({@code :whole}) and prefix matches ({@code :prefix}). */
    String whole() {
        return String.join(" ", words);
    }

    String prefix() {
        return escape(whole()) + "%";
    }

    static final String ORDER = """
            ORDER BY (lower(c.name) = :whole OR lower(ltrim(c.handle, '@')) = :whole OR lower(c.email) = :whole) DESC,
                     (lower(c.name) LIKE :prefix OR lower(ltrim(c.handle, '@')) LIKE :prefix) DESC,
                     c.score DESC NULLS LAST, c.name, c.id""";

    /** LIKE's wildcards and escape character, taken literally. */
    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
