package com.revops.integrations.outreach;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;

import com.revops.domain.common.Stage;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.contacts.Interaction;
import com.revops.integrations.db.SqlTime;

/** The queue's lists: pending items with their cards, items due for the worker, today's counts. */
final class QueueListings {
    private static final int LAST_INTERACTIONS = 3;

    private static final String WITH_CONTACT_AND_JOB = "SELECT " + QueueRows.COLUMNS + """
            , c.name AS c_name, c.handle AS c_handle, c.platform AS c_platform, c.stage AS c_stage, c.score AS c_score,
              c.niche AS c_niche, c.offer_tag AS c_offer,
              j.job_id AS j_job_id, j.title AS j_title, j.budget_usd AS j_budget, j.url AS j_url, j.client_name AS j_client
              FROM actp_outreach_queue q
              LEFT JOIN crm_contacts c ON c.id = q.contact_id
              LEFT JOIN actp_upwork_jobs j ON j.id = q.upwork_job_id
            """;

    private QueueListings() {
    }

    /** Pending items, oldest first within each channel; every channel present (possibly empty), LinkedIn, DMs, Upwork. */
    static Map<OutreachChannel, List<PendingItem>> pendingByChannel(Handle h) {
        List<Row> rows = h.createQuery(WITH_CONTACT_AND_JOB + " WHERE q.status = 'pending' ORDER BY q.created_at, q.id")
                .map((rs, ctx) -> row(rs))
                .list();
        Map<UUID, List<Interaction>> recent = lastInteractions(h, rows.stream()
                .map(r -> r.item().contactId()).flatMap(Optional::stream).distinct().toList());
        Map<OutreachChannel, List<PendingItem>> byChannel = new EnumMap<>(OutreachChannel.class);
        for (OutreachChannel channel : OutreachChannel.values()) {
            byChannel.put(channel, new ArrayList<>());
        }
        for (Row r : rows) {
            Optional<ContactCard> card = r.contact().map(c -> new ContactCard(c.contactId(), c.name(), c.handle(), c.platform(),
                    r.stage().orElse(Stage.COLD), r.score(), r.niche(), r.offer(), recent.getOrDefault(c.contactId(), List.of())));
            byChannel.get(r.item().channel()).add(new PendingItem(r.item(), card, r.job()));
        }
        Map<OutreachChannel, List<PendingItem>> result = new LinkedHashMap<>();
        byChannel.forEach((channel, items) -> result.put(channel, List.copyOf(items)));
        return result;
    }

    /** Approved (or needing no approval) and not sent, due by {@code asOf}; oldest approval first. */
    static List<OutgoingItem> outgoing(Handle h, Instant asOf) {
        return h.createQuery(WITH_CONTACT_AND_JOB + """
                         WHERE (q.status = 'approved' OR (q.status = 'pending' AND NOT q.approval_required))
                           AND (q.scheduled_at IS NULL OR q.scheduled_at <= :asOf)
                         ORDER BY coalesce(q.approved_at, q.created_at), q.created_at, q.id""")
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> row(rs))
                .map(r -> new OutgoingItem(r.item(), r.contact(), r.job()))
                .list();
    }

    /** Items per channel sent in [from, to], and approved in [from, to] but not sent yet. */
    static Counts counts(Handle h, Instant from, Instant to) {
        Map<OutreachChannel, Long> sent = new EnumMap<>(OutreachChannel.class);
        Map<OutreachChannel, Long> waiting = new EnumMap<>(OutreachChannel.class);
        h.createQuery("""
                        SELECT channel, platform, action,
                               count(*) FILTER (WHERE status = 'sent' AND sent_at BETWEEN :from AND :to) AS sent,
                               count(*) FILTER (WHERE status = 'approved' AND approved_at BETWEEN :from AND :to) AS waiting
                          FROM actp_outreach_queue
                         WHERE (status = 'sent' AND sent_at BETWEEN :from AND :to)
                            OR (status = 'approved' AND approved_at BETWEEN :from AND :to)
                         GROUP BY 1, 2, 3""")
                .bind("from", SqlTime.bind(from))
                .bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> new ChannelCount(
                        OutreachChannel.of(rs.getString("channel"), rs.getString("platform"), rs.getString("action")),
                        rs.getLong("sent"), rs.getLong("waiting")))
                .forEach(c -> {
                    sent.merge(c.channel(), c.sent(), Long::sum);
                    waiting.merge(c.channel(), c.waiting(), Long::sum);
                });
        return new Counts(sent, waiting);
    }

    record Counts(Map<OutreachChannel, Long> sent, Map<OutreachChannel, Long> waiting) {
    }

    private record ChannelCount(OutreachChannel channel, long sent, long waiting) {
    }

    /** The last 3 interactions of each contact, newest first. */
    private static Map<UUID, List<Interaction>> lastInteractions(Handle h, List<UUID> contacts) {
        Map<UUID, List<Interaction>> recent = new HashMap<>();
        if (contacts.isEmpty()) {
            return recent;
        }
        h.createQuery("""
                        SELECT id, contact_id, type, content, platform, created_at FROM (
                            SELECT i.*, row_number() OVER (PARTITION BY contact_id ORDER BY created_at DESC, id) AS n
                              FROM actp_interactions i WHERE contact_id = ANY(:contacts)) x
                         WHERE n <= :last ORDER BY contact_id, created_at DESC, id""")
                .bindArray("contacts", UUID.class, contacts)
                .bind("last", LAST_INTERACTIONS)
                .map((rs, ctx) -> Map.entry(rs.getObject("contact_id", UUID.class), interaction(rs)))
                .forEach(e -> recent.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return recent;
    }

    static Interaction interaction(ResultSet rs) throws SQLException {
        return new Interaction(rs.getObject("id", UUID.class), rs.getString("type"), Optional.ofNullable(rs.getString("content")),
                Optional.ofNullable(rs.getString("platform")), SqlTime.read(rs, "created_at").orElseThrow());
    }

    private static Row row(ResultSet rs) throws SQLException {
        OutreachItem item = QueueRows.item(rs);
        Optional<OutgoingItem.Recipient> contact = Optional.empty();
        if (item.contactId().isPresent()) {
            contact = Optional.of(new OutgoingItem.Recipient(item.contactId().get(), Optional.ofNullable(rs.getString("c_name")),
                    Optional.ofNullable(rs.getString("c_handle")), Optional.ofNullable(rs.getString("c_platform"))));
        }
        Optional<UpworkJobCard> job = Optional.empty();
        if (item.upworkJobId().isPresent()) {
            job = Optional.of(new UpworkJobCard(item.upworkJobId().get(), Optional.ofNullable(rs.getString("j_job_id")),
                    Optional.ofNullable(rs.getString("j_title")), Optional.ofNullable(rs.getBigDecimal("j_budget")),
                    Optional.ofNullable(rs.getString("j_url")), Optional.ofNullable(rs.getString("j_client"))));
        }
        return new Row(item, contact, job, Stage.fromCode(rs.getString("c_stage")), Optional.ofNullable(rs.getBigDecimal("c_score")),
                Optional.ofNullable(rs.getString("c_niche")), Optional.ofNullable(rs.getString("c_offer")));
    }

    private record Row(OutreachItem item, Optional<OutgoingItem.Recipient> contact, Optional<UpworkJobCard> job,
                       Optional<Stage> stage, Optional<BigDecimal> score, Optional<String> niche, Optional<String> offer) {
    }
}
