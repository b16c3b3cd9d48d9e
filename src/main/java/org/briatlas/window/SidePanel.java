package org.briatlas.window;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.fx.Subscriptions;
import org.briatlas.geo.NamedView;
import org.briatlas.panels.DetailsPanel;
import org.briatlas.panels.FeatureListPanel;
import org.briatlas.panels.LegendPanel;
import org.briatlas.panels.ShadingLegend;
import org.briatlas.panels.StatisticsPanel;
import org.briatlas.panels.TimelinePanel;
import org.briatlas.panels.PlannerPanel;
import org.briatlas.panels.BookmarksPanel;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.SideTab;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The map beside the side panel: the legend, the country shading's key and the tabs (details, the list,
 * statistics, timeline, about). The tab shown, whether the panel shows and its width (one for every tab, set
 * by dragging the divider and remembered) follow the model both ways; the panel folds its legend away in
 * presentation (the map has its own key then). Long layer names wrap. The statistics panel is built the
 * first time it is needed; so is every tab but the one shown at start. FX thread only.
 */
public final class SidePanel {


    private final AtlasModel model;
    private final ResourceBundle text;
    private final SplitPane split;
    private final VBox panel;
    private final TabPane tabs = new TabPane();
    private final Map<SideTab, Tab> byKind = new EnumMap<>(SideTab.class);
    private final Subscriptions subscriptions = new Subscriptions();
    private final TitledPane legendPane;
    private final LegendPanel legend;
    private final UserLayersPane userLayers;
    private final TitledPane userPane;
    private final Map<SideTab, java.util.function.Supplier<Node>> unbuilt = new EnumMap<>(SideTab.class);
    private final DetailsPanel details;
    private FeatureListPanel list;
    private TimelinePanel timeline;
    private PlannerPanel planner;
    private StatisticsPanel statistics;
    private boolean following;

    public SidePanel(AtlasModel model, ResourceBundle text, Node map) {
        this.model = model;
        this.text = text;
        legend = new LegendPanel(model, text);
        legendPane = new TitledPane(text.getString("legend.title"), legend);
        legendPane.setId("panel-legend");
        userLayers = new UserLayersPane(model, text, () -> LayerFiles.choose(model, text,
                panelWindow()));
        userPane = new TitledPane(text.getString("userLayers.title"), userLayers);
        userPane.setId("panel-user-layers");
        userPane.setWrapText(true);
        // Folded while there are none; opened when the first arrives.
        userPane.setExpanded(!model.userLayers().list().isEmpty());
        subscriptions.list(model.userLayers().list(), c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced()) {
                    userPane.setExpanded(true);
                }
            }
        });
        details = new DetailsPanel(model, text);
        tab(SideTab.DETAILS, "tab-details", "tab.details", details);
        // The other tabs are built the first time they show: the first frame then styles and lays out only
        // what it shows.
        lazyTab(SideTab.LIST, "tab-list", "tab.list", () -> list = new FeatureListPanel(model, text));
        lazyTab(SideTab.PLANNER, "tab-planner", "tab.planner", this::plannerTab);
        lazyTab(SideTab.STATISTICS, "tab-stats", "tab.stats", () -> statistics = new StatisticsPanel(model, text));
        lazyTab(SideTab.TIMELINE, "tab-timeline", "tab.timeline", () -> timeline = new TimelinePanel(model, text));
        lazyTab(SideTab.ABOUT, "tab-about", "tab.about", this::about);
        tabs.setId("panel-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        TitledPane shading = new TitledPane("", new ShadingLegend(text));
        shading.setId("panel-shading");
        shading.setExpanded(false);
        shading.setWrapText(true);
        legendPane.setWrapText(true);
        subscriptions.now(model.yearProperty(), y -> shading.setText(String.format(java.util.Locale.ROOT, text.getString("shade.title"),
                y.intValue())));
        panel = new VBox(8, legendPane, userPane, shading, tabs);
        panel.setId("side-panel");
        panel.getStyleClass().add("side-panel");
        panel.setMinWidth(260);

        split = new SplitPane(map, panel);
        split.setId("main-split");
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(panel, false);
        // One width for every tab, the model's: set when the split has a width, and taken back from the user's
        // drag of the divider.
        split.widthProperty().addListener((o, was, now) -> placeDivider());
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> watchDivider());
        watchDivider();
        subscriptions.invalid(this::placeDivider, model.sidePanelWidthProperty(), model.presentingProperty(),
                model.typeSizeProperty());

        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following) {
                byKind.forEach((kind, t) -> {
                    if (t == now) {
                        model.showTab(kind);
                    }
                });
            }
            onTab(now);
        });
        subscriptions.now(model.shownTabProperty(), kind -> {
            following = true;
            tabs.getSelectionModel().select(byKind.get(kind));
            following = false;
        });
        subscriptions.now(model.sidePanelShownProperty(), this::setShown);
        subscriptions.now(model.presentingProperty(), on -> {
            legendPane.setVisible(!on);
            legendPane.setManaged(!on);
            userPane.setVisible(!on);
            userPane.setManaged(!on);
        });
    }

    private javafx.stage.Window panelWindow() {
        return panel.getScene() == null ? null : panel.getScene().getWindow();
    }

    private void tab(SideTab kind, String id, String key, Node content) {
        Tab t = new Tab(text.getString(key), content);
        t.setId(id);
        byKind.put(kind, t);
        tabs.getTabs().add(t);
    }

    private void lazyTab(SideTab kind, String id, String key, java.util.function.Supplier<Node> content) {
        tab(kind, id, key, null);
        unbuilt.put(kind, content);
    }

    private Node plannerTab() {
        model.planner().need();
        planner = new PlannerPanel(model, text);
        VBox plannerTab = new VBox(8, planner, new BookmarksPanel(model, text));
        plannerTab.setPadding(new javafx.geometry.Insets(6));
        javafx.scene.control.ScrollPane plannerScroll = new javafx.scene.control.ScrollPane(plannerTab);
        plannerScroll.setId("planner-panel");
        plannerScroll.setFitToWidth(true);
        // The planner's long place names and tables must not widen the side panel.
        plannerScroll.setPrefViewportWidth(240);
        plannerScroll.setMinViewportWidth(0);
        return plannerScroll;
    }

    /** A tab's content is built the first time the tab shows. */
    private void onTab(Tab now) {
        for (Map.Entry<SideTab, Tab> e : byKind.entrySet()) {
            if (e.getValue() == now && unbuilt.containsKey(e.getKey())) {
                now.setContent(unbuilt.remove(e.getKey()).get());
            }
        }
    }

    private boolean placing;
    private javafx.beans.value.ChangeListener<Number> dividerMoved;

    /** Puts the divider where the panel has the model's width. */
    private void placeDivider() {
        double w = split.getWidth();
        if (w <= 0 || !split.getItems().contains(panel)) {
            return;
        }
        placing = true;
        split.setDividerPositions(Math.max(0.2, 1 - shownWidth() / w));
        placing = false;
    }

    /** The panel's width on screen: the model's, grown with the type in presentation so its text fits. */
    private double shownWidth() {
        double scale = model.presentingProperty().get()
                ? model.typeSizeProperty().get() / AtlasModel.NORMAL_TYPE : 1;
        return model.sidePanelWidthProperty().get() * scale;
    }

    /** Follows the divider: a drag sets the panel's width in the model. */
    private void watchDivider() {
        if (split.getDividers().isEmpty()) {
            return;
        }
        SplitPane.Divider d = split.getDividers().get(0);
        if (dividerMoved == null) {
            dividerMoved = (o, was, now) -> {
                if (!placing && split.getWidth() > 0 && split.getItems().contains(panel)
                        && !model.presentingProperty().get()) {
                    model.setSidePanelWidth(split.getWidth() * (1 - now.doubleValue()));
                }
            };
        }
        d.positionProperty().removeListener(dividerMoved);
        d.positionProperty().addListener(dividerMoved);
    }

    private void setShown(boolean show) {
        if (show && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            onTab(tabs.getSelectionModel().getSelectedItem());
            placeDivider();
        } else if (!show) {
            split.getItems().remove(panel);
        }
    }

    private VBox about() {
        VBox views = new VBox(6);
        for (NamedView v : NamedView.values()) {
            Button b = new Button(text.getString("view." + v.id()));
            b.setId("panel-view-" + v.id());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> model.showNamedView(v, true));
            views.getChildren().add(b);
        }
        TitledPane viewsPane = new TitledPane(text.getString("panel.views"), views);
        viewsPane.setId("panel-views");
        TitledPane basemap = new TitledPane(text.getString("panel.basemap"),
                wrapping(text.getString("panel.basemap.text"), "panel-basemap-text"));
        basemap.setId("panel-basemap");
        TitledPane keys = new TitledPane(text.getString("panel.keys"),
                wrapping(text.getString("panel.keys.text"), "panel-keys-text"));
        keys.setId("panel-keys");
        VBox about = new VBox(8, viewsPane, basemap, keys);
        about.getStyleClass().add("panel-tab");
        return about;
    }

    private static Label wrapping(String s, String id) {
        Label l = new Label(s);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /** The map and the panel, side by side. */
    public SplitPane node() {
        return split;
    }

    /** The side panel's legend (hidden in presentation). */
    public TitledPane legendPane() {
        return legendPane;
    }

    /** The statistics panel, once built (null before). */
    public StatisticsPanel statistics() {
        return statistics;
    }

    /** Stops every panel following the model. */
    public void dispose() {
        subscriptions.dispose();
        legend.dispose();
        userLayers.dispose();
        details.dispose();
        if (list != null) {
            list.dispose();
        }
        if (timeline != null) {
            timeline.dispose();
        }
        if (planner != null) {
            planner.dispose();
        }
        if (statistics != null) {
            statistics.dispose();
        }
    }
}
