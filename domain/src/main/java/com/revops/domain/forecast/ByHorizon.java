package com.revops.domain.forecast;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** One figure for each forecast horizon: 30, 60 and 90 days (SPEC §4). */
public record ByHorizon<T>(T d30, T d60, T d90) {
    /** The horizons in days, shortest first. */
    public static final List<Integer> DAYS = List.of(30, 60, 90);
    /** The longest horizon. */
    public static final int MAX_DAYS = 90;

    public static <T> ByHorizon<T> of(IntFunction<T> byDays) {
        return new ByHorizon<>(byDays.apply(30), byDays.apply(60), byDays.apply(90));
    }

    public T at(int days) {
        return switch (days) {
            case 30 -> d30;
            case 60 -> d60;
            case 90 -> d90;
            default -> throw new IllegalArgumentException("no " + days + "-day horizon; the horizons are " + DAYS);
        };
    }

    public <R> ByHorizon<R> map(Function<T, R> f) {
        return new ByHorizon<>(f.apply(d30), f.apply(d60), f.apply(d90));
    }
}
