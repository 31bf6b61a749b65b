package com.revops.integrations.email;

import java.time.Instant;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The operator's switch for a sequence (Email screen): activating it here is what lets the sender
 * send it — from that moment on, to contacts triggered from then on; pausing stops it. A sequence is
 * never sending by default (V14 makes new ones inactive; an old {@code active} flag without an
 * activation here does not send).
 */
public final class EmailSequenceActivation {
    private final Jdbi jdbi;

    public EmailSequenceActivation(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void activate(UUID sequence, Instant at) {
        change(sequence, "UPDATE actp_email_sequences SET active = true, activated_at = :at WHERE id = :id", at);
    }

    public void pause(UUID sequence, Instant at) {
        change(sequence, "UPDATE actp_email_sequences SET active = false, activated_at = NULL WHERE id = :id", at);
    }

    private void change(UUID sequence, String sql, Instant at) {
        if (sequence == null) {
            throw new InvalidInputException("sequence", "choose a sequence first");
        }
        int changed = DatabaseErrors.inTransaction(jdbi, "Switching an email sequence", h -> h.createUpdate(sql)
                .bind("id", sequence).bind("at", SqlTime.bind(at)).execute());
        if (changed != 1) {
            throw new InvalidInputException("sequence", "no sequence with id " + sequence);
        }
    }
}
