package com.revops.app.console.pipeline;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.TableColumns;
import com.revops.domain.revenue.ConversionStep;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.revenue.StageContact;

import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Pipeline screen's three tables: step conversion, time in stage and the contacts of a stage. */
final class PipelineTables {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private PipelineTables() {
    }

    static TableView<ConversionStep> conversion(ObservableList<ConversionStep> steps) {
        TableView<ConversionStep> table = new TableView<>(steps);
        table.setId("pipeline-conversion");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Step", s -> s.from().label() + " → " + s.to().label()));
        table.getColumns().add(Glossary.explain(TableColumns.count("Entered", ConversionStep::entered), "conversion.entered"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Resolved", ConversionStep::resolved), "conversion.resolved"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Converted", ConversionStep::converted), "conversion.converted"));
        table.getColumns().add(Glossary.explain(TableColumns.percent("Observed", ConversionStep::observed), "conversion.observed"));
        table.getColumns().add(Glossary.explain(TableColumns.percent("Prior", s -> Optional.of(s.prior())), "conversion.prior"));
        table.getColumns().add(Glossary.explain(TableColumns.percent("Blended", s -> Optional.of(s.rate())), "conversion.blended"));
        table.getColumns().add(sample("Sample", ConversionStep::resolved));
        TableColumns.share(table, new double[] {0.24, 0.09, 0.105, 0.115, 0.10, 0.075, 0.095, 0.16});
        TableColumns.fixedRows(table, 5);
        return TableExport.exportable(table, "stage-conversion");
    }

    static TableView<TimeInStage.Line> timeInStage(ObservableList<TimeInStage.Line> lines) {
        TableView<TimeInStage.Line> table = new TableView<>(lines);
        table.setId("pipeline-time-in-stage");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Stage", l -> l.stage().label()));
        table.getColumns().add(Glossary.explain(TableColumns.count("Transitions", TimeInStage.Line::transitions), "time.transitions"));
        table.getColumns().add(Glossary.explain(TableColumns.days("Observed", TimeInStage.Line::observedDays), "time.observed"));
        table.getColumns().add(Glossary.explain(TableColumns.days("Prior", l -> Optional.of(l.priorDays())), "time.prior"));
        table.getColumns().add(Glossary.explain(TableColumns.days("Blended", l -> Optional.of(l.days())), "time.blended"));
        table.getColumns().add(sample("Sample", TimeInStage.Line::transitions));
        TableColumns.share(table, new double[] {0.25, 0.14, 0.13, 0.11, 0.13, 0.24});
        TableColumns.fixedRows(table, 5);
        return TableExport.exportable(table, "time-in-stage");
    }

    static TableView<StageContact> contacts(ZoneId zone) {
        TableView<StageContact> table = new TableView<>();
        table.setId("pipeline-contacts");
        table.getColumns().add(TableColumns.text("Name", StageContact::name));
        table.getColumns().add(TableColumns.text("Handle", c -> c.handle().orElse("")));
        table.getColumns().add(TableColumns.text("Platform", c -> c.platform().orElse("")));
        table.getColumns().add(TableColumns.text("Niche", c -> c.niche().orElse("")));
        table.getColumns().add(TableColumns.text("Offer", c -> c.offer().orElse("(none)")));
        table.getColumns().add(Glossary.explain(TableColumns.money("Deal value", StageContact::dealValue), "stage.dealValue"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Days in stage", StageContact::daysInStage), "stage.daysInStage"));
        table.getColumns().add(TableColumns.shown("Last interaction", "number", c -> c.lastInteractionAt()
                .map(at -> ShownValue.of(BigDecimal.valueOf(at.getEpochSecond()), DAY.format(at.atZone(zone))))
                .orElse(ShownValue.missing("never"))));
        TableColumns.share(table, new double[] {0.18, 0.13, 0.10, 0.11, 0.15, 0.10, 0.10, 0.13});
        return TableExport.exportable(table, "stage-contacts");
    }

    /** A sample size, muted when it is small enough that the blended figure is mostly the prior. */
    private static <S> TableColumn<S, ShownValue> sample(String title, ToLongFunction<S> n) {
        TableColumn<S, ShownValue> column = TableColumns.shown(title, "sample",
                row -> ShownValue.of(n.applyAsLong(row), PipelineViewModel.sample(n.applyAsLong(row))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ShownValue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                getStyleClass().remove("small-sample");
                if (!empty && item != null && PipelineViewModel.isSmall(item.number().orElse(BigDecimal.ZERO).longValue())) {
                    getStyleClass().add("small-sample");
                }
            }
        });
        return column;
    }
}
