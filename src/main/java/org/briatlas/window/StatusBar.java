package org.briatlas.window;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.i18n.Formats;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.BackgroundTask;
import org.briatlas.state.StatusMessage;

import java.util.ResourceBundle;

/**
 * The status bar: the model's message (marked as a warning or an error), one entry for every background
 * task with its progress and a Cancel button, the zoom, and the pointer's latitude and longitude, in the
 * window's language. FX thread only.
 */
public final class StatusBar extends HBox {

    private final ResourceBundle text;
    private final String language;
    private final Label message = new Label();
    private final HBox work = new HBox(12);
    private final Label zoom = new Label();
    private final Label cursor = new Label();
    private final Subscriptions subscriptions = new Subscriptions();

    public StatusBar(AtlasModel model, ResourceBundle text, String language) {
        super(16);
        this.text = text;
        this.language = language;
        setId("status-bar");
        getStyleClass().add("status-bar");
        message.setId("status-message");
        FxType.fit(message);
        work.setId("status-work");
        work.setAlignment(Pos.CENTER_LEFT);
        zoom.setId("status-zoom");
        cursor.setId("status-cursor");
        cursor.getStyleClass().add("status-cursor");
        message.setMinWidth(0);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        cursor.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // An unseen button of no width holds the bar at the height it has while work shows (its Cancel
        // buttons), so that the map above does not jump each time background work starts or ends.
        javafx.scene.control.Button strut = new javafx.scene.control.Button(text.getString("status.cancel"));
        strut.setId("status-strut");
        strut.setVisible(false);
        strut.setFocusTraversable(false);
        strut.setMouseTransparent(true);
        strut.setMinWidth(0);
        strut.setPrefWidth(0);
        strut.setMaxWidth(0);
        getChildren().addAll(message, work, spacer, zoom, new Separator(Orientation.VERTICAL), cursor, strut);
        subscriptions.now(model.statusProperty(), this::showMessage);
        subscriptions.now(model.viewpointProperty(), this::showZoom);
        subscriptions.now(model.pointerProperty(), this::showCursor);
        subscriptions.list(model.tasks(), c -> showTasks(model));
        showTasks(model);
    }

    private void showMessage(StatusMessage m) {
        String all = m == null ? "" : m.format(text);
        message.setText(org.briatlas.i18n.Texts.cap(all, 300));
        org.briatlas.fx.Tips.set(message, m == null ? null : org.briatlas.i18n.Texts.cap(all));
        message.getStyleClass().removeAll("status-warning", "status-error");
        if (m != null && m.severity() != StatusMessage.Severity.INFO) {
            message.getStyleClass().add(m.severity() == StatusMessage.Severity.ERROR ? "status-error"
                    : "status-warning");
        }
    }

    /** One entry per running task: what it is doing, its progress and a Cancel button. */
    private void showTasks(AtlasModel model) {
        work.getChildren().clear();
        int i = 0;
        for (BackgroundTask<?> t : model.tasks()) {
            Label what = new Label();
            what.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> t.messageProperty().get() == null ? "" : t.messageProperty().get().format(text),
                    t.messageProperty()));
            what.setId("status-task-" + i);
            FxType.fit(what);
            ProgressBar bar = new ProgressBar();
            bar.progressProperty().bind(t.progressProperty());
            bar.setPrefWidth(120);
            bar.setId(i == 0 ? "status-progress" : "status-progress-" + i);
            Button cancel = new Button(text.getString("status.cancel"));
            cancel.setId(i == 0 ? "status-cancel" : "status-cancel-" + i);
            cancel.setOnAction(e -> t.cancel());
            HBox row = new HBox(6, what, bar, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("status-task");
            work.getChildren().add(row);
            i++;
        }
        work.setVisible(!model.tasks().isEmpty());
        work.setManaged(!model.tasks().isEmpty());
    }

    private void showZoom(MapViewpoint v) {
        if (v != null) {
            zoom.setText(String.format(java.util.Locale.ROOT, text.getString("status.zoom"), Formats.fixed(v.zoom(), language, 1)));
        }
    }

    private void showCursor(double[] lonLat) {
        if (lonLat == null) {
            cursor.setText(text.getString("status.cursor.none"));
            return;
        }
        cursor.setText(String.format(java.util.Locale.ROOT, text.getString("status.cursor"), latitude(lonLat[1]), longitude(lonLat[0])));
    }

    String latitude(double lat) {
        return String.format(java.util.Locale.ROOT, text.getString(lat >= 0 ? "lat.north" : "lat.south"),
                Formats.fixed(Math.abs(lat), language, 4));
    }

    String longitude(double lon) {
        return String.format(java.util.Locale.ROOT, text.getString(lon >= 0 ? "lon.east" : "lon.west"),
                Formats.fixed(Math.abs(lon), language, 4));
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
        work.getChildren().clear();
    }
}
