package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import com.revops.domain.common.Money;

/**
 * {@code actp_paywall_experiments} (PRD-019 §4.4): one row per product × experiment × variant,
 * upserted on that key with the latest totals and their conversion rate. Significance and status
 * belong to the experiment analysis: an update leaves them as they are; a new variant starts
 * {@code running}. All variants of one pull are written in one transaction, or none.
 */
public final class PaywallExperimentRepository {
    private final Jdbi jdbi;

    public PaywallExperimentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Upserts the variants; returns how many rows were written. Rows of the same product ×
     * experiment × variant (a query that splits a variant further) are added up first.
     */
    public int save(List<PaywallVariant> pulled) {
        List<PaywallVariant> variants = merged(pulled);
        if (variants.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO actp_paywall_experiments (product, experiment, variant_id, impressions, conversions, revenue_usd,
                        conversion_rate, status, created_at, updated_at)
                    VALUES (:product, :experiment, :variant, :impressions, :conversions, :revenue, :rate, 'running', now(), now())
                    ON CONFLICT (coalesce(product, ''), coalesce(experiment, ''), variant_id) DO UPDATE SET
                        impressions = excluded.impressions, conversions = excluded.conversions,
                        revenue_usd = excluded.revenue_usd, conversion_rate = excluded.conversion_rate, updated_at = now()""");
            for (PaywallVariant v : variants) {
                batch.bind("product", v.product().orElse(null))
                        .bind("experiment", v.experiment().orElse(null))
                        .bind("variant", v.variantId())
                        .bind("impressions", v.impressions())
                        .bind("conversions", v.conversions())
                        .bind("revenue", v.revenueUsd().map(Money::cents).orElse(null))
                        .bind("rate", v.conversionRate().orElse(null))
                        .add();
            }
            // batched inserts are rewritten by the driver and report no per-row counts: every row is written or the batch fails
            batch.execute();
            return variants.size();
        });
    }

    /** Every stored variant with its status, by product, experiment and variant. */
    public List<StoredVariant> variants() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT product, experiment, variant_id, coalesce(impressions, 0) AS impressions,
                               coalesce(conversions, 0) AS conversions, revenue_usd, coalesce(status, 'running') AS status
                          FROM actp_paywall_experiments
                         ORDER BY coalesce(product, ''), coalesce(experiment, ''), variant_id""")
                .map((rs, ctx) -> new StoredVariant(new PaywallVariant(Optional.ofNullable(rs.getString("product")),
                        Optional.ofNullable(rs.getString("experiment")), rs.getString("variant_id"), rs.getLong("impressions"),
                        rs.getLong("conversions"), Optional.ofNullable(rs.getBigDecimal("revenue_usd"))), rs.getString("status")))
                .list());
    }

    /** A variant as stored, with the experiment's status ({@code running}, {@code completed}, …). */
    public record StoredVariant(PaywallVariant variant, String status) {
    }

    private static List<PaywallVariant> merged(List<PaywallVariant> variants) {
        Map<List<String>, PaywallVariant> byKey = new LinkedHashMap<>();
        for (PaywallVariant v : variants) {
            List<String> key = List.of(v.product().orElse(""), v.experiment().orElse(""), v.variantId());
            byKey.merge(key, v, (a, b) -> new PaywallVariant(a.product(), a.experiment(), a.variantId(),
                    a.impressions() + b.impressions(), a.conversions() + b.conversions(),
                    a.revenueUsd().isEmpty() && b.revenueUsd().isEmpty() ? Optional.empty()
                            : Optional.of(a.revenueUsd().orElse(BigDecimal.ZERO).add(b.revenueUsd().orElse(BigDecimal.ZERO)))));
        }
        return new ArrayList<>(byKey.values());
    }
}
