package com.revops.app.console.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.experiments.ExperimentVerdict;
import com.revops.domain.experiments.MetricDelta;
import com.revops.integrations.experiments.AcdExperimentRepository.AsoExperiment;
import com.revops.integrations.experiments.AcdExperimentRepository.ProductExperiment;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Experiments screen (SPEC §6): verdicts first, then every variant and every before/after experiment, all exportable. */
public final class ExperimentsView {
    private final ExperimentsViewModel model;
    private final ScrollPane root = new ScrollPane();

    public ExperimentsView(ExperimentsViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        Label title = Headings.title("Experiments");
        Label subtitle = Headings.subtitle("A winner needs p < 0.05 in a two-sided two-proportion z-test against every other variant and at least "
                + ExperimentVerdict.MIN_IMPRESSIONS + " impressions per variant; until then, the impressions per variant that the observed"
                + " difference would need.");

        VBox screen = new VBox(title, subtitle,
                section("Paywall experiments", verdicts("paywall-verdicts", model.paywallVerdicts()),
                        variantTable("experiments-paywall", model.paywallVariants(), true, "paywall-experiments")),
                section("A/B tests", verdicts("ab-verdicts", model.abVerdicts()),
                        variantTable("experiments-ab", model.abVariants(), false, "ab-tests")),
                section("Product experiments (ACD)", productTable()),
                section("App Store experiments", asoTable()));
        screen.getStyleClass().addAll("screen", "experiments-screen");
        root.setContent(screen);
        root.setFitToWidth(true);
        root.getStylesheets().add(ScreenStylesheet.of("experiments"));
    }

    private static VBox section(String heading, Node... content) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(8, label);
        box.getChildren().addAll(content);
        return box;
    }

    private static VBox verdicts(String id, ObservableList<ExperimentsViewModel.VerdictLine> lines) {
        VBox box = new VBox(6);
        box.setId(id);
        lines.addListener((ListChangeListener<ExperimentsViewModel.VerdictLine>) c -> {
            box.getChildren().clear();
            for (ExperimentsViewModel.VerdictLine line : lines) {
                Label badge = new Label(line.verdict().outcome().label().toUpperCase(Locale.ROOT));
                badge.getStyleClass().addAll("verdict-badge", line.style());
                badge.setMinWidth(Label.USE_PREF_SIZE);
                Label name = new Label(line.experiment() + " (" + line.status() + ")");
                name.getStyleClass().add("verdict-experiment");
                name.setMinWidth(Label.USE_PREF_SIZE);
                Label summary = new Label(line.verdict().summary());
                summary.getStyleClass().add("verdict-summary");
                summary.setWrapText(true);
                HBox.setHgrow(summary, Priority.ALWAYS);
                HBox row = new HBox(10, badge, name, summary);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().addAll("verdict-row", line.style());
                box.getChildren().add(row);
            }
        });
        return box;
    }

    private static TableView<ExperimentsViewModel.VariantLine> variantTable(String id, ObservableList<ExperimentsViewModel.VariantLine> lines,
                                                                           boolean revenue, String exportName) {
        TableView<ExperimentsViewModel.VariantLine> table = new TableView<>(lines);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 2);
        table.setPlaceholder(new Label("No experiments recorded"));
        table.getColumns().add(TableColumns.text("Experiment", ExperimentsViewModel.VariantLine::experiment));
        table.getColumns().add(TableColumns.text("Variant", ExperimentsViewModel.VariantLine::variant));
        table.getColumns().add(TableColumns.count("Impressions", ExperimentsViewModel.VariantLine::impressions));
        table.getColumns().add(TableColumns.count("Conversions", ExperimentsViewModel.VariantLine::conversions));
        table.getColumns().add(TableColumns.optional("Conv. rate", ExperimentsViewModel.VariantLine::conversionRate, ExperimentsView::percent2));
        if (revenue) {
            table.getColumns().add(TableColumns.optional("Revenue", ExperimentsViewModel.VariantLine::revenue, Formats::moneyCents));
            table.getColumns().add(TableColumns.optional("Revenue per user", ExperimentsViewModel.VariantLine::revenuePerUser, Formats::moneyCents));
        }
        table.getColumns().add(TableColumns.text("Against the leader", ExperimentsViewModel.VariantLine::againstLeader));
        if (revenue) {
            TableColumns.widths(table, 200, 110, 110, 115, 95, 105, 140, 215);
        } else {
            TableColumns.widths(table, 250, 150, 100, 100, 110, 290);
        }
        return TableExport.exportable(table, exportName);
    }

    private TableView<ProductExperiment> productTable() {
        TableView<ProductExperiment> table = new TableView<>(model.productExperiments());
        table.setId("experiments-product");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 2);
        table.setPlaceholder(new Label("No product experiments recorded"));
        table.getColumns().add(TableColumns.text("Project", ProductExperiment::project));
        table.getColumns().add(TableColumns.text("Change (ACD task)", ProductExperiment::acdTask));
        table.getColumns().add(TableColumns.optional("Baseline", p -> p.conversion().baseline(), ExperimentsView::percent2));
        table.getColumns().add(TableColumns.optional("Post", p -> p.conversion().post(), ExperimentsView::percent2));
        table.getColumns().add(TableColumns.optional("Change", p -> p.conversion().absolute(), ExperimentsView::points));
        table.getColumns().add(TableColumns.optional("Relative", p -> p.conversion().relative(), ExperimentsView::signedPercent));
        table.getColumns().add(TableColumns.text("Status", ProductExperiment::status));
        table.getColumns().add(TableColumns.text("Result", ProductExperiment::result));
        TableColumns.widths(table, 115, 330, 80, 80, 90, 75, 90, 280);
        return TableExport.exportable(table, "product-experiments");
    }

    private TableView<AsoExperiment> asoTable() {
        TableView<AsoExperiment> table = new TableView<>(model.asoExperiments());
        table.setId("experiments-aso");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 2);
        table.setPlaceholder(new Label("No App Store experiments recorded"));
        table.getColumns().add(TableColumns.text("App", AsoExperiment::app));
        table.getColumns().add(TableColumns.text("Type", AsoExperiment::experimentType));
        table.getColumns().add(TableColumns.text("Metric", AsoExperiment::metricName));
        table.getColumns().add(TableColumns.optional("Baseline", a -> a.metric().baseline(), v -> metric(a(v), v)));
        table.getColumns().add(TableColumns.optional("Post", a -> a.metric().post(), v -> metric(a(v), v)));
        var change = TableColumns.<AsoExperiment>text("Change", a -> a.metric().absolute().map(d -> a.metric().isRate() ? points(d) : signed(d)).orElse("n/a"));
        change.getStyleClass().add("number");
        table.getColumns().add(change);
        table.getColumns().add(TableColumns.optional("Relative", a -> a.metric().relative(), ExperimentsView::signedPercent));
        table.getColumns().add(TableColumns.text("Status", AsoExperiment::status));
        table.getColumns().add(TableColumns.text("Hypothesis", AsoExperiment::hypothesis));
        TableColumns.widths(table, 110, 90, 170, 80, 80, 85, 75, 85, 330);
        return TableExport.exportable(table, "app-store-experiments");
    }

    /** A value between 0 and 1 is a rate (shown in percent), anything else a count. */
    private static MetricDelta a(BigDecimal value) {
        return new MetricDelta(Optional.of(value), Optional.empty());
    }

    private static String metric(MetricDelta single, BigDecimal value) {
        return single.isRate() ? percent2(value) : new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.US))
                .format(value);
    }

    static String percent2(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A change of a rate in percentage points: "+12.60 pts". */
    static String points(BigDecimal change) {
        BigDecimal p = change.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " pts";
    }

    static String signedPercent(BigDecimal rate) {
        BigDecimal p = rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    private static String signed(BigDecimal value) {
        String text = String.format(Locale.US, "%,.0f", value);
        return value.signum() > 0 ? "+" + text : text;
    }
}
