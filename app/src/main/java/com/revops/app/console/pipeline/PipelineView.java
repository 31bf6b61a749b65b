package com.revops.app.console.pipeline;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import com.revops.app.console.MainWindow;
import com.revops.app.console.Navigator;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionStep;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.revenue.StageContact;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Pipeline screen: the funnel, step conversion, time in stage, sales velocity and the contacts of a stage. */
public final class PipelineView {
    private final PipelineViewModel model;
    private final Navigator navigator;
    private final VBox root = new VBox();
    private final FunnelChart funnel = new FunnelChart();
    private final TableView<ConversionStep> conversion;
    private final TableView<TimeInStage.Line> timeInStage;
    private final TableView<StageContact> contacts;
    private final TextField search = new TextField();

    public PipelineView(PipelineViewModel model, Navigator navigator, ZoneId zone) {
        this.model = model;
        this.navigator = navigator;
        this.conversion = PipelineTables.conversion(model.steps());
        this.timeInStage = PipelineTables.timeInStage(model.timeInStage());
        this.contacts = PipelineTables.contacts(zone);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "pipeline-screen");
        root.getStylesheets().add(ScreenStylesheet.of("revenue-screens"));
        root.setId("pipeline-screen");
        root.setUserData((MainWindow.Focusable) model::focusStage);
        Label title = Headings.title("Pipeline");
        Label subtitle = Headings.subtitle(model.totalProperty());
        subtitle.setId("pipeline-total");
        HBox top = new HBox(20, funnelColumn(), ratesColumn());
        root.getChildren().addAll(new VBox(2, title, subtitle), top, contactsSection());
    }

    private Node funnelColumn() {
        funnel.setId("pipeline-funnel");
        VBox.setVgrow(funnel, Priority.ALWAYS);
        Label velocityTitle = new Label("Sales velocity");
        velocityTitle.getStyleClass().add("velocity-title");
        Label velocity = new Label();
        velocity.setId("pipeline-velocity");
        velocity.getStyleClass().add("velocity-value");
        velocity.textProperty().bind(model.velocityProperty());
        Label factors = new Label();
        factors.setId("pipeline-velocity-factors");
        factors.getStyleClass().add("hint");
        factors.setWrapText(true);
        factors.setMinHeight(Region.USE_PREF_SIZE);
        factors.textProperty().bind(model.velocityFactorsProperty());
        Glossary.explain(velocityTitle, "velocity.perDay");
        Glossary.explain(factors, "velocity.winRate");
        HBox headline = new HBox(10, velocityTitle, velocity);
        headline.setAlignment(Pos.BASELINE_LEFT);
        VBox velocityBox = new VBox(2, headline, factors);
        velocityBox.getStyleClass().add("velocity-box");
        VBox column = new VBox(6, Headings.section("Open stages"),
                Headings.hint("Bar width = contacts; ↓ each step's blended rate. Click a stage to list it."), funnel, velocityBox);
        column.setMinWidth(360);
        column.setPrefWidth(390);
        column.setMaxWidth(460);
        return column;
    }

    private Node ratesColumn() {
        VBox column = new VBox(6, Headings.section("Step conversion"),
                Headings.hint("observed = converted ÷ resolved; blended = (converted + 20 × prior) ÷ (resolved + 20) — the rate the forecast uses"),
                conversion, Headings.section("Time in stage"),
                Headings.hint("days from entering a stage to leaving it; blended = (Σ days + 20 × prior days) ÷ (transitions + 20)"),
                timeInStage);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private Node contactsSection() {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setId("pipeline-contacts-title");
        heading.textProperty().bind(model.contactsTitleProperty());
        search.setPromptText("Filter by name, handle, platform, niche or offer");
        search.setId("pipeline-search");
        search.setPrefColumnCount(28);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.contactsLoadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, heading, busy, spacer, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label note = Headings.hint("");
        note.setId("pipeline-contacts-note");
        note.textProperty().bind(model.contactsNoteProperty());
        SortedList<StageContact> sorted = new SortedList<>(model.shownContacts());
        sorted.comparatorProperty().bind(contacts.comparatorProperty());
        contacts.setItems(sorted);
        contacts.setPlaceholder(new Label("Click a stage of the funnel (or a row of the tables above) to list its contacts."));
        contacts.setMinHeight(150);
        VBox.setVgrow(contacts, Priority.ALWAYS);
        VBox section = new VBox(4, bar, note, new StackPane(contacts));
        VBox.setVgrow(section.getChildren().get(2), Priority.ALWAYS);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    private void initListeners() {
        model.stages().addListener((ListChangeListener<PipelineSummary.StageLine>) c -> updateFunnel());
        model.steps().addListener((ListChangeListener<ConversionStep>) c -> updateFunnel());
        funnel.selectedProperty().bind(model.selectedStageProperty());
        funnel.setOnPick(model::selectStage);
        search.textProperty().bindBidirectional(model.searchProperty());
        conversion.setRowFactory(t -> pickingRow(step -> step.from()));
        timeInStage.setRowFactory(t -> pickingRow(line -> line.stage()));
        contacts.setRowFactory(t -> {
            TableRow<StageContact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        contacts.setOnKeyPressed(e -> {
            StageContact selected = contacts.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open(selected);
            }
        });
    }

    private void open(StageContact contact) {
        navigator.show(ScreenId.CONTACTS, Optional.of(contact.name()));
    }

    private <S> TableRow<S> pickingRow(Function<S, Stage> stageOf) {
        TableRow<S> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (!row.isEmpty()) {
                model.selectStage(stageOf.apply(row.getItem()));
            }
        });
        return row;
    }

    private void updateFunnel() {
        funnel.bands().setAll(model.stages().stream().map(line -> new FunnelChart.Band(line.stage(), line.contacts(), line.value(),
                model.steps().stream().filter(s -> s.from() == line.stage()).findFirst()
                        .filter(s -> s.to().isOpen()).map(ConversionStep::rate))).toList());
    }
}
