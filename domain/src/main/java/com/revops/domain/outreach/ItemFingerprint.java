package com.revops.domain.outreach;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * An outreach item as the operator saw it when deciding from a distance (a button in the chat):
 * its status and text to send, reduced to 8 characters (the first 48 bits of their SHA-256). A
 * decision that carries it is applied only while the item is still exactly as seen; otherwise
 * nothing changes ({@link OutreachItemChangedException}).
 */
public record ItemFingerprint(String value) {
    private static final int BYTES = 6;

    public ItemFingerprint {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a fingerprint needs a value");
        }
    }

    public static ItemFingerprint of(OutreachItem item) {
        return of(item.status().code() + "\n" + item.textToSend());
    }

    /** The fingerprint of any text (for the parts of a decision that are not an item, e.g. a proposed edit). */
    public static ItemFingerprint of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new ItemFingerprint(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, BYTES)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean matches(OutreachItem item) {
        return value.equals(of(item).value());
    }

    /** Throws, changing nothing, when {@code item} is no longer as it was seen. */
    public void check(OutreachItem item) {
        if (!matches(item)) {
            throw new OutreachItemChangedException(item.id(), item.status().code() + ", not as it was shown");
        }
    }
}
