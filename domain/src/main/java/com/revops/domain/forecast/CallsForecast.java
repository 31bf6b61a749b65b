package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * "Model + your calls" beside the hazard forecast (docs/decisions/0075-the-operators-calls.md). Each called open
 * contact keeps its model chance {@code G(s,a,H)} in the model's figure; with the calls:
 * <ul>
 * <li>commit — it closes within every horizon: {@code + v·(1 − G_H)} (its full value instead of its expected one);</li>
 * <li>out — it never closes: {@code − v·G_H};</li>
 * <li>upside — the model's chance in the expected figure, P10 and P50; the best case (P90) counts it closed.</li>
 * </ul>
 * The range with calls is the forecast's Monte Carlo (the same seed, hazards and new leads) over the open contacts
 * without the committed and the out ones, plus the committed value in every draw; its P90 comes from the same draws
 * with the upside contacts taken out too and their full value added. With no calls it is the model's range.
 */
public final class CallsForecast {
    private CallsForecast() {
    }

    /** The model's forecast_H with the calls applied: Σ over commits of v·(1 − G_H), minus Σ over outs of v·G_H. */
    public static ByHorizon<BigDecimal> expected(ByHorizon<BigDecimal> model, List<GroupChance> groups, List<Called> calls) {
        return ByHorizon.of(h -> {
            BigDecimal sum = model.at(h);
            for (Called c : calls) {
                Optional<GroupChance> g = groupOf(groups, c);
                if (g.isEmpty()) {
                    continue;
                }
                BigDecimal expectedEach = g.get().expectedEach(h);
                sum = switch (c.call()) {
                    case COMMIT -> sum.add(g.get().value().subtract(expectedEach));
                    case OUT -> sum.subtract(expectedEach);
                    case UPSIDE -> sum;
                };
            }
            return sum;
        });
    }

    /** What the upside calls add in the best case: Σ v·(1 − G_H) over them. */
    public static ByHorizon<BigDecimal> upsideRemainder(List<GroupChance> groups, List<Called> calls) {
        return ByHorizon.of(h -> calls.stream().filter(c -> c.call() == DealCall.UPSIDE).map(c -> groupOf(groups, c))
                .flatMap(Optional::stream).map(g -> g.value().subtract(g.expectedEach(h))).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Model + your calls at the forecast's as_of; with a range when the model has one. */
    public static WithCalls of(Forecast model, ForecastInputs in, List<Called> calls) {
        List<Called> known = calls.stream().filter(c -> groupOf(model.groups(), c).isPresent()).toList();
        ByHorizon<BigDecimal> expected = expected(model.hazard(), model.groups(), known);
        ByHorizon<BigDecimal> upside = upsideRemainder(model.groups(), known);
        Optional<ByHorizon<Interval>> range = model.range().map(r -> range(r, model, in, known, upside));
        return new WithCalls(expected, range, upside, count(known, DealCall.COMMIT), count(known, DealCall.UPSIDE), count(known, DealCall.OUT));
    }

    private static ByHorizon<Interval> range(ByHorizon<Interval> modelRange, Forecast model, ForecastInputs in, List<Called> calls,
                                             ByHorizon<BigDecimal> upside) {
        DealValues values = DealValues.of(in.catalog(), in.won());
        Hazards hazards = Hazards.fit(SpellTable.of(in.spells()));
        LeadFlow leads = LeadFlow.of(in.leads(), values);
        boolean removes = calls.stream().anyMatch(c -> c.call() != DealCall.UPSIDE);
        ByHorizon<Interval> drawn = removes ? ForecastRange.of(hazards, without(in.open(), calls, false), values, leads, in.asOf()) : modelRange;
        BigDecimal committed = valueOf(model.groups(), calls, DealCall.COMMIT);
        boolean upsides = calls.stream().anyMatch(c -> c.call() == DealCall.UPSIDE);
        // the best case: the same draws with every upside deal closing as well
        ByHorizon<Interval> best = upsides ? ForecastRange.of(hazards, without(in.open(), calls, true), values, leads, in.asOf()) : drawn;
        BigDecimal bestExtra = committed.add(valueOf(model.groups(), calls, DealCall.UPSIDE));
        return ByHorizon.of(h -> new Interval(money(drawn.at(h).p10().add(committed)), money(drawn.at(h).p50().add(committed)),
                money(best.at(h).p90().add(upsides ? bestExtra : committed))));
    }

    /** The full value of the contacts with this call. */
    static BigDecimal valueOf(List<GroupChance> groups, List<Called> calls, DealCall call) {
        return calls.stream().filter(c -> c.call() == call).map(c -> groupOf(groups, c)).flatMap(Optional::stream)
                .map(GroupChance::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The open groups less the committed and out contacts (and the upside ones too, for the best case). */
    static List<OpenGroup> without(List<OpenGroup> open, List<Called> calls, boolean upsideToo) {
        List<OpenGroup> left = new ArrayList<>();
        for (OpenGroup g : open) {
            long taken = calls.stream().filter(c -> (upsideToo || c.call() != DealCall.UPSIDE) && c.stage() == g.stage()
                    && c.offerTag().equals(g.offerTag()) && c.ageDays() == g.ageDays()).count();
            long n = Math.max(0, g.contacts() - taken);
            left.add(new OpenGroup(g.stage(), g.offerTag(), g.ageDays(), n, g.velocityDue().map(d -> Math.min(d, n))));
        }
        return left;
    }

    private static Optional<GroupChance> groupOf(List<GroupChance> groups, Called c) {
        return groups.stream().filter(g -> g.stage() == c.stage() && g.offerTag().equals(c.offerTag()) && g.ageDays() == c.ageDays())
                .findFirst();
    }

    private static long count(List<Called> calls, DealCall call) {
        return calls.stream().filter(c -> c.call() == call).count();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** One called open contact: the call and the group it sits in (stage, offer, whole days in stage at as_of). */
    public record Called(DealCall call, Stage stage, Optional<String> offerTag, long ageDays) {
    }

    /**
     * Model + your calls: forecast_H with the calls, its P10/P50/P90 (P90 the best case, with the upside deals
     * closing), what the upside deals would add beyond their expected value (Σ v·(1 − G_H)), and how many calls of
     * each kind counted.
     */
    public record WithCalls(ByHorizon<BigDecimal> expected, Optional<ByHorizon<Interval>> range, ByHorizon<BigDecimal> upside,
                            long commits, long upsides, long outs) {
        public long calls() {
            return commits + upsides + outs;
        }
    }
}
