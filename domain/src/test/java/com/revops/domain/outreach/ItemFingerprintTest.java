package com.revops.domain.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ItemFingerprintTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    private static OutreachItem dm(String message) {
        return new OutreachItem(ID, OutreachChannel.DM, "dm_send", Optional.of("instagram"), message, true, Optional.empty(), T0,
                Optional.empty(), Optional.empty(), ApprovalState.drafted());
    }

    @Test
    void isTheFirstFortyEightBitsOfTheStatusAndText() {
        // python3: base64.urlsafe_b64encode(sha256(b"pending\nHi Ada, open to a chat?").digest()[:6]) = Vi_RGI9a
        assertThat(ItemFingerprint.of(dm("Hi Ada, open to a chat?")).value()).isEqualTo("Vi_RGI9a");
    }

    @Test
    void changesWithTheTextOrTheStatusAndRefusesAChangedItem() {
        OutreachItem seen = dm("Hi Ada, open to a chat?");
        ItemFingerprint fingerprint = ItemFingerprint.of(seen);
        OutreachItem edited = seen.edit("Hi Ada — open to a quick chat?");
        OutreachItem approved = seen.approve("operator", T0);

        assertThat(fingerprint.matches(seen)).isTrue();
        assertThat(fingerprint.matches(edited)).isFalse();
        assertThat(fingerprint.matches(approved)).isFalse();
        assertThatThrownBy(() -> fingerprint.check(edited)).isInstanceOf(OutreachItemChangedException.class)
                .hasMessageContaining("was changed meanwhile (it is now pending, not as it was shown)");
    }
}
