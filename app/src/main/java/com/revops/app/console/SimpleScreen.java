package com.revops.app.console;

import com.revops.app.console.ui.ScreenModel;

import javafx.scene.Node;

/** A screen made of a ViewModel and the view bound to it. */
public record SimpleScreen(ScreenId id, ScreenModel model, Node view) implements Screen {
}
