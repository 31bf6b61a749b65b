package com.revops.domain.forecast;

/**
 * The age-in-stage bins of the hazard model (SPEC §4): 0, 1, 2, …, 7, 10, 14, 21, 28, 42, 56, 90,
 * 120, 180, 365, ∞ days — one day wide while contacts are fresh, wider as they age. Bin b holds the
 * ages in [lower(b), upper(b)).
 */
public final class AgeBins {
    private static final int[] LOWER = {0, 1, 2, 3, 4, 5, 6, 7, 10, 14, 21, 28, 42, 56, 90, 120, 180, 365};
    /** How many bins there are (18). */
    public static final int COUNT = LOWER.length;
    /** The oldest age whose bin differs from the next day's; from here on every age is in the last bin. */
    public static final int LAST_EDGE = LOWER[COUNT - 1];

    /** The bin of every whole-day age up to the last edge. */
    private static final int[] BY_DAY = new int[LAST_EDGE + 1];

    static {
        int b = 0;
        for (int day = 0; day <= LAST_EDGE; day++) {
            while (b + 1 < COUNT && day >= LOWER[b + 1]) {
                b++;
            }
            BY_DAY[day] = b;
        }
    }

    private AgeBins() {
    }

    /** The bin of an age of {@code days} whole days (an age in [d, d + 1) is always in d's bin: the edges are whole days). */
    public static int of(long days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative age " + days);
        }
        return days >= LAST_EDGE ? COUNT - 1 : BY_DAY[(int) days];
    }

    public static int lower(int bin) {
        return LOWER[bin];
    }

    /** The upper edge of a bin in days, {@link Double#POSITIVE_INFINITY} for the last. */
    public static double upper(int bin) {
        return bin == COUNT - 1 ? Double.POSITIVE_INFINITY : LOWER[bin + 1];
    }

    /** "0–1 d", "90–120 d", "365+ d". */
    public static String label(int bin) {
        return bin == COUNT - 1 ? LOWER[bin] + "+ d" : LOWER[bin] + "–" + LOWER[bin + 1] + " d";
    }
}
