package com.revops.integrations.approvals;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import com.revops.domain.approvals.CallbackSigner;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.secrets.ServiceCredentials;

/**
 * The install's own secret that signs the approval chat's buttons (decision 0050): 256 random bits,
 * kept with the other secrets (the OS keychain, else the owner-only file), made the first time a
 * digest is sent. {@code REVOPS_TELEGRAM_APPROVAL_SECRET} overrides it — for two copies of the app on
 * different machines sharing one database, which must sign alike. Losing it only voids the buttons
 * already sent; the next digest makes a new one.
 */
public final class ApprovalSecret {
    /** The secret's name in the secret store; its environment variable is REVOPS_TELEGRAM_APPROVAL_SECRET. */
    public static final String NAME = "telegram.approval_secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApprovalSecret() {
    }

    /** The secret to check buttons with; empty while none was made (then no button can be valid). */
    public static Optional<byte[]> forChecking(ServiceCredentials credentials) {
        return credentials.get(NAME).map(ApprovalSecret::decode);
    }

    /**
     * The secret to sign buttons with, made and stored on first use. In a dry run a missing secret is
     * made up for the run and not stored (nothing is written, nothing is sent).
     */
    public static byte[] forSigning(ServiceCredentials credentials, boolean dryRun) {
        Optional<byte[]> stored = forChecking(credentials);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[CallbackSigner.MIN_SECRET_BYTES];
        RANDOM.nextBytes(fresh);
        if (dryRun) {
            return fresh;
        }
        credentials.store().put(NAME, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh));
        // read back: when two processes made one at once, both sign with the one that was kept
        return forChecking(credentials).orElse(fresh);
    }

    private static byte[] decode(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text.strip());
            if (bytes.length >= CallbackSigner.MIN_SECRET_BYTES) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException(ServiceCredentials.envName(NAME), "must be at least " + CallbackSigner.MIN_SECRET_BYTES
                + " bytes in URL-safe base64 (e.g. the output of: openssl rand -base64 32 | tr '+/' '-_' | tr -d '=')");
    }
}
