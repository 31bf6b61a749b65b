package com.revops.domain.forecast;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;

/**
 * How a spell in an open stage can end: a move to any later stage (skips included, e.g.
 * awareness → decision), closed_won, or closed_lost.
 */
public final class Outcomes {
    private static final Map<Stage, List<Stage>> BY_STAGE = new EnumMap<>(Stage.class);

    static {
        for (Stage stage : Stage.OPEN) {
            List<Stage> out = new ArrayList<>();
            for (Stage k : Stage.values()) {
                if (k != Stage.CLOSED_LOST && k.rank() > stage.rank()) {
                    out.add(k);
                }
            }
            out.add(Stage.CLOSED_LOST);
            BY_STAGE.put(stage, List.copyOf(out));
        }
    }

    private Outcomes() {
    }

    /** The outcomes k of a spell in {@code stage}: every later stage through closed_won, then closed_lost. */
    public static List<Stage> of(Stage stage) {
        List<Stage> outcomes = BY_STAGE.get(stage);
        if (outcomes == null) {
            throw new IllegalArgumentException(stage + " is not an open stage");
        }
        return outcomes;
    }
}
