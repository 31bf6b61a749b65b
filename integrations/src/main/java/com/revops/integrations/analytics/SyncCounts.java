package com.revops.integrations.analytics;

/** What one pull did to the stored rows: new ones, changed ones, ones already as the service has them. */
public record SyncCounts(int created, int updated, int unchanged) {
    public static final SyncCounts NONE = new SyncCounts(0, 0, 0);

    public SyncCounts plus(SyncCounts other) {
        return new SyncCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    public int total() {
        return created + updated + unchanged;
    }

    /** "3 new, 1 updated, 12 unchanged". */
    public String describe() {
        return created + " new, " + updated + " updated, " + unchanged + " unchanged";
    }
}
