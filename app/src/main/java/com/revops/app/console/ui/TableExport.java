package com.revops.app.console.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/** Every table exports to CSV (SPEC §6): the visible columns, in the order and sort shown. */
public final class TableExport {
    private TableExport() {
    }

    /** Adds "Export to CSV…" to the table's context menu. */
    public static <S> TableView<S> exportable(TableView<S> table, String fileName) {
        MenuItem export = new MenuItem("Export to CSV…");
        export.setOnAction(e -> chooseAndWrite(table, fileName));
        ContextMenu menu = table.getContextMenu() == null ? new ContextMenu() : table.getContextMenu();
        menu.getItems().add(export);
        table.setContextMenu(menu);
        table.getProperties().put("export-name", fileName);
        return table;
    }

    /**
     * The table Ctrl/Cmd+E exports: the one holding the keyboard focus, else the first one the operator can see
     * (shown, not in a hidden tab or collapsed pane, with rows of space on screen).
     */
    public static java.util.Optional<TableView<?>> shownTable(javafx.scene.Node screen, javafx.scene.Node focusOwner) {
        for (javafx.scene.Node n = focusOwner; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> focused && isInside(focused, screen)) {
                return java.util.Optional.of(focused);
            }
        }
        return screen.lookupAll(".table-view").stream().filter(TableView.class::isInstance).<TableView<?>>map(t -> (TableView<?>) t)
                .filter(t -> shown(t, screen)).findFirst();
    }

    private static boolean shown(javafx.scene.Node node, javafx.scene.Node screen) {
        if (node.getScene() == null || node.getLayoutBounds().getHeight() <= 0) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n == screen) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node screen) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == screen) {
                return true;
            }
        }
        return false;
    }

    public static void chooseAndWrite(TableView<?> table, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to CSV");
        chooser.setInitialFileName(fileName.endsWith(".csv") ? fileName : fileName + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        java.io.File file = chooser.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
        if (file != null) {
            try {
                write(table, file.toPath());
            } catch (IOException ex) {
                new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, "Could not write " + file + ": " + ex.getMessage())
                        .showAndWait();
            }
        }
    }

    /** Writes the table as shown: header = column titles, one line per row, cell text as displayed. */
    public static void write(TableView<?> table, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
            for (TableColumn<?, ?> column : columns) {
                csv.print(column.getText());
            }
            csv.println();
            for (int row = 0; row < table.getItems().size(); row++) {
                for (TableColumn<?, ?> column : columns) {
                    Object value = column.getCellData(row);
                    csv.print(value == null ? "" : value.toString());
                }
                csv.println();
            }
        }
    }
}
