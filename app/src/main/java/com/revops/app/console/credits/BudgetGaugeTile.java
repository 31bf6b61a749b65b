package com.revops.app.console.credits;

import java.util.List;

import com.revops.app.console.ui.Tiles;
import com.revops.domain.credits.Budget;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A budget as a TilesFX gauge: the dial runs from $0 to the limit, green up to the warning threshold,
 * amber from it to the limit, all red once the limit is reached; beside it the exact spend, the
 * share of the limit and the level in words (the dial alone would round).
 */
final class BudgetGaugeTile {
    static final Color OK = Color.web("#22c55e");
    static final Color WARNING = Color.web("#f59e0b");
    static final Color EXCEEDED = Color.web("#ef4444");
    private static final double DIAL = 150;

    private final HBox content = new HBox(8);
    private final Label value = new Label("—");
    private final Label detail = new Label("");
    private final Label level = new Label("");
    private final Tile tile;

    BudgetGaugeTile(String id, ObservableValue<CreditsViewModel.BudgetGauge> gauge) {
        value.getStyleClass().addAll("tile-value", "money");
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        level.getStyleClass().add("level-badge");
        VBox text = new VBox(6, value, detail, level);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        content.getChildren().setAll(dial(CreditsViewModel.BudgetGauge.NONE), text);
        content.setAlignment(Pos.CENTER_LEFT);
        tile = Tiles.custom("", content);
        tile.setId(id);
        tile.getStyleClass().add("budget-gauge");
        gauge.addListener((o, was, now) -> show(now));
        show(gauge.getValue());
    }

    Tile tile() {
        return tile;
    }

    /** The dial for a reading: $0 to the limit; the section holding the spend lit, the others dimmed. */
    private static Tile dial(CreditsViewModel.BudgetGauge gauge) {
        double limit = Math.max(0.01, gauge.limit().doubleValue()); // a chart needs a double
        double warnAt = limit * gauge.warnAtPercent().doubleValue() / 100;
        List<Section> sections = gauge.level() == Budget.Level.EXCEEDED
                ? List.of(new Section(0, limit, "exceeded", EXCEEDED))
                : List.of(new Section(0, warnAt, "ok", OK), new Section(warnAt, limit, "warning", WARNING));
        Tile dial = TileBuilder.create()
                .skinType(Tile.SkinType.GAUGE)
                .prefSize(DIAL, DIAL)
                .minSize(DIAL, DIAL)
                .maxSize(DIAL, DIAL)
                .title("")
                .autoScale(false)
                .minValue(0)
                .maxValue(limit)
                .threshold(warnAt)
                .value(Math.min(limit, gauge.spent().doubleValue()))
                .valueVisible(false)
                .animated(false)
                .tickLabelDecimals(0)
                .sections(sections)
                .sectionsVisible(true)
                .highlightSections(false)
                .thresholdVisible(false)
                .backgroundColor(Color.web("#1e293b"))
                .needleColor(Color.web("#e2e8f0"))
                .titleColor(Color.web("#94a3b8"))
                .barColor(Color.web("#334155"))
                .build();
        dial.getStyleClass().add("budget-dial");
        return dial;
    }

    private void show(CreditsViewModel.BudgetGauge gauge) {
        tile.setTitle(gauge.title());
        // the gauge skin lays out its scale and sections once: a new dial per reading is simpler than redrawing one
        content.getChildren().set(0, dial(gauge));
        value.setText(gauge.value());
        detail.setText(gauge.detail());
        level.setText(gauge.levelName().toUpperCase(java.util.Locale.ROOT));
        level.getStyleClass().removeAll("ok", "warning", "exceeded");
        level.getStyleClass().add(gauge.levelName());
        value.getStyleClass().removeAll("ok", "warning", "exceeded");
        value.getStyleClass().add(gauge.levelName());
    }
}
