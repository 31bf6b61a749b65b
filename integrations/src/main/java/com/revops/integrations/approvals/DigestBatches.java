package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.outreach.ItemFingerprint;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/** The SQL of {@code revops_approval_digests}: the items one digest showed, as shown, for its "approve all". */
final class DigestBatches {
    private final Jdbi jdbi;

    DigestBatches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long create(Map<UUID, ItemFingerprint> shown, Instant at) {
        UUID[] ids = shown.keySet().toArray(UUID[]::new);
        String[] fingerprints = shown.values().stream().map(ItemFingerprint::value).toArray(String[]::new);
        return DatabaseErrors.withHandle(jdbi, "Recording an approval digest", h -> h.createQuery("""
                        INSERT INTO revops_approval_digests (created_at, item_ids, fingerprints) VALUES (:at, :ids, :fps) RETURNING id""")
                .bind("at", SqlTime.bind(at)).bindArray("ids", UUID.class, (Object[]) ids)
                .bindArray("fps", String.class, (Object[]) fingerprints).mapTo(Long.class).one());
    }

    Optional<Batch> find(long id) {
        return DatabaseErrors.withHandle(jdbi, "Reading an approval digest", h -> h.createQuery("""
                        SELECT id, created_at, item_ids, fingerprints, decided_at FROM revops_approval_digests WHERE id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> {
                    UUID[] ids = (UUID[]) rs.getArray("item_ids").getArray();
                    String[] fps = (String[]) rs.getArray("fingerprints").getArray();
                    Map<UUID, ItemFingerprint> shown = new LinkedHashMap<>();
                    for (int i = 0; i < ids.length; i++) {
                        shown.put(ids[i], new ItemFingerprint(fps[i]));
                    }
                    return new Batch(rs.getLong("id"), SqlTime.read(rs, "created_at").orElseThrow(), shown,
                            SqlTime.read(rs, "decided_at"));
                }).findOne());
    }

    void decided(long id, Optional<Instant> at) {
        DatabaseErrors.withHandle(jdbi, "Recording an approval digest's decision", h -> h.createUpdate(
                        "UPDATE revops_approval_digests SET decided_at = :at WHERE id = :id")
                .bind("at", at.map(SqlTime::bind).orElse(null)).bind("id", id).execute());
    }

    /** One digest: when, which items as shown (in the order shown), and when its "approve all" was used. */
    record Batch(long id, Instant createdAt, Map<UUID, ItemFingerprint> shown, Optional<Instant> decidedAt) {
        /** The version its buttons carry: all the fingerprints, in order, as one. */
        ItemFingerprint version() {
            return ItemFingerprint.of(String.join(",", shown.values().stream().map(ItemFingerprint::value).toList()));
        }

        static ItemFingerprint version(Map<UUID, ItemFingerprint> shown) {
            return new Batch(0, Instant.EPOCH, shown, Optional.empty()).version();
        }

        @Override
        public String toString() {
            return "digest " + id + " of " + Arrays.toString(shown.keySet().toArray());
        }
    }
}
