package com.revops.integrations.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;

/** Terse inserts and reads for the outreach queue, its audit log, contacts and interactions. */
public final class OutreachFixtures {
    private final Database db;

    public OutreachFixtures(Database db) {
        this.db = db;
    }

    public UUID contact(String name, String handle, String platform, String stage, String niche, String[] tags) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO crm_contacts (external_id, name, handle, platform, email, stage, niche, offer_tag, score, tags,
                                                  stage_entered_at, first_contact_at)
                        VALUES (:ext, :name, :handle, :platform, :email, :stage, :niche, 'ai_automation', 72.5, :tags,
                                '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z')
                        RETURNING id""")
                .bind("ext", "ext-" + handle).bind("name", name).bind("handle", handle).bind("platform", platform)
                .bind("email", handle.replace("@", "") + "@example.com").bind("stage", stage).bind("niche", niche)
                .bindArray("tags", String.class, (Object[]) tags)
                .mapTo(UUID.class).one());
    }

    /** A pending item drafted at {@code createdAt}. */
    public UUID pending(UUID contact, String channel, String action, String platform, String message, Instant createdAt) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_outreach_queue (contact_id, channel, action, platform, message, status, created_at, updated_at)
                        VALUES (:contact, :channel, :action, :platform, :message, 'pending', :at, :at) RETURNING id""")
                .bind("contact", contact).bind("channel", channel).bind("action", action).bind("platform", platform)
                .bind("message", message).bind("at", SqlTime.bind(createdAt))
                .mapTo(UUID.class).one());
    }

    /**
     * An item in {@code status} approved at {@code approvedAt} (sent ten minutes later when sent), with
     * the audit rows the app writes on the way there, in the same transaction (the database insists).
     */
    public UUID approved(UUID contact, String channel, String action, String platform, String message, String approvedMessage,
                         String status, Instant approvedAt) {
        Instant sentAt = "sent".equals(status) ? approvedAt.plus(Duration.ofMinutes(10)) : null;
        String sentText = approvedMessage == null ? message : approvedMessage;
        return db.jdbi().inTransaction(h -> {
            UUID id = h.createQuery("""
                            INSERT INTO actp_outreach_queue (contact_id, channel, action, platform, message, approved_message, status,
                                        approved_at, approved_by, sent_at, created_at, updated_at)
                            VALUES (:contact, :channel, :action, :platform, :message, :approvedMessage, :status, :approvedAt, 'operator',
                                    :sentAt, :created, :approvedAt) RETURNING id""")
                    .bind("contact", contact).bind("channel", channel).bind("action", action).bind("platform", platform)
                    .bind("message", message).bind("approvedMessage", approvedMessage).bind("status", status)
                    .bind("approvedAt", SqlTime.bind(approvedAt)).bind("sentAt", sentAt == null ? null : SqlTime.bind(sentAt))
                    .bind("created", SqlTime.bind(approvedAt.minus(Duration.ofHours(2))))
                    .mapTo(UUID.class).one();
            audit(h, id, "approve", "operator", "pending", "approved", message, sentText, approvedAt);
            if (!"approved".equals(status)) {
                audit(h, id, "sent".equals(status) ? "mark_sent" : "mark_" + status, "worker", "approved", status, sentText, sentText,
                        sentAt == null ? approvedAt : sentAt);
            }
            return id;
        });
    }

    private static void audit(org.jdbi.v3.core.Handle h, UUID item, String action, String actor, String before, String after,
                              String beforeMessage, String afterMessage, Instant at) {
        h.createUpdate("""
                        INSERT INTO actp_approval_audit (queue_item_id, action, actor, before_status, after_status, before_message,
                                    after_message, created_at)
                        VALUES (:item, :action, :actor, :before, :after, :beforeMessage, :afterMessage, :at)""")
                .bind("item", item).bind("action", action).bind("actor", actor).bind("before", before).bind("after", after)
                .bind("beforeMessage", beforeMessage).bind("afterMessage", afterMessage).bind("at", SqlTime.bind(at)).execute();
    }

    /** An item sent at {@code sentAt} exactly (approved ten minutes before). */
    public UUID sent(String channel, String action, String platform, Instant sentAt) {
        UUID id = approved(null, channel, action, platform, "Hello", null, "sent", sentAt.minus(Duration.ofMinutes(10)));
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE actp_outreach_queue SET sent_at = :at WHERE id = :id")
                .bind("at", SqlTime.bind(sentAt)).bind("id", id).execute());
        return id;
    }

    public UUID upworkJob(String title, String budget, String url) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_upwork_jobs (job_id, title, budget_usd, status, url, client_name)
                        VALUES (:jobId, :title, :budget, 'proposal_drafted', :url, 'Northwind') RETURNING id""")
                .bind("jobId", "~01" + title.hashCode()).bind("title", title).bind("budget", new BigDecimal(budget)).bind("url", url)
                .mapTo(UUID.class).one());
    }

    public UUID proposal(UUID job, String text, Instant createdAt) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_outreach_queue (upwork_job_id, channel, action, platform, message, status, created_at, updated_at)
                        VALUES (:job, 'upwork', 'upwork_proposal', 'upwork', :text, 'pending', :at, :at) RETURNING id""")
                .bind("job", job).bind("text", text).bind("at", SqlTime.bind(createdAt))
                .mapTo(UUID.class).one());
    }

    public void interaction(UUID contact, String type, String content, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_interactions (contact_id, type, content, platform, created_at)
                        VALUES (:contact, :type, :content, 'instagram', :at)""")
                .bind("contact", contact).bind("type", type).bind("content", content).bind("at", SqlTime.bind(at)).execute());
    }

    /** The queue row as a column → value map. */
    public Map<String, Object> row(UUID item) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM actp_outreach_queue WHERE id = :id")
                .bind("id", item).mapToMap().one());
    }

    /** The item's audit rows, oldest first. */
    public List<Map<String, Object>> audit(UUID item) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM actp_approval_audit WHERE queue_item_id = :id ORDER BY id")
                .bind("id", item).mapToMap().list());
    }

    public int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** An instant column of a row map (null when NULL). */
    public static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            return null;
        }
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
