package com.revops.app.console;

import java.util.Optional;

import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;

import com.revops.app.console.ui.SearchField;
import com.revops.app.console.ui.TableExport;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The window: menu bar, sidebar, the current screen with its progress and problems, and the status bar (SPEC §6). */
public final class MainWindow implements Navigator {
    /** How the shortcut modifier is written to the operator. */
    static final String SHORTCUT_NAME = System.getProperty("os.name", "").startsWith("Mac") ? "Cmd" : "Ctrl";
    private final MainViewModel model;
    private final ScreenFactory screens;
    private final ConsoleContext context;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final StatusBar statusBar = new StatusBar();
    private final Label problem = new Label();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Runnable quit;
    private final KeyboardHelp keyboardHelp = new KeyboardHelp(SHORTCUT_NAME);
    private Screen current;
    private final java.util.Set<ScreenId> wired = java.util.EnumSet.noneOf(ScreenId.class);

    public MainWindow(MainViewModel model, ConsoleContext context, Runnable quit) {
        this.model = model;
        this.context = context;
        this.quit = quit;
        this.screens = new ScreenFactory(context, this);
        createView();
        context.onDataChanged(() -> context.executor().ui(this::refresh));
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        root.setLeft(sidebar());
        problem.getStyleClass().add("problem-banner");
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        VBox top = new VBox(problem);
        StackPane.setAlignment(top, Pos.TOP_CENTER);
        top.setPickOnBounds(false);
        top.setMaxHeight(Region.USE_PREF_SIZE);
        content.getStyleClass().add("screen-content");
        StackPane center = new StackPane(content, top, keyboardHelp.node());
        root.setCenter(center);
        root.setBottom(statusBar());
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
            if ("?".equals(e.getCharacter()) && !typing) {
                keyboardHelp.toggle();
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && keyboardHelp.showing()) {
                keyboardHelp.hide();
                e.consume();
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem refresh = item("Refresh", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::refresh);
        MenuItem export = item("Export table to CSV…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportTable);
        MenuItem quitItem = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        Menu file = new Menu("File", null, export, new SeparatorMenuItem(), quitItem);
        MenuItem logDeal = item("Log deal…", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> show(ScreenId.LOG_DEAL));
        MenuItem find = item("Search on this screen", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        Menu actions = new Menu("Actions", null, logDeal, find, refresh);
        Menu go = new Menu("Go");
        for (ScreenId id : ScreenId.values()) {
            MenuItem item = new MenuItem(id.title());
            id.shortcutDigit().ifPresent(d -> item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(d)),
                    KeyCombination.SHORTCUT_DOWN)));
            item.setOnAction(e -> show(id));
            go.getItems().add(item);
        }
        MenuItem dark = item("Toggle dark theme", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> model.darkProperty().set(!model.darkProperty().get()));
        Menu view = new Menu("View", null, dark);
        MenuItem keys = item("Keyboard shortcuts   ?", new KeyCodeCombination(KeyCode.F1), keyboardHelp::toggle);
        Menu help = new Menu("Help", null, keys);
        MenuBar bar = new MenuBar(file, actions, go, view, help);
        bar.setUseSystemMenuBar(true); // the macOS menu bar; a normal one elsewhere
        return bar;
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node sidebar() {
        Label brand = new Label("RevOps");
        brand.getStyleClass().add("brand");
        VBox box = new VBox(2, brand);
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(14, 10, 14, 10));
        for (ScreenId id : ScreenId.values()) {
            ToggleButton button = new ToggleButton(id.title(), new FontIcon(id.icon()));
            button.setId("nav-" + id.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setUserData(id);
            button.setOnAction(e -> show(id));
            id.shortcutDigit().ifPresent(d -> button.setTooltip(new javafx.scene.control.Tooltip("Ctrl/Cmd+" + d)));
            box.getChildren().add(button);
        }
        return box;
    }

    /** ControlsFX's status bar: the database and scheduler on the left, the last refresh on the right, a screen's load in between. */
    private Node statusBar() {
        Label database = new Label();
        database.textProperty().bind(model.databaseProperty());
        database.getStyleClass().add("status-database");
        database.setId("status-database");
        model.databaseReachableProperty().addListener((o, a, up) -> database.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("down"), !up));
        Label scheduler = new Label();
        scheduler.textProperty().bind(model.schedulerProperty());
        scheduler.setId("status-scheduler");
        Label refreshed = new Label();
        refreshed.textProperty().bind(model.lastRefreshProperty());
        refreshed.setId("status-refreshed");
        Label asOf = new Label();
        asOf.textProperty().bind(model.asOfProperty());
        statusBar.setId("status-bar");
        statusBar.setText("");
        statusBar.getLeftItems().addAll(database, gap(), scheduler);
        statusBar.getRightItems().addAll(refreshed, gap(), asOf);
        return statusBar;
    }

    private static Region gap() {
        Region gap = new Region();
        gap.setMinWidth(18);
        return gap;
    }

    @Override
    public void show(ScreenId id, Optional<String> focus) {
        if (current != null && current.id() != id) {
            current.deactivate();
        }
        Screen screen = screens.get(id);
        current = screen;
        model.screenProperty().set(id);
        navigation.getToggles().stream().filter(t -> t.getUserData() == id).findFirst().ifPresent(t -> t.setSelected(true));
        content.getChildren().setAll(screen.view());
        // a screen's load shows in the status bar, indeterminate, while it runs off the FX thread
        statusBar.progressProperty().bind(Bindings.when(screen.model().loadingProperty())
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(0.0));
        statusBar.textProperty().bind(Bindings.when(screen.model().loadingProperty()).then("Loading " + id.title() + "…").otherwise(""));
        problem.textProperty().bind(screen.model().problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(screen.model().problemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        if (wired.add(id)) {
            screen.model().loadedAtProperty().addListener((o, a, at) -> {
                if (at != null) {
                    model.refreshed(at, context.zone());
                    firstLoad.run();
                    firstLoad = () -> { };
                }
            });
        }
        if (focus.isPresent() && screen.view() instanceof Focusable focusable) {
            focusable.focus(focus.get());
        } else if (focus.isPresent() && screen.view().getUserData() instanceof Focusable focusable) {
            focusable.focus(focus.get());
        }
        screen.activate();
    }

    private Runnable firstLoad = () -> { };

    /** Runs once, when the first screen shown has loaded its data (startup timing in the log). */
    public void onFirstLoad(Runnable action) {
        this.firstLoad = action;
    }

    public void refresh() {
        if (current != null) {
            current.model().refresh();
        }
    }

    public ScreenId currentScreen() {
        return current == null ? model.screenProperty().get() : current.id();
    }

    /** Ctrl/Cmd+F: the current screen's search field, its text selected for typing over. */
    private void focusSearch() {
        if (current != null && current.view().lookup("." + SearchField.STYLE_CLASS) instanceof TextInputControl search) {
            search.requestFocus();
            search.selectAll();
        }
    }

    private void exportTable() {
        if (current == null) {
            return;
        }
        TableExport.shownTable(current.view(), root.getScene() == null ? null : root.getScene().getFocusOwner())
                .ifPresent(t -> TableExport.chooseAndWrite(t, String.valueOf(t.getProperties().getOrDefault("export-name",
                        current.id().name().toLowerCase(java.util.Locale.ROOT)))));
    }

    /** A screen that can focus on something it was sent to (a contact, a stage). */
    public interface Focusable {
        void focus(String what);
    }
}
