package com.revops.integrations.outreach;

import java.time.Instant;

import org.jdbi.v3.core.Handle;

import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.db.SqlTime;

/**
 * What a sent item leaves behind besides its own row, in the same transaction: the message in the
 * contact's timeline (and its {@code last_interaction_at}), or the Upwork job marked submitted with
 * the proposal as sent.
 */
final class SentOutreach {
    private SentOutreach() {
    }

    static void record(Handle h, OutreachItem item, Instant at) {
        item.contactId().ifPresent(contact -> {
            h.createUpdate("""
                            INSERT INTO actp_interactions (contact_id, type, content, platform, created_at)
                            VALUES (:contact, :type, :content, :platform, :at)""")
                    .bind("contact", contact)
                    .bind("type", interactionType(item))
                    .bind("content", item.textToSend())
                    .bind("platform", item.platform().orElse(null))
                    .bind("at", SqlTime.bind(at))
                    .execute();
            h.createUpdate("""
                            UPDATE crm_contacts SET last_interaction_at = greatest(last_interaction_at, :at)
                             WHERE id = :contact""")
                    .bind("contact", contact)
                    .bind("at", SqlTime.bind(at))
                    .execute();
        });
        item.upworkJobId().ifPresent(job -> h.createUpdate("""
                        UPDATE actp_upwork_jobs SET status = 'submitted', proposal_text = :text
                         WHERE id = :job AND (status IS NULL OR status IN ('new', 'proposal_drafted'))""")
                .bind("job", job)
                .bind("text", item.textToSend())
                .execute());
    }

    /** The timeline's names, as the worker and the demo data use them. */
    static String interactionType(OutreachItem item) {
        if (item.channel() == OutreachChannel.UPWORK) {
            return "upwork_proposal";
        }
        return item.action().toLowerCase(java.util.Locale.ROOT).contains("connect") ? "linkedin_connect" : "dm_sent";
    }
}
