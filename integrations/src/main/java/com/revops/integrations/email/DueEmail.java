package com.revops.integrations.email;

import java.util.Optional;
import java.util.UUID;

/** One step of an active sequence that is due for one contact, with the key that makes its send happen once. */
record DueEmail(UUID sequenceId, String sequence, int step, UUID contactId, String email, String firstName, Optional<String> subject,
                Optional<String> text, Optional<String> html, String idempotencyKey) {

    String fill(String template) {
        return template.replace("{first}", firstName).replace("{name}", firstName);
    }
}
