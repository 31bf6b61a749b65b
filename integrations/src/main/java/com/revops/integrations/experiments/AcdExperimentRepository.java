package com.revops.integrations.experiments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.experiments.MetricDelta;
import com.revops.integrations.db.SqlTime;

/**
 * Reads the before/after experiments run through ACD (PRD-019 §4.9): product experiments
 * ({@code actp_product_experiments}, a conversion before and after) and App Store experiments
 * ({@code actp_aso_experiments}, a named metric before and after). Newest first.
 */
public final class AcdExperimentRepository {
    private final Jdbi jdbi;

    public AcdExperimentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<ProductExperiment> productExperiments() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT project, hypothesis, acd_task, baseline_conversion, post_conversion, status, result, created_at
                          FROM actp_product_experiments ORDER BY created_at DESC""")
                .map((rs, ctx) -> new ProductExperiment(text(rs.getString("project")), text(rs.getString("hypothesis")),
                        text(rs.getString("acd_task")), new MetricDelta(Optional.ofNullable(rs.getBigDecimal("baseline_conversion")),
                        Optional.ofNullable(rs.getBigDecimal("post_conversion"))), text(rs.getString("status")),
                        text(rs.getString("result")), SqlTime.read(rs, "created_at").orElseThrow()))
                .list());
    }

    public List<AsoExperiment> asoExperiments() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT app, experiment_type, hypothesis, acd_task, baseline_metric, post_metric, metric_name, status, created_at
                          FROM actp_aso_experiments ORDER BY created_at DESC""")
                .map((rs, ctx) -> new AsoExperiment(text(rs.getString("app")), text(rs.getString("experiment_type")),
                        text(rs.getString("hypothesis")), text(rs.getString("acd_task")), text(rs.getString("metric_name")),
                        new MetricDelta(Optional.ofNullable(rs.getBigDecimal("baseline_metric")), Optional.ofNullable(rs.getBigDecimal("post_metric"))),
                        text(rs.getString("status")), SqlTime.read(rs, "created_at").orElseThrow()))
                .list());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A product change measured by a conversion before and after. */
    public record ProductExperiment(String project, String hypothesis, String acdTask, MetricDelta conversion, String status,
                                    String result, Instant createdAt) {
    }

    /** An App Store change measured by a named metric before and after. */
    public record AsoExperiment(String app, String experimentType, String hypothesis, String acdTask, String metricName,
                                MetricDelta metric, String status, Instant createdAt) {
    }
}
