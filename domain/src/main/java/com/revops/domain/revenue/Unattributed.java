package com.revops.domain.revenue;

/**
 * The names of the rows that hold what carries no offer, platform or niche: revenue without an
 * offer tag is the offer "(no offer)", never dropped, so every revenue view adds up to the same
 * total (SPEC §4 "Offer performance"). These rows are listed but never chosen as the top offer or
 * the best source.
 */
public final class Unattributed {
    public static final String NO_OFFER = "(no offer)";
    public static final String UNKNOWN_PLATFORM = "(unknown platform)";
    public static final String UNKNOWN_NICHE = "(unknown niche)";

    private Unattributed() {
    }

    public static String offer(String offerTag) {
        return offerTag == null || offerTag.isBlank() ? NO_OFFER : offerTag;
    }

    public static String platform(String platform) {
        return platform == null || platform.isBlank() ? UNKNOWN_PLATFORM : platform;
    }

    public static String niche(String niche) {
        return niche == null || niche.isBlank() ? UNKNOWN_NICHE : niche;
    }

    /** Whether a row name is one of the stand-ins above rather than a real offer, platform or niche. */
    public static boolean isStandIn(String name) {
        return NO_OFFER.equals(name) || UNKNOWN_PLATFORM.equals(name) || UNKNOWN_NICHE.equals(name);
    }
}
