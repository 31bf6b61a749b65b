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
