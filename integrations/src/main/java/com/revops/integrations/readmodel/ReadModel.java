package com.revops.integrations.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Handle;

import com.revops.domain.common.Stage;
import com.revops.integrations.db.SqlTime;

/**
 * The read model of SPEC §11 (migration V17), on the caller's handle: tables kept up to date by the database on
 * every write to the contacts and their stage transitions. They hold the history as it is now, so they answer for
 * an as_of at or after the last change ({@link #covers}); a past as_of reads the raw rows
 * (docs/decisions/0072-read-model-for-now-raw-rows-for-the-past.md).
 */
public final class ReadModel {
    private ReadModel() {
    }

    /**
     * Whether the read model holds the history as of {@code asOf}: no stage entry, first contact or transition after
     * it (three index look-ups). An empty database is covered.
     */
    public static boolean covers(Handle h, Instant asOf) {
        return h.createQuery("""
                         SELECT coalesce(greatest((SELECT max(stage_entered_at) FROM crm_contacts),
                                                  (SELECT max(first_contact_at) FROM crm_contacts),
                                                  (SELECT max(transitioned_at) FROM actp_stage_transitions)) <= :asOf, true)""")
                .bind("asOf", SqlTime.bind(asOf))
                .mapTo(Boolean.class).one();
    }

    /**
     * Per open stage, the running sums over its finished spells (each stay that ended with a transition out of it):
     * how many, how many advanced, were lost or moved back, and their Σ age — time in stage and the time to advance.
     */
    public static List<StageSums> stageSums(Handle h) {
        return h.createQuery("""
                         SELECT stage, spells, advanced, lost, other, age_seconds / 86400 AS age_days
                           FROM revops_stage_sums
                          ORDER BY revops_stage_rank(stage)""")
                .map((rs, ctx) -> new StageSums(Stage.fromCode(rs.getString("stage")).orElseThrow(), rs.getLong("spells"),
                        rs.getLong("advanced"), rs.getLong("lost"), rs.getLong("other"), rs.getBigDecimal("age_days")))
                .list();
    }

    /** One open stage's finished spells: how many, by outcome, and Σ of their ages in days. */
    public record StageSums(Stage stage, long spells, long advanced, long lost, long movedBack, BigDecimal totalDays) {
    }
}
