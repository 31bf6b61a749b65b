package com.revops.app.console.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.integrations.headline.HeadlineReading;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.revenue.SnapshotTrend;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final BooleanProperty headlinePending = new SimpleBooleanProperty(true);
    private final BooleanProperty offersPending = new SimpleBooleanProperty(true);
    private final BooleanProperty alertsPending = new SimpleBooleanProperty(true);
    private int round;
    /** The newest refresh's reading (FX thread only). */
    private Reading reading;

    public DashboardViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    /**
     * Loads the tiles in three parts, each shown as it arrives (issue 15 point 4): the headline numbers
     * (pipeline, forecast, month to date, deals), then the top offer and best source, then the open alerts.
     * A tile waiting for its part shows a progress indicator; a newer refresh drops an older one's parts.
     * Every part of one refresh reads in the same read-only transaction, one consistent snapshot
     * (docs/decisions/0057-one-read-per-headline.md), ended when the last part is in (or a newer refresh began).
     */
    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        int mine = ++round;
        headlinePending.set(true);
        offersPending.set(true);
        alertsPending.set(true);
        Reading previous = reading;
        Reading current = new Reading(asOf);
        reading = current;
        if (previous != null) {
            executor.background(previous::close);
        }
        load(current::overview, overview -> {
            applyHeadline(overview);
            headlinePending.set(false);
            CompletableFuture<?> leaders = part(mine, () -> current.get().leaders(), l -> {
                applyLeaders(l);
                offersPending.set(false);
            });
            // this month's target, when one is set: the chance of hitting it under the deals count (issue 19)
            CompletableFuture<?> target = part(mine, () -> current.get().target(),
                    t -> t.ifPresent(chance -> dealsDetail.set(dealsDetail.get() + " · " + chance.headline())));
            CompletableFuture<?> trend = part(mine, () -> Trends.of(current.get().trend(SnapshotTrend.DAYS)), trends::set);
            CompletableFuture<?> open = part(mine, () -> current.get().alerts(), found -> {
                alerts.setAll(found.stream().map(DashboardViewModel::item).toList());
                alertsPending.set(false);
            });
            CompletableFuture.allOf(leaders, target, trend, open).whenComplete((done, error) -> current.close());
        });
    }

    /** One later part of refresh {@code mine}: fetched in the background, applied unless a newer refresh began. */
    private <T> CompletableFuture<T> part(int mine, java.util.function.Supplier<T> fetch, java.util.function.Consumer<T> apply) {
        CompletableFuture<T> fetched = executor.background(fetch);
        fetched.whenComplete((value, error) -> executor.ui(() -> {
            if (mine != round) {
                return;
            }
            if (error == null) {
                apply.accept(value);
            } else {
                reportProblem(describe(error));
            }
        }));
        return fetched;
    }

    /** The headline reading of one refresh, made in the background on its first part (the database may be starting). */
    private final class Reading {
        private final Instant asOf;
        private Optional<HeadlineReading> opened = Optional.empty();
        private boolean closed;

        Reading(Instant asOf) {
            this.asOf = asOf;
        }

        synchronized HeadlineReading get() {
            if (closed) {
                throw new IllegalStateException("a newer refresh replaced this one");
            }
            if (opened.isEmpty()) {
                opened = Optional.of(context.services().headlines().reading(asOf));
            }
            return opened.get();
        }

        RevenueEngine.Overview overview() {
            try {
                return get().overview();
            } catch (RuntimeException e) {
                close(); // no later part follows a failed first one
                throw e;
            }
        }

        synchronized Void close() {
            closed = true;
            opened.ifPresent(HeadlineReading::close);
            return null;
        }
    }

    private void applyHeadline(RevenueEngine.Overview overview) {
        PipelineSummary p = overview.pipeline();
        pipelineValue.set(p.totalValue());
        long nonEmpty = p.stages().stream().filter(l -> l.contacts() > 0).count();
        pipelineDetail.set(p.totalContacts() + " open contacts across " + nonEmpty + " stages");
        var f = overview.forecast();
        forecast30.set(f.forecast30());
        forecastDetail.set(f.range().map(r -> "likely " + ForecastWords.range(r.d30()) + " · ").orElse("") + "90 days "
                + Formats.money(f.forecast90()));
        var mtd = overview.monthToDate();
        mtdRevenue.set(mtd.revenue());
        mtdDetail.set(mtd.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.US)) + (mtd.churned().signum() > 0 ? " · churned " + Formats.money(mtd.churned()) : " · no churn"));
        dealsThisMonth.set(mtd.dealsClosed());
        dealsDetail.set("deals won in " + mtd.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US));
        stages.setAll(p.stages());
    }

    private void applyLeaders(HeadlineReading.Leaders s) {
        topOffer.set(s.topOffer().map(OfferPerformance::offerTag).orElse("none yet"));
        topOfferDetail.set(s.topOffer().map(o -> Formats.money(o.revenue()) + " · " + Formats.percent(o.conversion()) + " conversion · "
                + Formats.times(o.roi()) + " ROI on " + Formats.money(o.cost()) + " cost (time " + Formats.money(o.costs().operatorTime())
                + ", AI " + Formats.money(o.costs().aiCredits()) + ", ads " + Formats.money(o.costs().adSpend()) + ")")
                .orElse("no revenue in the last 90 days"));
        bestSource.set(s.bestSource().map(b -> b.platform() + " → " + b.niche()).orElse("none yet"));
        bestSourceDetail.set(s.bestSource().map(b -> Formats.money(b.revenue()) + " from " + b.deals() + " deal" + (b.deals() == 1 ? "" : "s")
                + " in 90 days").orElse("no revenue in the last 90 days"));
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

    /** True while the tile's numbers are on their way (a progress indicator shows in the tile). */
    public ReadOnlyBooleanProperty headlinePendingProperty() {
        return headlinePending;
    }

    public ReadOnlyBooleanProperty offersPendingProperty() {
        return offersPending;
    }

    public ReadOnlyBooleanProperty alertsPendingProperty() {
        return alertsPending;
    }

    /** An open alert on the dashboard, and where clicking it leads. */
    public record AlertItem(String severity, String type, String subject, String message, String action, ScreenId target,
                            Optional<String> focus) {
    }
}
