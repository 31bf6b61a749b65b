package com.revops.app.console.email;

import java.util.Optional;

import com.revops.integrations.email.EmailSequence;
import com.revops.integrations.email.SendCounts;

/** A line of the sequences table: a sequence with all its steps together, or one of its steps. */
public record EmailRow(String sequence, String trigger, String active, String step, SendCounts counts, boolean isSequence, java.util.UUID sequenceId,
                       boolean sending) {

    static EmailRow of(EmailSequence s) {
        return new EmailRow(s.name(), s.trigger().orElse("—"), s.sending() ? "sending" : "off",
                "trigger " + s.trigger().orElse("—") + " · " + s.steps().size() + " step" + (s.steps().size() == 1 ? "" : "s"),
                s.total(), true, s.id(), s.sending());
    }

    static EmailRow of(EmailSequence s, EmailSequence.Step step) {
        return new EmailRow(s.name(), "", "", "   " + step.number() + ". " + step.description(), step.counts(), false, s.id(), s.sending());
    }

    public Optional<java.math.BigDecimal> openRate() {
        return counts.openRate();
    }

    public Optional<java.math.BigDecimal> clickRate() {
        return counts.clickRate();
    }

    public Optional<java.math.BigDecimal> replyRate() {
        return counts.replyRate();
    }
}
