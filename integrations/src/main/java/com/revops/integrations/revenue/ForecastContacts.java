package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.GroupChance;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The open contacts with the highest expected revenue within 30 days (SPEC §5, top 50): the forecast ranks
 * its stage × offer × age groups by v(o)·G(s,a,30); SQL then lists the contacts of the best groups.
 */
public final class ForecastContacts {
    public static final int LIMIT = 50;

    private final Jdbi jdbi;

    public ForecastContacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<ForecastContact> top(Forecast forecast) {
        List<GroupChance> picked = new ArrayList<>();
        long covered = 0;
        for (GroupChance g : forecast.groupsByExpected30()) {
            if (covered >= LIMIT) {
                break;
            }
            picked.add(g);
            covered += g.contacts();
        }
        if (picked.isEmpty()) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            rows.add("(" + i + ", :stage" + i + ", CAST(:offer" + i + " AS text), CAST(:days" + i + " AS bigint))");
        }
        Instant asOf = forecast.asOf();
        return DatabaseErrors.withHandle(jdbi, "Listing the forecast's contacts", h -> {
            var query = h.createQuery("WITH " + STATE_CTE + """
                             , open AS (
                                 SELECT s.id, s.stage, s.offer_tag,
                                        greatest(0, extract(epoch FROM (CAST(:asOf AS timestamptz) - s.entered_at)) / 86400) AS age
                                   FROM state s)
                             SELECT o.id, coalesce(c.external_id, c.id::text) AS contact,
                                    coalesce(c.name, c.handle, c.external_id, '(unnamed)') AS name, o.stage, o.offer_tag, o.age, p.rank
                               FROM open o
                               JOIN crm_contacts c ON c.id = o.id
                               JOIN (VALUES """ + String.join(", ", rows) + """
                                    ) AS p(rank, stage, offer, days)
                                 ON p.stage = o.stage AND p.offer IS NOT DISTINCT FROM o.offer_tag AND p.days = floor(o.age)
                              ORDER BY p.rank, o.age DESC, name, o.id
                              LIMIT :limit""")
                    .bind("asOf", SqlTime.bind(asOf)).bind("limit", LIMIT);
            for (int i = 0; i < picked.size(); i++) {
                GroupChance g = picked.get(i);
                query.bind("stage" + i, g.stage().code()).bind("offer" + i, g.offerTag().orElse(null)).bind("days" + i, g.ageDays());
            }
            return query.map((rs, ctx) -> {
                GroupChance g = picked.get(rs.getInt("rank"));
                return new ForecastContact(rs.getObject("id", UUID.class), rs.getString("contact"), rs.getString("name"), g.stage(),
                        Optional.ofNullable(rs.getString("offer_tag")), rs.getBigDecimal("age").setScale(1, RoundingMode.DOWN),
                        g.closeChance().d30(), g.expectedEach(30));
            }).list();
        });
    }
}
