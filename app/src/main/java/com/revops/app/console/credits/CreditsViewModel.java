package com.revops.app.console.credits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.credits.Budget;
import com.revops.domain.credits.CreditBurn;
import com.revops.integrations.credits.CreditBurnReader;
import com.revops.integrations.credits.CreditRepository;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Credits screen's numbers (SPEC §6, PRD-019 §4.2): the same reader as {@code --credits}, at the
 * same instant — burn today and this month against budget, the projection, the suspension, spend by
 * model and task type (month and per day for 30 days) and the routing table with the decision now.
 */
public final class CreditsViewModel extends ScreenModel {
    static final int CHART_DAYS = 30;
    private final ConsoleContext context;
    private final ObjectProperty<BudgetGauge> today = new SimpleObjectProperty<>(BudgetGauge.NONE);
    private final ObjectProperty<BudgetGauge> month = new SimpleObjectProperty<>(BudgetGauge.NONE);
    private final ObjectProperty<BudgetGauge> projection = new SimpleObjectProperty<>(BudgetGauge.NONE);
    private final BooleanProperty suspended = new SimpleBooleanProperty(false);
    private final StringProperty banner = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final ObjectProperty<DailySpendBars> dailyByModel = new SimpleObjectProperty<>(DailySpendBars.EMPTY);
    private final ObjectProperty<DailySpendBars> dailyByTaskType = new SimpleObjectProperty<>(DailySpendBars.EMPTY);
    private final ObservableList<SpendLine> byModel = FXCollections.observableArrayList();
    private final ObservableList<SpendLine> byTaskType = FXCollections.observableArrayList();
    private final ObservableList<RouteLine> routes = FXCollections.observableArrayList();

    public CreditsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        ZoneId zone = context.zone();
        CreditBurnReader reader = new CreditBurnReader(context.services().database(), zone);
        CreditRepository ledger = reader.repository();
        LocalDate lastDay = asOf.atZone(zone).toLocalDate();
        return new Snapshot(reader.read(asOf),
                DailySpendBars.of(ledger.dailySpend(asOf, zone, CHART_DAYS, "model"), lastDay, CHART_DAYS),
                DailySpendBars.of(ledger.dailySpend(asOf, zone, CHART_DAYS, "task_type"), lastDay, CHART_DAYS));
    }

    private void apply(Snapshot s) {
        CreditBurn b = s.burn();
        ZoneId zone = context.zone();
        today.set(BudgetGauge.of("Burn today", b.spentToday(), b.daily(), "today"));
        month.set(BudgetGauge.of("Burn this month", b.spentThisMonth(), b.monthly(),
                "in " + b.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US))));
        projection.set(BudgetGauge.of("Projected month end", b.projectedMonthEnd(), b.monthly(), "at the current run rate"));
        suspended.set(!b.suspended().isEmpty());
        banner.set(bannerText(b, zone));
        subtitle.set("AI spend against the " + Formats.moneyCents(b.daily().limit()) + " daily and " + Formats.moneyCents(b.monthly().limit())
                + " monthly budgets · warning at " + b.daily().warnAtPercent().stripTrailingZeros().toPlainString()
                + "%, non-critical work suspended at 100% · as of " + Formats.when(b.asOf(), zone));
        byModel.setAll(lines(b.byModel(), b.spentThisMonth()));
        byTaskType.setAll(lines(b.byTaskType(), b.spentThisMonth()));
        routes.setAll(b.routes().stream().map(r -> new RouteLine(r.route().taskType(), r.route().model(), r.route().critical(),
                r.decision().suspended() ? "suspended" : "ok", r.decision().reason().orElse(r.route().critical() ? "critical: never suspended" : "")))
                .toList());
        dailyByModel.set(s.byModel());
        dailyByTaskType.set(s.byTaskType());
    }

    static String bannerText(CreditBurn b, ZoneId zone) {
        if (b.suspended().isEmpty()) {
            return "";
        }
        List<String> names = b.suspended().stream().map(r -> r.route().taskType()).toList();
        List<String> critical = b.routes().stream().filter(r -> r.route().critical()).map(r -> r.route().taskType()).toList();
        return "NON-CRITICAL AI WORK SUSPENDED" + b.suspendedUntil().map(at -> " UNTIL " + Formats.when(at, zone).toUpperCase(Locale.US)).orElse("")
                + " — " + b.suspended().get(0).decision().reason().orElse("budget reached") + ".\nSuspended: " + String.join(", ", names)
                + (critical.isEmpty() ? "." : ". Still running (critical): " + String.join(", ", critical) + ".");
    }

    private static List<SpendLine> lines(Map<String, BigDecimal> spend, BigDecimal total) {
        return spend.entrySet().stream().map(e -> new SpendLine(e.getKey(), e.getValue(),
                total.signum() == 0 ? Optional.empty() : Optional.of(e.getValue().divide(total, java.math.MathContext.DECIMAL64)))).toList();
    }

    public ObjectProperty<BudgetGauge> todayProperty() {
        return today;
    }

    public ObjectProperty<BudgetGauge> monthProperty() {
        return month;
    }

    public ObjectProperty<BudgetGauge> projectionProperty() {
        return projection;
    }

    public BooleanProperty suspendedProperty() {
        return suspended;
    }

    public StringProperty bannerProperty() {
        return banner;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public ObjectProperty<DailySpendBars> dailyByModelProperty() {
        return dailyByModel;
    }

    public ObjectProperty<DailySpendBars> dailyByTaskTypeProperty() {
        return dailyByTaskType;
    }

    public ObservableList<SpendLine> byModel() {
        return byModel;
    }

    public ObservableList<SpendLine> byTaskType() {
        return byTaskType;
    }

    public ObservableList<RouteLine> routes() {
        return routes;
    }

    private record Snapshot(CreditBurn burn, DailySpendBars byModel, DailySpendBars byTaskType) {
    }

    /** A model's or task type's spend this month and its share of the month's total. */
    public record SpendLine(String name, BigDecimal spent, Optional<BigDecimal> share) {
    }

    /** A routing-table row with the governor's decision now. */
    public record RouteLine(String taskType, String model, boolean critical, String decision, String reason) {
    }

    /** What a budget gauge shows: the spend, the limit, the level and the text around them. */
    public record BudgetGauge(String title, BigDecimal spent, BigDecimal limit, BigDecimal warnAtPercent, Budget.Level level, String value,
                              String detail) {
        static final BudgetGauge NONE = new BudgetGauge("", BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("80"), Budget.Level.OK, "—", "");

        static BudgetGauge of(String title, BigDecimal spent, Budget budget, String when) {
            String share = CreditBurn.share(spent, budget).map(Formats::percent).orElse("n/a");
            return new BudgetGauge(title, spent, budget.limit(), budget.warnAtPercent(), budget.level(spent), Formats.moneyCents(spent),
                    share + " of " + Formats.moneyCents(budget.limit()) + " " + when);
        }

        /** "ok", "warning", "exceeded": also the style class of the level. */
        public String levelName() {
            return level.name().toLowerCase(Locale.ROOT);
        }
    }
}
