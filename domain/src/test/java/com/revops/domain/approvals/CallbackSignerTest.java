package com.revops.domain.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CallbackSignerTest {
    private static final byte[] SECRET = "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk".getBytes(StandardCharsets.US_ASCII);
    private static final UUID ITEM = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final Instant EXPIRES = Instant.parse("2026-03-04T08:00:00Z");
    private final CallbackSigner signer = new CallbackSigner(SECRET, "-100777");

    private CallbackData approve() {
        return new CallbackData(ChatAction.APPROVE, CallbackData.compact(ITEM), "Vi_RGI9a", EXPIRES);
    }

    @Test
    void signsInTheDocumentedFormatWithinTelegramsSixtyFourBytes() {
        // worked out with python3 and openssl, not with this code:
        //   uuid 0f8fad5b-… as URL-safe base64 of its 16 bytes            = D4-tW9nLRp-hZXCGdyiVDg
        //   2026-03-04T08:00:00Z = 1772611200 s, in base 36               = tbd7k0
        //   HMAC-SHA256("kk…k" (32×k), "revops-approval-v1|-100777|aD4-tW9nLRp-hZXCGdyiVDg.Vi_RGI9a.tbd7k0"),
        //   first 12 bytes in URL-safe base64                               = U7W1ghs_J8dFbgpj
        String data = signer.sign(approve());

        assertThat(data).isEqualTo("aD4-tW9nLRp-hZXCGdyiVDg.Vi_RGI9a.tbd7k0.U7W1ghs_J8dFbgpj");
        // 1 + 22 + 1 + 8 + 1 + 6 + 1 + 16 = 56 bytes
        assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSize(56);
    }

    @Test
    void acceptsItsOwnButtonUntilItExpires() {
        String data = signer.sign(approve());

        CallbackSigner.Verdict verdict = signer.verify(data, EXPIRES);
        assertThat(verdict).isEqualTo(new CallbackSigner.Verdict.Accepted(approve()));
        assertThat(((CallbackSigner.Verdict.Accepted) verdict).data().subjectId()).contains(ITEM);
        assertThat(signer.verify(data, EXPIRES.plusSeconds(1))).isEqualTo(new CallbackSigner.Verdict.Expired(approve()));
    }

    @Test
    void refusesAnyChangedCharacterAnotherSecretAndAnotherChat() {
        String data = signer.sign(approve());
        Instant now = EXPIRES.minus(Duration.ofHours(1));
        // a reject button forged from an approve button: same signature, other action
        assertThat(signer.verify("r" + data.substring(1), now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
        // a later expiry written in by hand
        assertThat(signer.verify(data.replace(".tbd7k0.", ".zzzzzz."), now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
        // a signature guessed at
        assertThat(signer.verify(data.substring(0, data.length() - 1) + "A", now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] = 'j';
        assertThat(new CallbackSigner(otherSecret, "-100777").verify(data, now))
                .asString().contains("signature does not match");
        assertThat(new CallbackSigner(SECRET, "-100888").verify(data, now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
        assertThat(signer.verify("", now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
        assertThat(signer.verify("garbage", now)).isInstanceOf(CallbackSigner.Verdict.Refused.class);
    }

    @Test
    void theLongestButtonsStillFit() {
        // an undo names the audit entry it reverts: 10 digits → 1 + 22 + 1 + 10 + 1 + 6 + 1 + 16 = 58 bytes
        String undo = signer.sign(new CallbackData(ChatAction.UNDO, CallbackData.compact(ITEM), "9999999999", EXPIRES));
        assertThat(undo.getBytes(StandardCharsets.UTF_8)).hasSize(58);
        assertThat(((CallbackSigner.Verdict.Accepted) signer.verify(undo, EXPIRES)).data().versionNumber()).contains(9_999_999_999L);
        // a version of 22 characters would not fit: refused when signing, never sent
        CallbackData tooLong = new CallbackData(ChatAction.UNDO, CallbackData.compact(ITEM), "1234567890123456789012", EXPIRES);
        assertThatThrownBy(() -> signer.sign(tooLong)).hasMessageContaining("over Telegram's 64");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new CallbackSigner(new byte[16], "-100777")).hasMessageContaining("at least 32 bytes");
    }
}
