package com.revops.integrations.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.RevenueEventType;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.analytics.SyncCounts;

/**
 * Stripe's charges, paid invoices and canceled subscriptions as {@code actp_revenue_events}
 * (source {@code stripe}, {@code external_id} = Stripe's id, so a second pull adds nothing and a
 * refund changes the amount of the event it refunds). Each payment belongs to a contact: the one
 * with its email (any case), else the one created earlier for the same Stripe customer, else a new
 * contact with source {@code stripe} — revenue is never dropped for want of a contact. A new
 * one-off deal moves an open contact to closed_won, as {@code --log-deal} does. Everything is
 * fetched first and written in one transaction: a failing call writes nothing.
 */
public final class StripeRevenue {
    private final Jdbi jdbi;

    public StripeRevenue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Fetches everything from Stripe, then writes it; returns what changed. */
    public SyncCounts pull(StripeClient stripe) {
        return pull(stripe, false);
    }

    /** With {@code dryRun} the writes are made and counted, then rolled back: nothing changes. */
    public SyncCounts pull(StripeClient stripe, boolean dryRun) {
        List<StripePayment> payments = new ArrayList<>(stripe.charges());
        payments.addAll(stripe.paidInvoices());
        payments.addAll(stripe.canceledSubscriptions());
        return write(payments, dryRun);
    }

    public SyncCounts write(List<StripePayment> payments, boolean dryRun) {
        return DatabaseErrors.inTransaction(jdbi, "Saving Stripe revenue", h -> {
            SyncCounts counts = SyncCounts.NONE;
            for (StripePayment p : payments) {
                counts = counts.plus(save(h, p));
            }
            if (dryRun) {
                h.rollback();
            }
            return counts;
        });
    }

    private SyncCounts save(Handle h, StripePayment p) {
        Optional<String> stored = h.createQuery("SELECT amount::text FROM actp_revenue_events WHERE external_id = :id")
                .bind("id", p.id()).mapTo(String.class).findFirst();
        if (stored.isPresent()) {
            if (new java.math.BigDecimal(stored.get()).compareTo(p.amount()) == 0) {
                return new SyncCounts(0, 0, 1);
            }
            h.createUpdate("UPDATE actp_revenue_events SET amount = :amount WHERE external_id = :id")
                    .bind("amount", p.amount()).bind("id", p.id()).execute();
            return new SyncCounts(0, 1, 0);
        }
        if (p.amount().signum() == 0) {
            return SyncCounts.NONE; // refunded in full before it was ever imported
        }
        UUID contact = contact(h, p);
        h.createUpdate("""
                        INSERT INTO actp_revenue_events (contact_id, event_type, offer_tag, amount, currency, notes, closed_at, created_at,
                            external_id, source)
                        VALUES (:contact, :type, :offer, :amount, upper(:currency), :notes, :at, :at, :id, 'stripe')""")
                .bind("contact", contact).bind("type", p.type().code()).bind("offer", offer(h, p)).bind("amount", p.amount())
                .bind("currency", p.currency()).bind("notes", "Stripe " + p.id()).bind("at", SqlTime.bind(p.at())).bind("id", p.id())
                .execute();
        if (p.type() == RevenueEventType.DEAL_WON) {
            closeWon(h, contact, p.at());
        }
        return new SyncCounts(1, 0, 0);
    }

    /** The offer named in the payment's metadata when the catalog knows it. */
    private static String offer(Handle h, StripePayment p) {
        return p.offer().flatMap(o -> h.createQuery("SELECT offer_tag FROM actp_offers WHERE offer_tag = :o").bind("o", o)
                .mapTo(String.class).findFirst()).orElse(null);
    }

    private static UUID contact(Handle h, StripePayment p) {
        Optional<UUID> byEmail = p.email().flatMap(email -> h.createQuery("""
                        SELECT id FROM crm_contacts WHERE lower(email) = lower(:email) ORDER BY created_at, id LIMIT 1""")
                .bind("email", email).mapTo(UUID.class).findFirst());
        if (byEmail.isPresent()) {
            return byEmail.get();
        }
        String externalId = "stripe:" + p.customer().or(p::email).orElse(p.id());
        Optional<UUID> byCustomer = h.createQuery("SELECT id FROM crm_contacts WHERE external_id = :ext").bind("ext", externalId)
                .mapTo(UUID.class).findFirst();
        if (byCustomer.isPresent()) {
            return byCustomer.get();
        }
        return h.createQuery("""
                        INSERT INTO crm_contacts (external_id, name, email, stage, stage_entered_at, first_contact_at, last_interaction_at,
                            source, created_at, updated_at)
                        VALUES (:ext, :name, :email, 'closed_won', :at, :at, :at, 'stripe', :at, :at) RETURNING id""")
                .bind("ext", externalId).bind("name", p.name().or(p::email).orElse("Stripe customer " + p.customer().orElse(p.id())))
                .bind("email", p.email().orElse(null)).bind("at", SqlTime.bind(p.at())).mapTo(UUID.class).one();
    }

    /** An open contact who paid moves to closed_won, no earlier than it entered its current stage. */
    private static void closeWon(Handle h, UUID contact, Instant at) {
        h.createQuery("SELECT stage FROM crm_contacts WHERE id = :c AND stage NOT IN ('closed_won', 'closed_lost')").bind("c", contact)
                .mapTo(String.class).findFirst().ifPresent(stage -> {
                    h.createUpdate("""
                                    INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                                    SELECT id, stage, 'closed_won', greatest(stage_entered_at, :at) FROM crm_contacts WHERE id = :c""")
                            .bind("c", contact).bind("at", SqlTime.bind(at)).execute();
                    h.createUpdate("""
                                    UPDATE crm_contacts SET stage = 'closed_won', stage_entered_at = greatest(stage_entered_at, :at),
                                           last_interaction_at = greatest(coalesce(last_interaction_at, :at), :at), updated_at = now()
                                     WHERE id = :c""")
                            .bind("c", contact).bind("at", SqlTime.bind(at)).execute();
                });
    }
}
