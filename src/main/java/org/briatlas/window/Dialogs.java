package org.briatlas.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.Notice;
import org.briatlas.state.StatusMessage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Shows the model's notices as dialogs owned by the atlas window, in the window's language and type, and
 * tells the model when the user has closed one. A long list of problems is shown in a list that draws only
 * the rows in view. FX thread only.
 */
public final class Dialogs {

    private final Stage stage;
    private final ResourceBundle text;
    private final String language;
    private final AtlasModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<Notice, Alert> open = new IdentityHashMap<>();

    public Dialogs(Stage stage, ResourceBundle text, String language, AtlasModel model) {
        this.stage = stage;
        this.text = text;
        this.language = language;
        this.model = model;
        subscriptions.list(model.notices(), c -> showWaiting());
        showWaiting();
    }

    private void showWaiting() {
        for (Notice n : new ArrayList<>(model.notices())) {
            if (!open.containsKey(n)) {
                show(n);
            }
        }
        open.keySet().removeIf(n -> {
            if (!model.notices().contains(n)) {
                open.get(n).close();
                return true;
            }
            return false;
        });
    }

    private void show(Notice n) {
        Alert alert = alert(switch (n.severity()) {
            case INFO -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        });
        alert.setTitle(text.getString(n.titleKey()));
        alert.setHeaderText(n.headerKey() == null ? null : text.getString(n.headerKey()));
        if (!n.lines().isEmpty()) {
            // Rows are laid out only while in view, so a hundred thousand problems open at once.
            ListView<String> list = new ListView<>();
            list.getItems().setAll(n.lines());
            list.setId(n.id() + "-list");
            list.setPrefSize(760, Math.min(360, 26.0 * n.lines().size() + 8));
            list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.control.Label count = new javafx.scene.control.Label(String.format(java.util.Locale.ROOT,
                    text.getString("problems.count"), n.lines().size()));
            count.setId(n.id() + "-count");
            javafx.scene.control.Button copy = new javafx.scene.control.Button(text.getString("problems.copy"));
            copy.setId(n.id() + "-copy");
            copy.setOnAction(e -> {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(String.join("\n", n.lines()));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            });
            javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(12, count, copy);
            bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8, bar, list));
            alert.setResizable(true);
        } else {
            alert.setContentText(n.id().equals("basemap-error")
                    ? String.format(java.util.Locale.ROOT, text.getString("error.basemap.content"), n.detail()) : n.detail());
        }
        alert.getDialogPane().setId(n.id());
        alert.setOnHidden(e -> {
            open.remove(n);
            model.dismiss(n);
        });
        open.put(n, alert);
        alert.show();
    }

    /** A dialog owned by the window, in the atlas's type (the bundled fonts cover all three languages). */
    public Alert alert(Alert.AlertType type) {
        Alert alert = org.briatlas.fx.Alerts.of(type, text, stage, "");
        FxType.dress(alert.getDialogPane(), stage.getScene(), language);
        return alert;
    }

    /** A status message as text of this window's language. */
    public String format(StatusMessage m) {
        return m == null ? "" : m.format(text);
    }

    /** Closes the dialogs this view opened (the notices stay in the model) and stops following it. */
    public void dispose() {
        subscriptions.dispose();
        List<Alert> alerts = new ArrayList<>(open.values());
        open.clear();
        for (Alert a : alerts) {
            a.setOnHidden(null);
            a.close();
        }
    }
}
