package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.List;

import com.revops.domain.common.Stage;

/** The open pipeline: one line per open stage, in order, and the totals over them. */
public record PipelineSummary(List<StageLine> stages, long totalContacts, BigDecimal totalValue) {
    public PipelineSummary {
        stages = List.copyOf(stages);
    }

    /** One open stage: contacts in it and the Σ of their deal values ("potential"). */
    public record StageLine(Stage stage, long contacts, BigDecimal value) {
    }
}
