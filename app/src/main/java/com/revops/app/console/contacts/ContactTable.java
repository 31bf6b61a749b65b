package com.revops.app.console.contacts;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.revops.app.console.ui.ColumnFilters;
import com.revops.app.console.ui.ColumnFit;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactSummary;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Search results: name, handle, platform, niche, stage, score, offer, last interaction; sortable by value; filtered
 * by the values of any column (right-click its header); exportable as filtered; columns as wide as their content (the table scrolls sideways rather than cutting a value short).
 */
final class ContactTable {
    /** Sorts as text in time order: "2026-03-01". */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);
    private final TableView<ContactSummary> table = new TableView<>();

    ContactTable(ObservableList<ContactSummary> results, ZoneId zone) {
        table.setItems(results); // the column filters keep the rows that pass, in the table's sort order
        table.setId("contacts-table");
        table.setPlaceholder(new Label("No contacts match"));
        table.getColumns().add(text("Name", c -> c.name().orElse("—"), 116));
        table.getColumns().add(text("Handle", c -> c.handle().orElse(""), 100));
        table.getColumns().add(text("Platform", c -> c.platform().orElse(""), 82));
        table.getColumns().add(text("Niche", c -> c.niche().orElse(""), 76));
        TableColumn<ContactSummary, String> stage = text("Stage", c -> c.stage().label(), 100);
        stage.setComparator(Comparator.comparingInt(ContactTable::stageOrder));
        table.getColumns().add(stage);
        table.getColumns().add(score());
        table.getColumns().add(text("Offer", c -> c.offer().orElse(""), 96));
        TableColumn<ContactSummary, String> last = text("Last interaction", c -> c.lastInteractionAt().map(t -> DAY.format(t.atZone(zone)))
                .orElse(""), 136);
        last.setMinWidth(136); // the title is the widest thing in it
        table.getColumns().add(last);
        TableExport.exportable(table, "contacts");
        ColumnFilters.on(table);
        ColumnFit.fitToContent(table);
    }

    TableView<ContactSummary> node() {
        return table;
    }

    private static TableColumn<ContactSummary, String> text(String title, Function<ContactSummary, String> value, double width) {
        TableColumn<ContactSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new SimpleStringProperty(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ContactSummary, BigDecimal> score() {
        TableColumn<ContactSummary, BigDecimal> column = new TableColumn<>("Score");
        column.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().score().orElse(null)));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.getStyleClass().add("number");
        column.setPrefWidth(64);
        column.setMinWidth(64);
        return column;
    }

    /** cold … closed_won, then closed_lost. */
    private static int stageOrder(String label) {
        Optional<Stage> stage = java.util.Arrays.stream(Stage.values()).filter(s -> s.label().equals(label)).findFirst();
        return stage.map(Stage::ordinal).orElse(Integer.MAX_VALUE);
    }
}
