package org.briatlas.window;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.briatlas.carto.Typefaces;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.geo.NamedView;
import org.briatlas.i18n.Messages;
import org.briatlas.model.Tour;
import org.briatlas.panels.YearControl;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.Classroom;
import org.briatlas.state.StatusMessage;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The toolbar: title, zoom, home and the named views, Open layer, the year control, the Tours menu, the
 * interface language and the side panel's toggle. Every item calls a command of the model; in presentation
 * the title and Open layer make room for the tour controls. FX thread only.
 */
public final class AppToolBar extends ToolBar {

    /** Zoom change for a toolbar button or key press. */
    public static final double ZOOM_STEP = 1;
    /** Style class of toolbar items hidden in presentation mode. */
    private static final String DESK_ONLY = "desk-only";

    private final AtlasModel model;
    private final ResourceBundle text;
    private final String language;
    private final Subscriptions subscriptions = new Subscriptions();
    private final YearControl year;

    public AppToolBar(AtlasModel model, ResourceBundle text, String language) {
        this.model = model;
        this.text = text;
        this.language = language;
        setId("toolbar");
        Button zoomIn = button("toolbar-zoom-in", "+", "toolbar.zoomIn.tip", () -> model.zoomBy(ZOOM_STEP));
        Button zoomOut = button("toolbar-zoom-out", "\u2212", "toolbar.zoomOut.tip", () -> model.zoomBy(-ZOOM_STEP));
        Button home = button("toolbar-home", "\u2302  " + text.getString("toolbar.home"), "toolbar.home.tip",
                () -> model.showNamedView(NamedView.HEILONGJIANG, true));
        MenuButton views = new MenuButton(text.getString("toolbar.views"));
        views.setId("toolbar-views");
        for (NamedView v : NamedView.values()) {
            views.getItems().add(item("view-" + v.id(), text.getString("view." + v.id()),
                    () -> model.showNamedView(v, true)));
        }
        views.getItems().addAll(new SeparatorMenuItem(), item("views-attributes", text.getString("attributes.open"),
                () -> model.planner().setAttributesOpen(true)));
        Button open = button("toolbar-open", text.getString("toolbar.open"), "toolbar.open.tip", this::chooseLayer);
        MenuButton languages = new MenuButton(text.getString("toolbar.language"));
        languages.setId("toolbar-language");
        for (String code : Messages.LANGUAGES) {
            MenuItem item = item("language-" + code, text.getString("language." + code), () -> model.setLanguage(code));
            if (Typefaces.needsCjk(item.getText())) {
                item.getStyleClass().add(FxType.CJK);
            }
            languages.getItems().add(item);
        }
        ToggleButton panel = new ToggleButton(text.getString("toolbar.panel"));
        panel.setId("toolbar-panel");
        org.briatlas.fx.Tips.set(panel, text.getString("toolbar.panel.tip"));
        subscriptions.now(model.sidePanelShownProperty(), panel::setSelected);
        panel.selectedProperty().addListener((o, was, show) -> model.setSidePanelShown(show));

        // The ruler: clicks on the map measure while it is down (Esc or a second press ends).
        ToggleButton measure = new ToggleButton(text.getString("toolbar.measure"));
        measure.setId("toolbar-measure");
        org.briatlas.fx.Tips.set(measure, text.getString("toolbar.measure.tip"));
        subscriptions.now(model.planner().measuringProperty(), measure::setSelected);
        measure.selectedProperty().addListener((o, was, on) -> {
            model.planner().setMeasuring(on);
            if (on) {
                model.showTab(org.briatlas.state.SideTab.PLANNER);
            }
        });

        workspaceMenu = new WorkspaceMenu(model, text);

        Label title = new Label(text.getString("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Separator afterTitle = new Separator(Orientation.VERTICAL);
        Separator afterOpen = new Separator(Orientation.VERTICAL);
        List<Node> deskOnly = List.of(title, afterTitle, open, afterOpen);
        deskOnly.forEach(n -> n.getStyleClass().add(DESK_ONLY));
        year = new YearControl(model, text);
        getItems().addAll(title, afterTitle, zoomIn, zoomOut, home, views, new Separator(Orientation.VERTICAL), open,
                afterOpen, year, new Separator(Orientation.VERTICAL), toursMenu(), measure, workspaceMenu, spacer, languages,
                panel);
        subscriptions.now(model.presentingProperty(), on -> deskOnly.forEach(n -> {
            n.setVisible(!on);
            n.setManaged(!on);
        }));
        // The title gives way when the buttons would not fit beside it (a narrow window, a long language).
        widthProperty().addListener((o, was, now) -> fitTitle(title, afterTitle));
        // When the window is narrow (or the language long) the title gives way first; buttons keep
        // their whole text and what does not fit goes to the toolbar's overflow menu.
        title.setMinWidth(0);
        for (Node n : getItems()) {
            if (n instanceof Control c && n != title) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    private void fitTitle(Label title, Separator afterTitle) {
        if (model.presentingProperty().get()) {
            return;
        }
        double needed = snappedLeftInset() + snappedRightInset();
        for (Node n : getItems()) {
            if (n != title && n != afterTitle && n.isManaged() || n == title || n == afterTitle) {
                needed += n.prefWidth(-1) + 8;
            }
        }
        boolean fits = needed <= getWidth();
        if (title.isManaged() != fits) {
            title.setVisible(fits);
            title.setManaged(fits);
            afterTitle.setVisible(fits);
            afterTitle.setManaged(fits);
        }
    }

    private WorkspaceMenu workspaceMenu;

    /** Offers to recover the workspace a crashed session left (once the data are read). */
    public void offerRecovery() {
        workspaceMenu.offerRecovery();
    }

    /** Asks before the workspace's unsaved changes are dropped; false if the user cancels. */
    public boolean confirmDiscardWorkspace() {
        return workspaceMenu.confirmDiscard();
    }

    private MenuButton toursMenu() {
        MenuButton tours = new MenuButton(text.getString("toolbar.tours"));
        tours.setId("toolbar-tours");
        Classroom classroom = model.classroom();
        classroom.shippedTours().forEach((file, t) -> tours.getItems().add(
                item("tour-" + file.replace(".json", ""), Tour.text(t.title(), language), () -> classroom.play(t))));
        tours.getItems().addAll(new SeparatorMenuItem(),
                item("tours-open", text.getString("tours.open"), this::chooseTour),
                item("tours-edit", text.getString("tours.edit"), classroom::openEditor),
                new SeparatorMenuItem(),
                item("tours-present", text.getString("tours.present"), () -> model.setPresenting(true)),
                item("tours-notes", text.getString("tours.notes"), () -> classroom.setNotesOpen(true)),
                item("tours-slides", text.getString("tours.slides"), this::chooseSlideFolder),
                item("tours-end", text.getString("tours.end"), classroom::end));
        return tours;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseLayer() {
        LayerFiles.choose(model, text, window());
    }

    private void chooseTour() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("editor.fileType"), "*.json"));
        File f = org.briatlas.fx.FileDialogs.open(chooser, window());
        if (f != null) {
            model.classroom().open(f.getPath());
        }
    }

    /** Asks for a folder and writes the slides of the tour being played into it. */
    private void chooseSlideFolder() {
        Tour t = model.classroom().playback().tourProperty().get();
        if (t == null) {
            model.setStatus(StatusMessage.info("notes.noTour"));
            return;
        }
        File dir = org.briatlas.fx.FileDialogs.folder(new DirectoryChooser(), window());
        if (dir != null) {
            model.classroom().exportSlides(t, dir.toPath(), language);
        }
    }

    private Button button(String id, String label, String tipKey, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        org.briatlas.fx.Tips.set(b, text.getString(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
        year.dispose();
    }
}
