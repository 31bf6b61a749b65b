package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;

/**
 * The {@code hazard} method's expected revenue (SPEC §4):
 * {@code forecast_H = Σ_c v(o_c)·G(s_c,a_c,H)} over the open contacts, plus the new leads'
 * {@code Σ_s λ_in(s)·v̄_in·Σ_{u=1..H} F_s(H−u)} — explained per contact group, and per stage and age
 * bucket.
 */
public final class HazardForecast {
    private static final int[] HORIZONS = ByHorizon.DAYS.stream().mapToInt(Integer::intValue).toArray();

    private HazardForecast() {
    }

    public static Result compute(Hazards hazards, List<OpenGroup> open, DealValues values, LeadFlow leads) {
        CloseChances chances = new CloseChances(hazards, ByHorizon.MAX_DAYS);
        BigDecimal[] existing = zeros();
        List<GroupChance> groups = new ArrayList<>();
        Map<Stage, Map<AgeBucket, BigDecimal[]>> byBucket = new EnumMap<>(Stage.class);
        Map<Stage, Map<AgeBucket, Long>> counts = new EnumMap<>(Stage.class);
        for (OpenGroup group : open) {
            if (!group.stage().isOpen() || group.contacts() == 0) {
                continue;
            }
            double[] g = chances.close(group.stage(), group.ageDays(), HORIZONS);
            BigDecimal value = values.value(group.offerTag());
            groups.add(new GroupChance(group.stage(), group.offerTag(), group.ageDays(), group.contacts(), value,
                    new ByHorizon<>(g[0], g[1], g[2])));
            AgeBucket bucket = AgeBucket.of(group.ageDays());
            BigDecimal[] sums = byBucket.computeIfAbsent(group.stage(), s -> new EnumMap<>(AgeBucket.class))
                    .computeIfAbsent(bucket, b -> zeros());
            counts.computeIfAbsent(group.stage(), s -> new EnumMap<>(AgeBucket.class)).merge(bucket, group.contacts(), Long::sum);
            for (int i = 0; i < HORIZONS.length; i++) {
                BigDecimal expected = value.multiply(BigDecimal.valueOf(g[i] * group.contacts()));
                existing[i] = existing[i].add(expected);
                sums[i] = sums[i].add(expected);
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        byBucket.forEach((stage, buckets) -> buckets.forEach((bucket, sums) -> contributions.add(new Contribution(stage, bucket,
                counts.get(stage).get(bucket), new ByHorizon<>(sums[0], sums[1], sums[2])))));
        ByHorizon<BigDecimal> fromLeads = ByHorizon.of(h -> leads.expected(chances, h));
        ByHorizon<BigDecimal> fromOpen = new ByHorizon<>(existing[0], existing[1], existing[2]);
        return new Result(fromOpen, fromLeads, ByHorizon.of(h -> fromOpen.at(h).add(fromLeads.at(h))), contributions, groups);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[HORIZONS.length];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    /**
     * The forecast from the open contacts, from the new leads, and both; the contributions by stage and
     * age bucket; each group's chances.
     */
    public record Result(ByHorizon<BigDecimal> openContacts, ByHorizon<BigDecimal> newLeads, ByHorizon<BigDecimal> total,
                         List<Contribution> contributions, List<GroupChance> groups) {
        public Result {
            contributions = List.copyOf(contributions);
            groups = List.copyOf(groups);
        }
    }
}
