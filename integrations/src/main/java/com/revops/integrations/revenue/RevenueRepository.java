package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.OPEN_STAGES;
import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import com.revops.domain.common.RevenueEventType;
import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionCohort;
import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.domain.revenue.MonthToDate.EventTotals;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.domain.revenue.SourceRevenue;
import com.revops.domain.revenue.StageDurations;
import com.revops.domain.revenue.StageOfferCount;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.readmodel.ReadModel;

/**
 * The revenue aggregates, computed in SQL (SPEC §10): the domain receives counts and sums per
 * stage, offer, age, cohort and event type — never the contacts themselves.
 */
public final class RevenueRepository {
    private final Jdbi jdbi;

    public RevenueRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public OfferCatalog offerCatalog() {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT offer_tag, avg_deal_value FROM actp_offers")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .forEach(e -> values.put(e.getKey(), e.getValue())));
        return new OfferCatalog(values);
    }

    /** Open contacts by stage, offer and whole days in stage at as_of. */
    public List<StageOfferCount> openContacts(Instant asOf) {
        return jdbi.withHandle(h -> h.createQuery("WITH " + STATE_CTE + """
                         SELECT stage, offer_tag,
                                greatest(0, floor(extract(epoch FROM (CAST(:asOf AS timestamptz) - entered_at)) / 86400))::bigint AS days,
                                count(*) AS contacts
                           FROM state
                          WHERE stage IN """ + OPEN_STAGES + """
                          GROUP BY 1, 2, 3""")
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new StageOfferCount(Stage.fromCode(rs.getString("stage")).orElseThrow(),
                        Optional.ofNullable(rs.getString("offer_tag")), rs.getLong("days"), rs.getLong("contacts")))
                .list());
    }

    /**
     * Contacts by (first stage, furthest stage reached, lost now) at as_of (SPEC §4 conversion rates): from the
     * read model's journeys when it covers as_of, else from the raw rows (the same numbers).
     */
    public List<ConversionCohort> conversionCohorts(Instant asOf) {
        return jdbi.withHandle(h -> ReadModel.covers(h, asOf) ? cohortsFromReadModel(h) : cohortsFromHistory(h, asOf));
    }

    static List<ConversionCohort> cohortsFromHistory(Handle h, Instant asOf) {
        return h.createQuery("WITH " + STATE_CTE + """
                         , journey AS (
                             SELECT contact_id,
                                    (array_agg(from_stage ORDER BY transitioned_at, id))[1] AS first_stage,
                                    max(greatest(revops_stage_rank(from_stage), revops_stage_rank(to_stage))) AS max_rank
                               FROM actp_stage_transitions
                              WHERE transitioned_at <= :asOf
                              GROUP BY contact_id)
                         SELECT first_rank, reached_rank, lost, count(*) AS contacts
                           FROM (SELECT CASE WHEN j.contact_id IS NULL THEN revops_stage_rank(s.stage)
                                             ELSE revops_stage_rank(j.first_stage) END AS first_rank,
                                        greatest(j.max_rank, revops_stage_rank(s.stage)) AS reached_rank,
                                        s.stage = 'closed_lost' AS lost
                                   FROM state s LEFT JOIN journey j ON j.contact_id = s.id) x
                          WHERE first_rank IS NOT NULL AND reached_rank IS NOT NULL AND first_rank <= reached_rank
                          GROUP BY 1, 2, 3""")
                .bind("asOf", SqlTime.bind(asOf))
                .map(RevenueRepository::cohort)
                .list();
    }

    static List<ConversionCohort> cohortsFromReadModel(Handle h) {
        return h.createQuery("""
                         SELECT first_rank, reached_rank, lost, count(*) AS contacts
                           FROM (SELECT revops_stage_rank(first_stage) AS first_rank, revops_stage_rank(reached_stage) AS reached_rank, lost
                                   FROM revops_journeys) x
                          WHERE first_rank IS NOT NULL AND reached_rank IS NOT NULL AND first_rank <= reached_rank
                          GROUP BY 1, 2, 3""")
                .map(RevenueRepository::cohort)
                .list();
    }

    private static ConversionCohort cohort(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ConversionCohort(Stage.values()[rs.getInt("first_rank")], Stage.values()[rs.getInt("reached_rank")],
                rs.getBoolean("lost"), rs.getLong("contacts"));
    }

    /**
     * Per open stage: transitions out of it by as_of and the Σ days spent in it before each (seconds summed exactly,
     * divided once): from the read model's running sums when it covers as_of, else from the raw rows.
     */
    public List<StageDurations> stageDurations(Instant asOf) {
        return jdbi.withHandle(h -> ReadModel.covers(h, asOf) ? durationsFromReadModel(h) : durationsFromHistory(h, asOf));
    }

    static List<StageDurations> durationsFromHistory(Handle h, Instant asOf) {
        return h.createQuery("""
                         SELECT from_stage AS stage, count(*) AS transitions,
                                coalesce(sum(greatest(0, extract(epoch FROM (transitioned_at - entry)))), 0) / 86400 AS total_days
                           FROM (SELECT t.from_stage, t.transitioned_at,
                                        coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id ORDER BY t.transitioned_at, t.id),
                                                 c.first_contact_at) AS entry
                                   FROM actp_stage_transitions t
                                   JOIN crm_contacts c ON c.id = t.contact_id
                                  WHERE t.transitioned_at <= :asOf) x
                          WHERE entry IS NOT NULL AND from_stage IN """ + OPEN_STAGES + """
                          GROUP BY from_stage""")
                .bind("asOf", SqlTime.bind(asOf))
                .map(RevenueRepository::durations)
                .list();
    }

    static List<StageDurations> durationsFromReadModel(Handle h) {
        return h.createQuery("SELECT stage, spells AS transitions, age_seconds / 86400 AS total_days FROM revops_stage_sums")
                .map(RevenueRepository::durations)
                .list();
    }

    private static StageDurations durations(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StageDurations(Stage.fromCode(rs.getString("stage")).orElseThrow(), rs.getLong("transitions"), rs.getBigDecimal("total_days"));
    }

    /** Contacts won and lost by as_of, and the mean days from first contact to a won deal. */
    public Outcomes outcomes(Instant asOf) {
        return jdbi.withHandle(h -> {
            Map<String, Object> counts = h.createQuery("WITH " + STATE_CTE + """
                             SELECT count(*) FILTER (WHERE stage = 'closed_won') AS won,
                                    count(*) FILTER (WHERE stage = 'closed_lost') AS lost
                               FROM state""")
                    .bind("asOf", SqlTime.bind(asOf)).mapToMap().one();
            Optional<BigDecimal> meanDays = h.createQuery("""
                             SELECT avg(days_to_close) FROM actp_revenue_events
                              WHERE event_type = 'deal_won' AND days_to_close IS NOT NULL AND closed_at <= :asOf""")
                    .bind("asOf", SqlTime.bind(asOf)).mapTo(BigDecimal.class).findOne();
            return new Outcomes(((Number) counts.get("won")).longValue(), ((Number) counts.get("lost")).longValue(), meanDays);
        });
    }

    /** Count and Σ amount per event type with closed_at in [from, to]. */
    public Map<RevenueEventType, EventTotals> eventTotals(Instant from, Instant to) {
        Map<RevenueEventType, EventTotals> totals = new EnumMap<>(RevenueEventType.class);
        jdbi.useHandle(h -> h.createQuery("""
                         SELECT event_type, count(*) AS n, coalesce(sum(amount), 0) AS amount
                           FROM actp_revenue_events
                          WHERE closed_at >= :from AND closed_at <= :to
                          GROUP BY event_type""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> Map.entry(rs.getString("event_type"), new EventTotals(rs.getLong("n"), rs.getBigDecimal("amount"))))
                .forEach(e -> RevenueEventType.fromCode(e.getKey()).ifPresent(t -> totals.put(t, e.getValue()))));
        return totals;
    }

    /**
     * Deals and revenue by sourcing platform and niche with closed_at in [from, to]; events without
     * them count under "(unknown platform)" and "(unknown niche)".
     */
    public List<SourceRevenue> sources(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                         SELECT platform_source AS platform, niche_source AS niche,
                                count(*) FILTER (WHERE event_type = 'deal_won') AS deals,
                                coalesce(sum(amount) FILTER (WHERE %s), 0) AS revenue
                           FROM actp_revenue_events
                          WHERE closed_at >= :from AND closed_at <= :to
                          GROUP BY 1, 2""".formatted(RevenueEventsSql.IS_REVENUE))
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> new SourceRevenue(Unattributed.platform(rs.getString("platform")),
                        Unattributed.niche(rs.getString("niche")), rs.getLong("deals"),
                        rs.getBigDecimal("revenue")))
                .list());
    }

    /**
     * Each stored snapshot old enough to judge: its forecast_30d and the deal revenue that closed in
     * the 30 days after the snapshot's day (local days in {@code zone}).
     */
    public List<ForecastAccuracy.Point> forecastAccuracyPoints(Instant asOf, ZoneId zone) {
        return forecastOutcomes(asOf, zone).stream().filter(ForecastOutcome::judged).map(ForecastOutcome::point).toList();
    }

    /**
     * Every stored snapshot dated before as_of's day, oldest first, with its forecast_30d and the
     * deal revenue closed in the 30 local days after its day — up to as_of while those days are not
     * over (then it is not judged yet). The history chart of the Forecast screen; the judged ones
     * are {@link #forecastAccuracyPoints}.
     */
    public List<ForecastOutcome> forecastOutcomes(Instant asOf, ZoneId zone) {
        return jdbi.withHandle(h -> h.createQuery("""
                         SELECT s.snapshot_date, s.forecast_30d,
                                ((s.snapshot_date + 31)::timestamp AT TIME ZONE :tz) <= :asOf AS judged,
                                (SELECT coalesce(sum(e.amount), 0) FROM actp_revenue_events e
                                  WHERE e.event_type = 'deal_won'
                                    AND e.closed_at >= ((s.snapshot_date + 1)::timestamp AT TIME ZONE :tz)
                                    AND e.closed_at < ((s.snapshot_date + 31)::timestamp AT TIME ZONE :tz)
                                    AND e.closed_at <= :asOf) AS closed
                           FROM actp_pipeline_snapshots s
                          WHERE s.forecast_30d IS NOT NULL
                            AND ((s.snapshot_date + 1)::timestamp AT TIME ZONE :tz) <= :asOf
                          ORDER BY s.snapshot_date""")
                .bind("tz", zone.getId()).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new ForecastOutcome(rs.getObject("snapshot_date", java.time.LocalDate.class),
                        rs.getBigDecimal("forecast_30d"), rs.getBigDecimal("closed"), rs.getBoolean("judged")))
                .list());
    }

    /** Won and lost contacts by as_of and the mean days to a win (absent before the first one). */
    public record Outcomes(long won, long lost, Optional<BigDecimal> meanDaysToWin) {
    }
}
