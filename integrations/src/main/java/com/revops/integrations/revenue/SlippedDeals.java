package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.OPEN_STAGES;
import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.SlippedRule;
import com.revops.domain.forecast.SlippedRule.StageAdvances;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The slipped bucket as of an instant ({@link SlippedRule}): each open stage's 80th percentile of days to advance,
 * computed in SQL from the transitions ({@code percentile_disc}, the nearest rank), and the open contacts older in
 * their stage than it — the most overdue first, with the pipeline's deal value (the offer catalog's). The JVM
 * receives five percentile rows, the slipped count per offer and at most {@code limit} contacts.
 */
public final class SlippedDeals {
    /** The most slipped contacts listed (the count and total cover all of them). */
    public static final int LIMIT = 100;

    /** Every finished spell in an open stage up to as_of that advanced to a later stage, with its days to advance. */
    private static final String ADVANCES = """
            WITH finished AS (
                SELECT t.from_stage AS stage, t.to_stage AS moved_to,
                       extract(epoch FROM (t.transitioned_at - coalesce(lag(t.transitioned_at) OVER w, c.first_contact_at))) / 86400 AS age
                  FROM actp_stage_transitions t
                  JOIN crm_contacts c ON c.id = t.contact_id
                 WHERE t.transitioned_at <= :asOf
                WINDOW w AS (PARTITION BY t.contact_id ORDER BY t.transitioned_at))
            SELECT stage, count(*) AS spells, percentile_disc(0.8) WITHIN GROUP (ORDER BY greatest(age, 0)) AS p80
              FROM finished
             WHERE stage IN""" + " " + OPEN_STAGES + """
               AND age IS NOT NULL AND moved_to <> 'closed_lost' AND revops_stage_rank(moved_to) > revops_stage_rank(stage)
             GROUP BY stage""";

    private final Jdbi jdbi;

    public SlippedDeals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Slipped at(Instant asOf) {
        return at(asOf, LIMIT);
    }

    public Slipped at(Instant asOf, int limit) {
        OfferCatalog catalog = new RevenueRepository(jdbi).offerCatalog();
        return DatabaseErrors.inTransaction(jdbi, "Finding the slipped deals", h -> {
            List<StageAdvances> advances = advances(h, asOf);
            Map<Stage, BigDecimal> rules = SlippedRule.thresholds(advances);
            if (rules.isEmpty()) {
                return new Slipped(advances, rules, List.of(), 0, BigDecimal.ZERO);
            }
            String overdue = overdueCte(rules);
            long[] count = {0};
            BigDecimal[] total = {BigDecimal.ZERO};
            bindRules(h.createQuery(overdue + " SELECT offer_tag, count(*) AS contacts FROM overdue GROUP BY 1"), rules, asOf)
                    .map((rs, ctx) -> {
                        long n = rs.getLong("contacts");
                        count[0] += n;
                        total[0] = total[0].add(catalog.dealValue(Optional.ofNullable(rs.getString("offer_tag"))).multiply(BigDecimal.valueOf(n)));
                        return n;
                    }).list();
            List<SlippedContact> contacts = bindRules(h.createQuery(overdue + """
                             SELECT o.id, coalesce(c.external_id, c.id::text) AS contact,
                                    coalesce(c.name, c.handle, c.external_id, '(unnamed)') AS name, o.stage, o.offer_tag, o.age, o.p80
                               FROM overdue o
                               JOIN crm_contacts c ON c.id = o.id
                              ORDER BY o.age - o.p80 DESC, name, o.id
                              LIMIT :limit"""), rules, asOf).bind("limit", limit)
                    .map((rs, ctx) -> {
                        Optional<String> offer = Optional.ofNullable(rs.getString("offer_tag"));
                        return new SlippedContact(rs.getObject("id", UUID.class), rs.getString("contact"), rs.getString("name"),
                                Stage.fromCode(rs.getString("stage")).orElseThrow(), offer,
                                rs.getBigDecimal("age").setScale(1, RoundingMode.DOWN), rs.getBigDecimal("p80").setScale(1, RoundingMode.HALF_UP),
                                catalog.dealValue(offer));
                    }).list();
            return new Slipped(advances, rules, contacts, count[0], total[0]);
        });
    }

    private static List<StageAdvances> advances(Handle h, Instant asOf) {
        return h.createQuery(ADVANCES).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new StageAdvances(Stage.fromCode(rs.getString("stage")).orElseThrow(), rs.getLong("spells"),
                        rs.getBigDecimal("p80")))
                .list();
    }

    /** The open contacts at as_of older in their stage than its rule ({@code overdue}: id, stage, offer_tag, age, p80). */
    private static String overdueCte(Map<Stage, BigDecimal> rules) {
        List<String> rows = new ArrayList<>();
        for (Stage s : rules.keySet()) {
            rows.add("('" + s.code() + "', CAST(:p80_" + s.code() + " AS numeric))");
        }
        return "WITH " + STATE_CTE + """
                , rules(stage, p80) AS (VALUES """ + String.join(", ", rows) + """
                ), overdue AS (
                    SELECT o.id, o.stage, o.offer_tag, o.age, r.p80
                      FROM (SELECT s.id, s.stage, s.offer_tag,
                                   greatest(0, extract(epoch FROM (CAST(:asOf AS timestamptz) - s.entered_at)) / 86400) AS age
                              FROM state s) o
                      JOIN rules r ON r.stage = o.stage
                     WHERE o.age > r.p80)
                """;
    }

    private static org.jdbi.v3.core.statement.Query bindRules(org.jdbi.v3.core.statement.Query q, Map<Stage, BigDecimal> rules, Instant asOf) {
        rules.forEach((s, p80) -> q.bind("p80_" + s.code(), p80));
        return q.bind("asOf", SqlTime.bind(asOf));
    }

    /**
     * The slipped bucket: the stages' advancing spells (with or without a rule), the rules in force, the most overdue
     * contacts (at most the limit asked for) and the count and deal value of all of them.
     */
    public record Slipped(List<StageAdvances> advances, Map<Stage, BigDecimal> rules, List<SlippedContact> contacts, long count,
                          BigDecimal total) {
        public Slipped {
            advances = List.copyOf(advances);
            rules = Map.copyOf(rules);
            contacts = List.copyOf(contacts);
        }
    }

    /** One slipped contact: who, where, how long against its stage's 80th percentile, what its deal is worth. */
    public record SlippedContact(UUID id, String contact, String name, Stage stage, Optional<String> offer, BigDecimal ageDays,
                                 BigDecimal p80Days, BigDecimal value) {
    }
}
