package com.revops.app.console.jobs;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Navigator;
import com.revops.app.console.Screen;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.ScreenModel;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** The Jobs screen (SPEC §6); while shown it reloads every 10 seconds. */
public final class JobsScreen implements Screen {
    static final Duration AUTO_REFRESH = Duration.seconds(10);

    private final JobsViewModel model;
    private final Node view;
    private final Timeline timer;

    private JobsScreen(JobsViewModel model, Node view) {
        this.model = model;
        this.view = view;
        this.timer = new Timeline(new KeyFrame(AUTO_REFRESH, e -> model.refresh()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public static Screen create(ConsoleContext context, Navigator navigator) {
        JobsViewModel model = new JobsViewModel(context);
        return new JobsScreen(model, new JobsView(model, context::zone).root());
    }

    @Override
    public ScreenId id() {
        return ScreenId.JOBS;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public ScreenModel model() {
        return model;
    }

    @Override
    public void activate() {
        model.refresh();
        timer.playFromStart();
    }

    @Override
    public void deactivate() {
        timer.stop();
    }
}
