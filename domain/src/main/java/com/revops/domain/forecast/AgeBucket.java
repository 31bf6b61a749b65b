package com.revops.domain.forecast;

/** How long open contacts have sat in their stage, as the forecast's contributions show it. */
public enum AgeBucket {
    UNDER_A_WEEK("under 7 days", 0, 7),
    ONE_TO_FOUR_WEEKS("7–28 days", 7, 28),
    FOUR_TO_THIRTEEN_WEEKS("28–90 days", 28, 90),
    OVER_NINETY_DAYS("90 days and more", 90, Long.MAX_VALUE);

    private final String label;
    private final long from;
    private final long until;

    AgeBucket(String label, long from, long until) {
        this.label = label;
        this.from = from;
        this.until = until;
    }

    public String label() {
        return label;
    }

    public static AgeBucket of(long ageDays) {
        for (AgeBucket b : values()) {
            if (ageDays >= b.from && ageDays < b.until) {
                return b;
            }
        }
        throw new IllegalArgumentException("negative age " + ageDays);
    }
}
