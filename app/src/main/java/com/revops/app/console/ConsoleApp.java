package com.revops.app.console;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import com.revops.app.AppServices;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The console window. */
public final class ConsoleApp extends Application {
    private AppServices services;

    @Override
    public void start(Stage stage) {
        services = AppServices.forEnvironment(ConsoleLauncher.environment(), Clock.systemUTC());
        Label status = new Label("Starting the database…");
        VBox root = new VBox(12, new Label("RevOps Console"), status);
        root.setPadding(new Insets(24));
        stage.setTitle("RevOps Console");
        AppIcons.applyTo(stage);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        CompletableFuture.supplyAsync(() -> services.database().description())
                .whenComplete((description, error) -> Platform.runLater(() ->
                        status.setText(error == null ? "Database: " + description : "Database unavailable: " + error.getMessage())));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
