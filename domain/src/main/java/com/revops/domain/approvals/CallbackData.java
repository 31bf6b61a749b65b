package com.revops.domain.approvals;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The payload of a button in the approval chat, before its signature: the action, its subject
 * (an item or campaign id in 22 URL-safe base64 characters, or a decimal row id), the version of
 * the subject the button was made for (an {@link com.revops.domain.outreach.ItemFingerprint}, or
 * the audit entry an undo reverts) and when the button stops working. Written as
 * {@code <action><subject>.<version>.<expiry in base-36 epoch seconds>}; {@link CallbackSigner}
 * appends the signature. Telegram allows 64 bytes of callback data in all.
 */
public record CallbackData(ChatAction action, String subject, String version, Instant expires) {
    /** Telegram's limit for callback_data (InlineKeyboardButton: 1-64 bytes). */
    public static final int MAX_BYTES = 64;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,22}");

    public CallbackData {
        if (action == null || expires == null) {
            throw new IllegalArgumentException("a button needs an action and an expiry");
        }
        if (subject == null || !TOKEN.matcher(subject).matches() || version == null || !TOKEN.matcher(version).matches()) {
            throw new IllegalArgumentException("subject and version must be 1-22 URL-safe characters");
        }
    }

    /** The 22-character form of a uuid (its 16 bytes in URL-safe base64). */
    public static String compact(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The uuid of a 22-character subject; empty when it is not one. */
    public static Optional<UUID> uuid(String compact) {
        if (compact == null || compact.length() != 22) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(compact));
            return Optional.of(new UUID(bytes.getLong(), bytes.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<UUID> subjectId() {
        return uuid(subject);
    }

    /** The subject as a row id (digests, edits); empty when it is not a number. */
    public Optional<Long> subjectNumber() {
        return number(subject);
    }

    /** The version as a number (the audit entry an undo reverts); empty when it is not one. */
    public Optional<Long> versionNumber() {
        return number(version);
    }

    /** What is signed and sent before the signature. */
    String payload() {
        return action.code() + subject + "." + version + "." + Long.toString(expires.getEpochSecond(), 36);
    }

    /** Reads a payload written by {@link #payload()}; empty when it is not one. */
    static Optional<CallbackData> parse(String payload) {
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 3 || parts[0].length() < 2) {
            return Optional.empty();
        }
        Optional<ChatAction> action = ChatAction.fromCode(parts[0].charAt(0));
        Optional<Long> expiry = base36(parts[2]);
        String subject = parts[0].substring(1);
        if (action.isEmpty() || expiry.isEmpty() || !TOKEN.matcher(subject).matches() || !TOKEN.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CallbackData(action.get(), subject, parts[1], Instant.ofEpochSecond(expiry.get())));
    }

    private static Optional<Long> base36(String text) {
        if (text.isEmpty() || text.length() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text, 36));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String text) {
        if (!text.chars().allMatch(Character::isDigit) || text.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
