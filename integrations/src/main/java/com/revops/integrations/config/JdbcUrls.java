package com.revops.integrations.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.revops.domain.common.InvalidInputException;

/** Normalises and redacts PostgreSQL connection strings. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@]+):[^@/]*@");
    private static final Pattern SCHEME = Pattern.compile("((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*)://");
    private static final java.util.Set<String> POSTGRES_SCHEMES = java.util.Set.of("jdbc:postgresql", "postgresql", "postgres");
    /** host (name, IPv4 or [IPv6]) or several host:port pairs, then an optional /database and ?parameters. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?(?:,(?:[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?)*"
                    + "(?:/[^\\s/?#]*)?(?:\\?\\S*)?");
    private static final String FORMS = "(jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db)";

    private JdbcUrls() {
    }

    /**
     * Accepts the forms an operator copies from a provider's dashboard:
     * {@code jdbc:postgresql://host/db}, {@code postgresql://user:pw@host:5432/db} or
     * {@code postgres://…} and returns a JDBC URL. User and password embedded in a URI are kept
     * out of the URL and returned by {@link #userInfo(String)}.
     */
    public static String toJdbc(String url) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:")) {
            return trimmed;
        }
        String rest;
        if (trimmed.startsWith("postgresql://")) {
            rest = trimmed.substring("postgresql://".length());
        } else if (trimmed.startsWith("postgres://")) {
            rest = trimmed.substring("postgres://".length());
        } else {
            return "jdbc:postgresql://" + trimmed;
        }
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String hostPart = at >= 0 ? rest.substring(at + 1) : rest;
        return "jdbc:postgresql://" + hostPart;
    }

    /**
     * Checks that {@code url} names a PostgreSQL database in one of the forms {@link #toJdbc} accepts;
     * throws {@link InvalidInputException} naming {@code variable} otherwise (another database's URL, or
     * not a URL at all). Never repeats a password.
     */
    public static void check(String variable, String url) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:") && !trimmed.startsWith("jdbc:postgresql://") && !trimmed.matches(".*\\s.*")) {
            return; // jdbc:postgresql:database (the driver's short form)
        }
        Matcher scheme = SCHEME.matcher(trimmed);
        String rest;
        if (scheme.lookingAt()) {
            String name = scheme.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!POSTGRES_SCHEMES.contains(name)) {
                String product = name.startsWith("jdbc:") ? name.substring(5) : name;
                throw new InvalidInputException(variable, "is a " + product + " URL; RevOps needs PostgreSQL 14+ " + FORMS);
            }
            rest = trimmed.substring(scheme.end());
        } else {
            rest = trimmed;
        }
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String address = at >= 0 ? rest.substring(at + 1) : rest;
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException(variable, "'" + redact(trimmed) + "' is not a PostgreSQL URL " + FORMS);
        }
    }

    /** {@code [user, password]} embedded in a {@code postgresql://user:pw@host} URI, or nulls. */
    public static String[] userInfo(String url) {
        String trimmed = url.trim();
        int scheme = trimmed.indexOf("://");
        if (trimmed.startsWith("jdbc:") || scheme < 0) {
            return new String[] {null, null};
        }
        String rest = trimmed.substring(scheme + 3);
        int slash = rest.indexOf('/');
        int at = rest.lastIndexOf('@', slash < 0 ? rest.length() : slash);
        if (at < 0) {
            return new String[] {null, null};
        }
        String info = rest.substring(0, at);
        int colon = info.indexOf(':');
        String user = colon < 0 ? info : info.substring(0, colon);
        String password = colon < 0 ? null : info.substring(colon + 1);
        return new String[] {decode(user), password == null ? null : decode(password)};
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The URL with any password removed, safe for logs and messages. */
    public static String redact(String url) {
        String noParam = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USERINFO.matcher(noParam).replaceAll("$1:***@");
    }
}
