package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.OPEN_STAGES;
import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.LeadArrivals;
import com.revops.domain.forecast.LeadFlow;
import com.revops.domain.forecast.OfferDeals;
import com.revops.domain.forecast.OpenGroup;
import com.revops.domain.forecast.RecurringForecast;
import com.revops.domain.forecast.RecurringHistory;
import com.revops.domain.forecast.RecurringStream;
import com.revops.domain.forecast.SpellCell;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.readmodel.ReadModel;

/**
 * The forecast's SQL aggregates (SPEC §4, §10), on the caller's handle: the spell table in one GROUP BY
 * (every spell's days split across the age bins in SQL), the open contacts by stage × offer × whole days
 * with the stage_velocity counts, deal_won per offer, the trailing 28 days' new leads, and the recurring
 * streams. The JVM receives at most a few hundred rows, never the transitions.
 */
final class ForecastRepository {
    /** The open spells: each contact in an open stage at as_of, censored at as_of (needs the state CTE). */
    private static final String OPEN_SPELLS = """
                SELECT stage, NULL AS outcome, greatest(extract(epoch FROM (CAST(:asOf AS timestamptz) - entered_at)), 0) AS age_seconds
                  FROM state
                 WHERE stage IN """ + OPEN_STAGES;

    /**
     * The finished spells from the transitions and the open ones censored at as_of, ages in exact seconds (numeric):
     * the same definition as the read model's {@code revops_spells_from_history} (migration V17).
     */
    static final String SPELLS_CTE = """
            , finished AS (
                SELECT t.from_stage AS stage, t.to_stage AS moved_to,
                       extract(epoch FROM (t.transitioned_at
                               - coalesce(lag(t.transitioned_at) OVER w, c.first_contact_at))) AS age_seconds
                  FROM actp_stage_transitions t
                  JOIN crm_contacts c ON c.id = t.contact_id
                 WHERE t.transitioned_at <= :asOf
                WINDOW w AS (PARTITION BY t.contact_id ORDER BY t.transitioned_at, t.id)
            ), spells AS (
                SELECT stage,
                       CASE WHEN moved_to = 'closed_lost' OR revops_stage_rank(moved_to) > revops_stage_rank(stage)
                            THEN moved_to END AS outcome,
                       greatest(age_seconds, 0) AS age_seconds
                  FROM finished
                 WHERE stage IN """ + OPEN_STAGES + """
                   AND age_seconds IS NOT NULL
                UNION ALL
                """ + OPEN_SPELLS + """
            )""";

    /**
     * The spells of CTE {@code spellsCte} grouped by stage, outcome and the age bin they ended (or are) in, with
     * their count and Σ age: one pass over the spells, cheap operations only. Then {@link #EXPANDED} spreads each
     * group over the bins it reached: a spell older than bin b spent the whole bin there, one in bin b its age less
     * the bin's lower edge — the same exposure, summed exactly, as splitting each spell.
     */
    private static String grouped(String spellsCte) {
        return """
                , grouped AS (
                    SELECT stage, outcome,
                           width_bucket(age_seconds, (SELECT array_agg(lo_days * 86400::numeric ORDER BY bin) FROM revops_age_bins)) - 1 AS own_bin,
                           count(*) AS spells, sum(age_seconds) AS age_sum
                """ + "      FROM " + spellsCte + """

                     GROUP BY 1, 2, 3
                )""";
    }

    /** Each group's exposure and events in every bin it reached (rows stage, bin, outcome, exposure_seconds, events). */
    private static final String EXPANDED = """
            SELECT g.stage, b.bin, g.outcome,
                   CASE WHEN g.own_bin > b.bin THEN g.spells * (b.hi_days - b.lo_days) * 86400::numeric
                        ELSE g.age_sum - g.spells * b.lo_days * 86400::numeric END AS exposure_seconds,
                   CASE WHEN g.own_bin = b.bin AND g.outcome IS NOT NULL THEN g.spells ELSE 0 END AS events
              FROM grouped g
              JOIN revops_age_bins b ON b.bin <= g.own_bin""";

    private final Handle handle;

    ForecastRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * Exposure and events per stage × age bin × outcome: each spell joined with the bins it reached, its days
     * in a bin clipped to the bin; an event in the bin where the spell ended. A move back to an earlier stage
     * ends the spell without an outcome (censored). From the read model when it covers as_of, else from the raw
     * rows; both give the same numbers (the seconds are summed exactly, divided once).
     */
    List<SpellCell> spellCells(Instant asOf) {
        return ReadModel.covers(handle, asOf) ? spellCellsFromReadModel(asOf) : spellCellsFromHistory(asOf);
    }

    /** The spell table from the transitions up to as_of (any as_of). */
    List<SpellCell> spellCellsFromHistory(Instant asOf) {
        return cells("WITH " + STATE_CTE + SPELLS_CTE + grouped("spells") + """
                         SELECT stage, bin, outcome, (sum(exposure_seconds) / 86400)::float8 AS exposure, sum(events) AS events
                           FROM (""" + EXPANDED + """
                                ) cells
                          GROUP BY 1, 2, 3""", asOf);
    }

    /**
     * The spell table from the read model's running sums of the finished spells and the open spells at as_of: for
     * an as_of at or after the last change only ({@link ReadModel#covers}).
     */
    List<SpellCell> spellCellsFromReadModel(Instant asOf) {
        return cells("WITH " + STATE_CTE + """
                         , open AS (""" + OPEN_SPELLS + """
                         )""" + grouped("open") + """
                         , cells AS (
                             SELECT stage, bin, nullif(outcome, '') AS outcome, exposure_seconds, events
                               FROM revops_spell_cells
                             UNION ALL
                             """ + EXPANDED + """
                         )
                         SELECT stage, bin, outcome, (sum(exposure_seconds) / 86400)::float8 AS exposure, sum(events) AS events
                           FROM cells
                          GROUP BY 1, 2, 3""", asOf);
    }

    private List<SpellCell> cells(String sql, Instant asOf) {
        return handle.createQuery(sql)
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new SpellCell(stage(rs.getString("stage")), rs.getInt("bin"),
                        Optional.ofNullable(rs.getString("outcome")).map(ForecastRepository::stage), rs.getDouble("exposure"),
                        rs.getLong("events")))
                .list();
    }

    /**
     * Open contacts by stage, offer and whole days in stage, each group with how many have a fractional
     * {@code in_stage} at or past the stage_velocity threshold of each horizon (none past an absent one).
     */
    List<OpenGroup> openGroups(Instant asOf, Map<Stage, ByHorizon<Optional<BigDecimal>>> thresholds) {
        List<String> rows = new ArrayList<>();
        for (Stage s : Stage.OPEN) {
            rows.add("('" + s.code() + "', CAST(:" + s.code() + "30 AS numeric), CAST(:" + s.code() + "60 AS numeric), CAST(:"
                    + s.code() + "90 AS numeric))");
        }
        var query = handle.createQuery("WITH " + STATE_CTE + """
                         , open AS (
                             SELECT stage, offer_tag, greatest(0, extract(epoch FROM (CAST(:asOf AS timestamptz) - entered_at)) / 86400) AS age
                               FROM state
                              WHERE stage IN """ + OPEN_STAGES + """
                         )
                         SELECT o.stage, o.offer_tag, floor(o.age)::bigint AS days, count(*) AS contacts,
                                count(*) FILTER (WHERE o.age >= t.t30) AS due30,
                                count(*) FILTER (WHERE o.age >= t.t60) AS due60,
                                count(*) FILTER (WHERE o.age >= t.t90) AS due90
                           FROM open o
                           LEFT JOIN (VALUES """ + String.join(", ", rows) + """
                                ) AS t(stage, t30, t60, t90) ON t.stage = o.stage
                          GROUP BY 1, 2, 3""")
                .bind("asOf", SqlTime.bind(asOf));
        for (Stage s : Stage.OPEN) {
            ByHorizon<Optional<BigDecimal>> t = thresholds.get(s);
            for (int h : ByHorizon.DAYS) {
                query.bind(s.code() + h, t == null ? null : t.at(h).orElse(null));
            }
        }
        return query.map((rs, ctx) -> new OpenGroup(stage(rs.getString("stage")), Optional.ofNullable(rs.getString("offer_tag")),
                        rs.getLong("days"), rs.getLong("contacts"), new ByHorizon<>(rs.getLong("due30"), rs.getLong("due60"), rs.getLong("due90"))))
                .list();
    }

    /** deal_won events by as_of per offer tag, as stored: how many and their Σ amount. */
    List<OfferDeals> wonByOffer(Instant asOf) {
        return handle.createQuery("""
                         SELECT offer_tag, count(*) AS deals, sum(amount) AS amount
                           FROM actp_revenue_events
                          WHERE event_type = 'deal_won' AND amount IS NOT NULL AND closed_at <= :asOf
                          GROUP BY 1""")
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new OfferDeals(Optional.ofNullable(rs.getString("offer_tag")), rs.getLong("deals"), rs.getBigDecimal("amount")))
                .list();
    }

    /** Σ deal_won amounts with closed_at in (from, to]. */
    BigDecimal wonBetween(Instant from, Instant to) {
        return handle.createQuery("""
                         SELECT coalesce(sum(amount), 0) FROM actp_revenue_events
                          WHERE event_type = 'deal_won' AND closed_at > :from AND closed_at <= :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .mapTo(BigDecimal.class).one();
    }

    /**
     * Contacts first seen in the 28 days up to as_of, by their first stage (the from_stage of their earliest
     * transition, else their stage) and offer.
     */
    List<LeadArrivals> leadArrivals(Instant asOf) {
        return handle.createQuery("""
                         SELECT coalesce(ft.from_stage, c.stage) AS first_stage, c.offer_tag, count(*) AS contacts
                           FROM crm_contacts c
                           LEFT JOIN LATERAL (
                                 SELECT t.from_stage FROM actp_stage_transitions t
                                  WHERE t.contact_id = c.id
                                  ORDER BY t.transitioned_at, t.id LIMIT 1) ft ON true
                          WHERE c.first_contact_at > :from AND c.first_contact_at <= :asOf
                          GROUP BY 1, 2""")
                .bind("from", SqlTime.bind(asOf.minus(Duration.ofDays(LeadFlow.WINDOW_DAYS)))).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new LeadArrivals(stage(rs.getString("first_stage")), Optional.ofNullable(rs.getString("offer_tag")),
                        rs.getLong("contacts")))
                .list();
    }

    /**
     * The recurring streams (one per contact and offer) with a recurring_payment in the trailing 90 days: each
     * one's last payment, and whether it is live (that payment within 35 days and no churn of the contact since);
     * with the churn events of those 90 days.
     */
    RecurringHistory recurring(Instant asOf) {
        Instant window = asOf.minus(Duration.ofDays(RecurringForecast.CHURN_WINDOW_DAYS));
        Instant live = asOf.minus(Duration.ofDays(RecurringForecast.LIVE_DAYS));
        List<RecurringStream> liveStreams = new ArrayList<>();
        long[] active = {0};
        handle.createQuery("""
                         WITH last AS (
                             SELECT DISTINCT ON (contact_id, coalesce(lower(offer_tag), '')) contact_id, closed_at, amount
                               FROM actp_revenue_events
                              WHERE event_type = 'recurring_payment' AND amount IS NOT NULL
                                AND closed_at > :window AND closed_at <= :asOf
                              ORDER BY contact_id, coalesce(lower(offer_tag), ''), closed_at DESC)
                         SELECT l.closed_at, l.amount,
                                l.closed_at > :live AND NOT EXISTS (
                                    SELECT 1 FROM actp_revenue_events ch
                                     WHERE ch.event_type = 'churn' AND ch.contact_id = l.contact_id
                                       AND ch.closed_at >= l.closed_at AND ch.closed_at <= :asOf) AS live
                           FROM last l""")
                .bind("window", SqlTime.bind(window)).bind("live", SqlTime.bind(live)).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> {
                    active[0]++;
                    if (rs.getBoolean("live")) {
                        liveStreams.add(new RecurringStream(SqlTime.read(rs, "closed_at").orElseThrow(), rs.getBigDecimal("amount")));
                    }
                    return 0;
                })
                .list();
        long churns = handle.createQuery("""
                         SELECT count(*) FROM actp_revenue_events
                          WHERE event_type = 'churn' AND closed_at > :window AND closed_at <= :asOf""")
                .bind("window", SqlTime.bind(window)).bind("asOf", SqlTime.bind(asOf))
                .mapTo(Long.class).one();
        return new RecurringHistory(liveStreams, churns, active[0]);
    }

    private static Stage stage(String code) {
        return Stage.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown stage '" + code + "' in the database"));
    }
}
