package com.revops.domain.forecast;

import java.util.List;

import com.revops.domain.common.Stage;

/**
 * Exposure {@code E(s,b)} (days spent in age bin b of stage s, by every spell — censored ones too)
 * and events {@code d_k(s,b)} (spells of s that ended in bin b with outcome k), from the SQL
 * aggregate of spells (SPEC §4).
 */
public final class SpellTable {
    private static final int STAGES = Stage.values().length;
    private final double[][] exposure = new double[STAGES][AgeBins.COUNT];
    private final double[][][] events = new double[STAGES][AgeBins.COUNT][STAGES];

    private SpellTable() {
    }

    public static SpellTable of(List<SpellCell> cells) {
        SpellTable t = new SpellTable();
        for (SpellCell c : cells) {
            int s = c.stage().ordinal();
            t.exposure[s][c.bin()] += c.exposureDays();
            c.outcome().ifPresent(k -> t.events[s][c.bin()][k.ordinal()] += c.events());
        }
        return t;
    }

    public static SpellTable empty() {
        return new SpellTable();
    }

    /** E(s,b): days spent in bin b of stage s. */
    public double exposure(Stage stage, int bin) {
        return exposure[stage.ordinal()][bin];
    }

    /** d_k(s,b): spells of s that ended in bin b with outcome k. */
    public double events(Stage stage, int bin, Stage outcome) {
        return events[stage.ordinal()][bin][outcome.ordinal()];
    }

    /** Whether any spell of {@code stage} has ended (with any outcome) — its own history exists. */
    public boolean hasEvents(Stage stage) {
        for (int b = 0; b < AgeBins.COUNT; b++) {
            for (Stage k : Outcomes.of(stage)) {
                if (events(stage, b, k) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
