package com.revops.domain.approvals;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the buttons of the approval chat (decision 0050). The signature is an
 * HMAC-SHA256 with the install's own secret over the payload and the chat the button was made for,
 * cut to its first 96 bits (16 URL-safe characters) so that the whole callback data fits Telegram's
 * 64 bytes. A button whose data was changed, made with another secret or for another chat, or past
 * its expiry is refused with the reason.
 */
public final class CallbackSigner {
    /** Secrets shorter than this are refused: 256 bits, as HMAC-SHA256 wants. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final int MAC_BYTES = 12;
    private static final String DOMAIN = "revops-approval-v1";

    private final byte[] secret;
    private final String chatId;

    public CallbackSigner(byte[] secret, String chatId) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the approval secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("the chat id is required");
        }
        this.secret = secret.clone();
        this.chatId = chatId.strip();
    }

    /** The callback data of a button: payload, a dot, the signature; at most 64 bytes. */
    public String sign(CallbackData data) {
        String payload = data.payload();
        String signed = payload + "." + mac(payload);
        if (signed.getBytes(StandardCharsets.UTF_8).length > CallbackData.MAX_BYTES) {
            throw new IllegalStateException("callback data of " + signed.length() + " bytes is over Telegram's 64: " + data.action());
        }
        return signed;
    }

    /** Checks a button's data as Telegram delivered it (a bad client can send anything there). */
    public Verdict verify(String callbackData, Instant now) {
        if (callbackData == null || callbackData.isEmpty() || callbackData.length() > CallbackData.MAX_BYTES) {
            return new Verdict.Refused("not a button of this app");
        }
        int dot = callbackData.lastIndexOf('.');
        if (dot < 0) {
            return new Verdict.Refused("not a button of this app");
        }
        String payload = callbackData.substring(0, dot);
        byte[] given = callbackData.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(payload).getBytes(StandardCharsets.US_ASCII))) {
            return new Verdict.Refused("the button's signature does not match: it was not made by this app for this chat,"
                    + " or the approval secret changed since — send the digest again");
        }
        Optional<CallbackData> data = CallbackData.parse(payload);
        if (data.isEmpty()) {
            return new Verdict.Refused("not a button of this app");
        }
        if (now.isAfter(data.get().expires())) {
            return new Verdict.Expired(data.get());
        }
        return new Verdict.Accepted(data.get());
    }

    private String mac(String payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = hmac.doFinal((DOMAIN + "|" + chatId + "|" + payload).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A button's data checked: accepted with its payload, genuine but expired, or refused with the reason. */
    public sealed interface Verdict permits Verdict.Accepted, Verdict.Expired, Verdict.Refused {
        record Accepted(CallbackData data) implements Verdict {
        }

        /** Made by this app, for this chat, but past its expiry: what it asked for is not done. */
        record Expired(CallbackData data) implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }
}
