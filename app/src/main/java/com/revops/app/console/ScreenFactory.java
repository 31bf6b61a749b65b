package com.revops.app.console;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.revops.app.console.dashboard.DashboardView;
import com.revops.app.console.dashboard.DashboardViewModel;
import com.revops.app.console.ui.ScreenModel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Builds each screen the first time it is shown, and keeps it (its data stays visible between visits). */
public final class ScreenFactory {
    private final ConsoleContext context;
    private final Navigator navigator;
    private final Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);

    public ScreenFactory(ConsoleContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    public Screen get(ScreenId id) {
        return screens.computeIfAbsent(id, this::create);
    }

    public Optional<Screen> existing(ScreenId id) {
        return Optional.ofNullable(screens.get(id));
    }

    private Screen create(ScreenId id) {
        return switch (id) {
            case DASHBOARD -> {
                DashboardViewModel model = new DashboardViewModel(context);
                yield new SimpleScreen(id, model, new DashboardView(model, navigator).root());
            }
            default -> unavailable(id);
        };
    }

    private Screen unavailable(ScreenId id) {
        Label label = new Label(id.title() + " is not available in this build.");
        VBox box = new VBox(label);
        box.setAlignment(Pos.CENTER);
        ScreenModel model = new ScreenModel(context.executor(), context.clock()) {
            @Override
            public void refresh() {
                // nothing to load
            }
        };
        return new SimpleScreen(id, model, box);
    }
}
