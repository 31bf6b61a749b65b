package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * Slipped deals (issue "Targets and scenarios"): an open contact has slipped when its age in its current stage is
 * past that stage's 80th percentile of time to advance — the days from entering the stage to moving to a later
 * one, over the spells that advanced out of it (a loss or a move back is not an advance). The percentile is the
 * nearest rank: the ⌈0.8·n⌉-th shortest of the n advancing spells, an age some spell really took. A stage with
 * fewer than {@value #MIN_SPELLS} advancing spells has no rule: nobody in it is called slipped.
 */
public final class SlippedRule {
    /** The percentile of time to advance past which a contact has slipped. */
    public static final double PERCENTILE = 0.80;
    /** The fewest advancing spells a stage needs before its percentile is trusted. */
    public static final int MIN_SPELLS = 5;

    private SlippedRule() {
    }

    /** The nearest-rank 80th percentile of the ages: the ⌈0.8·n⌉-th smallest; empty for no ages. */
    public static Optional<BigDecimal> p80(List<BigDecimal> ages) {
        if (ages.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(ages);
        sorted.sort(null);
        int rank = (int) Math.ceil(PERCENTILE * sorted.size() - 1e-9);
        return Optional.of(sorted.get(Math.max(1, rank) - 1));
    }

    /** The stages that have a rule (at least {@value #MIN_SPELLS} advancing spells) and their 80th percentile. */
    public static Map<Stage, BigDecimal> thresholds(List<StageAdvances> advances) {
        Map<Stage, BigDecimal> rules = new EnumMap<>(Stage.class);
        for (StageAdvances a : advances) {
            if (a.stage().isOpen() && a.spells() >= MIN_SPELLS) {
                rules.put(a.stage(), a.p80Days());
            }
        }
        return rules;
    }

    /** Slipped: strictly older in the stage than its 80th percentile (a contact exactly at it is not). */
    public static boolean slipped(BigDecimal ageDays, BigDecimal p80Days) {
        return ageDays.compareTo(p80Days) > 0;
    }

    /** A stage's spells that advanced out of it as of as_of: how many, and their 80th percentile of days to advance. */
    public record StageAdvances(Stage stage, long spells, BigDecimal p80Days) {
    }
}
