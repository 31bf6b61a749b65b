package com.revops.integrations.alerts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertInputs;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.integrations.db.SqlTime;

/** The SQL aggregates the alert rules read, and the alert log that keeps each alert to once a day. */
public final class AlertRepository {
    private final Jdbi jdbi;

    public AlertRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Emails sent in [from, to) and how many of them have a reply. */
    public long[] sendsAndReplies(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) AS sends, count(replied_at) AS replies FROM actp_email_sends
                         WHERE sent_at >= :from AND sent_at < :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> new long[] {rs.getLong("sends"), rs.getLong("replies")})
                .one());
    }

    public Optional<Instant> lastTransition(Instant asOf) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(transitioned_at) AS last FROM actp_stage_transitions WHERE transitioned_at <= :asOf")
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> SqlTime.read(rs, "last"))
                .one());
    }

    /** Contacts in the decision stage now, with their last interaction and deal value. */
    public List<AlertInputs.DecisionContact> decisionContacts(OfferCatalog catalog) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT coalesce(name, handle, external_id, id::text) AS name, coalesce(external_id, left(id::text, 8)) AS ref,
                               last_interaction_at, offer_tag
                          FROM crm_contacts WHERE stage = 'decision'
                         ORDER BY last_interaction_at NULLS FIRST, name""")
                .map((rs, ctx) -> new AlertInputs.DecisionContact(rs.getString("name") + " (" + rs.getString("ref") + ")",
                        rs.getString("name"), SqlTime.read(rs, "last_interaction_at"),
                        catalog.dealValue(Optional.ofNullable(rs.getString("offer_tag")))))
                .list());
    }

    /** Paying users of the latest funnel snapshot at or before {@code day} and of the one before it. */
    public PayingUsers payingUsers(LocalDate day) {
        List<Long> values = jdbi.withHandle(h -> h.createQuery("""
                        SELECT paying_users FROM actp_funnel_snapshots
                         WHERE snapshot_date <= :day AND paying_users IS NOT NULL
                         ORDER BY snapshot_date DESC LIMIT 2""")
                .bind("day", day).mapTo(Long.class).list());
        return new PayingUsers(values.isEmpty() ? Optional.empty() : Optional.of(values.get(0)),
                values.size() < 2 ? Optional.empty() : Optional.of(values.get(1)));
    }

    /**
     * Records an alert for its day, to go out as its own message; returns false when the same type + subject
     * already reached the operator that day — as a message or in the brief (the once-a-day rule of SPEC §4).
     */
    public boolean record(Alert alert, LocalDate day, Instant at) {
        return record(alert, day, at, "message");
    }

    /** Records the alerts the morning brief carried, so no separate message repeats them that day; returns those new to the day. */
    public List<Alert> recordCarriedByBrief(List<Alert> alerts, LocalDate day, Instant at) {
        return alerts.stream().filter(a -> record(a, day, at, "brief")).toList();
    }

    /** "type|subject" of every alert that reached the operator on {@code day}. */
    public java.util.Set<String> deliveredOn(LocalDate day) {
        return new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT alert_type || '|' || subject FROM revops_alerts WHERE alert_day = :day")
                .bind("day", day).mapTo(String.class).list()));
    }

    public static String key(Alert alert) {
        return alert.type().code() + "|" + alert.subject();
    }

    private boolean record(Alert alert, LocalDate day, Instant at, String deliveredBy) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO revops_alerts (alert_type, subject, alert_day, severity, message, action, raised_at, delivered_by)
                        VALUES (:type, :subject, :day, :severity, :message, :action, :at, :by)
                        ON CONFLICT (alert_type, subject, alert_day) DO NOTHING""")
                .bind("type", alert.type().code()).bind("subject", alert.subject()).bind("day", day)
                .bind("severity", alert.severity().code()).bind("message", alert.message()).bind("action", alert.action())
                .bind("at", SqlTime.bind(at)).bind("by", deliveredBy)
                .execute() > 0);
    }

    /** Alerts raised in the last {@code window} and not acknowledged, newest first. */
    public List<RaisedAlert> open(Instant asOf, Duration window) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, alert_type, subject, severity, message, action, raised_at FROM revops_alerts
                         WHERE acknowledged_at IS NULL AND raised_at > :from AND raised_at <= :asOf
                         ORDER BY CASE severity WHEN 'urgent' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, raised_at DESC""")
                .bind("from", SqlTime.bind(asOf.minus(window))).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new RaisedAlert(rs.getLong("id"), rs.getString("alert_type"), rs.getString("subject"),
                        rs.getString("severity"), rs.getString("message"), rs.getString("action"),
                        SqlTime.read(rs, "raised_at").orElseThrow()))
                .list());
    }

    /** The newest alert's id (0 when there is none): where a watcher starts. */
    public long latestId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM revops_alerts").mapTo(Long.class).one());
    }

    /**
     * Alerts the operator should hear about at once, raised after {@code afterId}, oldest first: every
     * {@code deal_closed} and every urgent alert (the console's notifications).
     */
    public List<RaisedAlert> notifiableAfter(long afterId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, alert_type, subject, severity, message, action, raised_at FROM revops_alerts
                         WHERE id > :after AND (alert_type = 'deal_closed' OR severity = 'urgent')
                         ORDER BY id LIMIT 20""")
                .bind("after", afterId)
                .map((rs, ctx) -> new RaisedAlert(rs.getLong("id"), rs.getString("alert_type"), rs.getString("subject"),
                        rs.getString("severity"), rs.getString("message"), rs.getString("action"),
                        SqlTime.read(rs, "raised_at").orElseThrow()))
                .list());
    }

    public void acknowledge(long id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE revops_alerts SET acknowledged_at = :at WHERE id = :id")
                .bind("at", SqlTime.bind(at)).bind("id", id).execute());
    }

    /** Paying users in the latest funnel snapshot and in the one before it. */
    public record PayingUsers(Optional<Long> latest, Optional<Long> previous) {
    }

    /** An alert from the log. */
    public record RaisedAlert(long id, String type, String subject, String severity, String message, String action, Instant raisedAt) {
    }

}
