package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;

/** {@code --pipeline} (SPEC §4): per open stage the number of contacts and Σ deal value; totals. */
public final class PipelineCalculator {
    private final OfferCatalog catalog;

    public PipelineCalculator(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    public PipelineSummary summarise(List<StageOfferCount> open) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        Map<Stage, BigDecimal> values = new EnumMap<>(Stage.class);
        for (StageOfferCount group : open) {
            if (!group.stage().isOpen()) {
                continue;
            }
            counts.merge(group.stage(), group.contacts(), Long::sum);
            values.merge(group.stage(), catalog.dealValue(group.offerTag()).multiply(BigDecimal.valueOf(group.contacts())), BigDecimal::add);
        }
        List<PipelineSummary.StageLine> lines = new ArrayList<>();
        long totalContacts = 0;
        BigDecimal totalValue = BigDecimal.ZERO;
        for (Stage stage : Stage.OPEN) {
            long count = counts.getOrDefault(stage, 0L);
            BigDecimal value = values.getOrDefault(stage, BigDecimal.ZERO);
            lines.add(new PipelineSummary.StageLine(stage, count, value));
            totalContacts += count;
            totalValue = totalValue.add(value);
        }
        return new PipelineSummary(lines, totalContacts, totalValue);
    }
}
