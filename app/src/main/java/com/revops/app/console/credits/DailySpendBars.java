package com.revops.app.console.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.integrations.credits.CreditRepository.DailySpend;

/**
 * Spend per day for a stacked bar chart: every day of the window (days without spend at zero) and
 * one series per model or task type, largest total first.
 */
public record DailySpendBars(List<LocalDate> days, Map<String, List<BigDecimal>> series) {
    public static final DailySpendBars EMPTY = new DailySpendBars(List.of(), Map.of());

    public DailySpendBars {
        days = List.copyOf(days);
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
    }

    /** The rows of {@code CreditRepository.dailySpend} over the {@code count} days ending {@code lastDay}. */
    public static DailySpendBars of(List<DailySpend> rows, LocalDate lastDay, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            days.add(lastDay.minusDays(i));
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.merge(r.model(), r.cost(), BigDecimal::add));
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        totals.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> series.put(e.getKey(), new ArrayList<>(Collections.nCopies(count, BigDecimal.ZERO))));
        for (DailySpend row : rows) {
            int index = days.indexOf(row.day());
            if (index >= 0) {
                series.get(row.model()).set(index, series.get(row.model()).get(index).add(row.cost()));
            }
        }
        series.replaceAll((k, v) -> List.copyOf(v));
        return new DailySpendBars(days, series);
    }
}
