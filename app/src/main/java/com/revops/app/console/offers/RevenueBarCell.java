package com.revops.app.console.offers;

import java.math.BigDecimal;
import java.util.function.Function;

import com.revops.app.console.ui.ShownValue;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * A money cell with a bar behind the amount, as long as its share of the column's largest value:
 * the per-offer table doubles as a bar chart of revenue by offer.
 */
final class RevenueBarCell<S> extends TableCell<S, ShownValue> {
    private final Function<S, BigDecimal> amount;
    private final Rectangle bar = new Rectangle(0, 16);
    private final Label text = new Label();
    private final StackPane box = new StackPane(bar, text);

    RevenueBarCell(Function<S, BigDecimal> amount) {
        this.amount = amount;
        bar.getStyleClass().add("data-bar");
        bar.setArcWidth(4);
        bar.setArcHeight(4);
        StackPane.setAlignment(bar, Pos.CENTER_LEFT);
        StackPane.setAlignment(text, Pos.CENTER_RIGHT);
        box.setMinWidth(0);
        getStyleClass().add("data-bar-cell");
    }

    @Override
    protected void updateItem(ShownValue item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null || getTableRow() == null || getTableRow().getItem() == null) {
            setGraphic(null);
            return;
        }
        BigDecimal largest = getTableView().getItems().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        double share = largest.signum() == 0 ? 0 : amount.apply(getTableRow().getItem()).doubleValue() / largest.doubleValue();
        bar.widthProperty().unbind();
        bar.widthProperty().bind(widthProperty().subtract(14).multiply(Math.max(0, share)));
        text.setText(item.text());
        setGraphic(box);
    }
}
