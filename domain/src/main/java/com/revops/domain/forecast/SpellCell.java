package com.revops.domain.forecast;

import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * One row of the spell aggregate (SPEC §4 hazard): the spells in an open {@code stage} that ended
 * with {@code outcome} (empty: still open at as_of, or moved back to an earlier stage), the days
 * they spent in age bin {@code bin} and how many of them ended in that bin.
 */
public record SpellCell(Stage stage, int bin, Optional<Stage> outcome, double exposureDays, long events) {
    public SpellCell {
        if (!stage.isOpen()) {
            throw new IllegalArgumentException(stage + " is not an open stage");
        }
        if (bin < 0 || bin >= AgeBins.COUNT) {
            throw new IllegalArgumentException("no age bin " + bin);
        }
        if (exposureDays < 0 || events < 0) {
            throw new IllegalArgumentException("negative exposure or events");
        }
        if (events > 0 && outcome.isEmpty()) {
            throw new IllegalArgumentException("events without an outcome");
        }
        if (outcome.isPresent() && !Outcomes.of(stage).contains(outcome.get())) {
            throw new IllegalArgumentException(stage + " cannot end in " + outcome.get());
        }
    }
}
