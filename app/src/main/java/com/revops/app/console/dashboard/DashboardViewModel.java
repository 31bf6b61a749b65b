package com.revops.app.console.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SourceRevenue;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.revenue.SnapshotTrend;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The dashboard's numbers (SPEC §6): the same engine as {@code --pipeline/--forecast/--mtd}, at the same instant. */
public final class DashboardViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObjectProperty<BigDecimal> pipelineValue = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> forecast30 = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> mtdRevenue = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> dealsThisMonth = new SimpleObjectProperty<>();
    private final StringProperty pipelineDetail = new SimpleStringProperty("");
    private final StringProperty forecastDetail = new SimpleStringProperty("");
    private final StringProperty mtdDetail = new SimpleStringProperty("");
    private final StringProperty dealsDetail = new SimpleStringProperty("");
    private final StringProperty topOffer = new SimpleStringProperty("—");
    private final StringProperty topOfferDetail = new SimpleStringProperty("");
    private final StringProperty bestSource = new SimpleStringProperty("—");
    private final StringProperty bestSourceDetail = new SimpleStringProperty("");
    private final ObservableList<AlertItem> alerts = FXCollections.observableArrayList();
    private final ObservableList<PipelineSummary.StageLine> stages = FXCollections.observableArrayList();
    private final ObjectProperty<Trends> trends = new SimpleObjectProperty<>(Trends.NONE);

    public DashboardViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        var db = context.services().database();
        RevenueEngine engine = new RevenueEngine(db, context.zone());
        RevenueEngine.Overview overview = engine.overview(asOf);
        return new Snapshot(overview, engine.offerPerformance(asOf).topOffer(), engine.topSources(asOf).bestPair(),
                new AlertCheck(db, context.zone()).evaluate(asOf, overview),
                Trends.of(new SnapshotTrend(db).upTo(asOf.atZone(context.zone()).toLocalDate(), SnapshotTrend.DAYS)));
    }

    private void apply(Snapshot s) {
        PipelineSummary p = s.overview().pipeline();
        pipelineValue.set(p.totalValue());
        long nonEmpty = p.stages().stream().filter(l -> l.contacts() > 0).count();
        pipelineDetail.set(p.totalContacts() + " open contacts across " + nonEmpty + " stages");
        var f = s.overview().forecast();
        forecast30.set(f.forecast30());
        forecastDetail.set(f.range().map(r -> "likely " + ForecastWords.range(r.d30()) + " · ").orElse("") + "90 days "
                + Formats.money(f.forecast90()));
        var mtd = s.overview().monthToDate();
        mtdRevenue.set(mtd.revenue());
        mtdDetail.set(mtd.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.US)) + (mtd.churned().signum() > 0 ? " · churned " + Formats.money(mtd.churned()) : " · no churn"));
        dealsThisMonth.set(mtd.dealsClosed());
        dealsDetail.set("deals won in " + mtd.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US));
        topOffer.set(s.topOffer().map(OfferPerformance::offerTag).orElse("none yet"));
        topOfferDetail.set(s.topOffer().map(o -> Formats.money(o.revenue()) + " · " + Formats.percent(o.conversion()) + " conversion · "
                + Formats.times(o.roi()) + " ROI on " + Formats.money(o.cost()) + " cost").orElse("no revenue in the last 90 days"));
        bestSource.set(s.bestSource().map(b -> b.platform() + " → " + b.niche()).orElse("none yet"));
        bestSourceDetail.set(s.bestSource().map(b -> Formats.money(b.revenue()) + " from " + b.deals() + " deal" + (b.deals() == 1 ? "" : "s")
                + " in 90 days").orElse("no revenue in the last 90 days"));
        alerts.setAll(s.alerts().stream().map(DashboardViewModel::item).toList());
        stages.setAll(p.stages());
        trends.set(s.trends());
    }

    static AlertItem item(Alert a) {
        ScreenId target = switch (a.type()) {
            case HIGH_VALUE_SILENT -> ScreenId.CONTACTS;
            case REPLY_RATE_DROP -> ScreenId.EMAIL;
            case PIPELINE_STAGNATION -> ScreenId.PIPELINE;
            case FORECAST_DROP -> ScreenId.FORECAST;
            case CREDIT_BUDGET_WARNING, CREDIT_BUDGET_EXCEEDED -> ScreenId.CREDITS;
            case FUNNEL_PHASE_CHANGE -> ScreenId.FUNNEL;
            case DEAL_CLOSED -> ScreenId.OFFERS;
            case AD_PAUSED, AD_PAUSE_FAILED, AD_DRIFT -> ScreenId.ADS;
            case ROUTINE_HEARTBEAT_FAILED, ROUTINE_STEP_FAILED, ROUTINE_STEP_MISSING -> ScreenId.ROUTINE;
            case SORA_JOB_STUCK -> ScreenId.SORA;
        };
        Optional<String> focus = a.type() == AlertType.HIGH_VALUE_SILENT ? Optional.of(a.subject().replaceAll(" \\(.*\\)$", ""))
                : Optional.empty();
        return new AlertItem(a.severity().code(), a.type().code(), a.subject(), a.message(), a.action(), target, focus);
    }

    public ObjectProperty<BigDecimal> pipelineValueProperty() {
        return pipelineValue;
    }

    public ObjectProperty<BigDecimal> forecast30Property() {
        return forecast30;
    }

    public ObjectProperty<BigDecimal> mtdRevenueProperty() {
        return mtdRevenue;
    }

    public ObjectProperty<Long> dealsThisMonthProperty() {
        return dealsThisMonth;
    }

    public StringProperty pipelineDetailProperty() {
        return pipelineDetail;
    }

    public StringProperty forecastDetailProperty() {
        return forecastDetail;
    }

    public StringProperty mtdDetailProperty() {
        return mtdDetail;
    }

    public StringProperty dealsDetailProperty() {
        return dealsDetail;
    }

    public StringProperty topOfferProperty() {
        return topOffer;
    }

    public StringProperty topOfferDetailProperty() {
        return topOfferDetail;
    }

    public StringProperty bestSourceProperty() {
        return bestSource;
    }

    public StringProperty bestSourceDetailProperty() {
        return bestSourceDetail;
    }

    public ObservableList<AlertItem> alerts() {
        return alerts;
    }

    public ObservableList<PipelineSummary.StageLine> stages() {
        return stages;
    }

    /** The sparklines of the pipeline, forecast and MTD tiles. */
    public javafx.beans.value.ObservableValue<Trends> trendsProperty() {
        return trends;
    }

    private record Snapshot(RevenueEngine.Overview overview, Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource,
                            List<Alert> alerts, Trends trends) {
    }

    /** An open alert on the dashboard, and where clicking it leads. */
    public record AlertItem(String severity, String type, String subject, String message, String action, ScreenId target,
                            Optional<String> focus) {
    }
}
