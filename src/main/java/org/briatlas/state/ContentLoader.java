package org.briatlas.state;

import org.briatlas.analysis.TradeByCountry;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.ReadProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of {@link AtlasContent}: reads the corridors, the tables and the labels as background
 * tasks of the model, and the user's files when asked. Every failure ends in the status bar and, where the
 * user must act, in a {@link Notice}: nothing is left "loading" for ever. Interface thread only (the reading
 * itself runs on the model's background executor).
 */
final class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class.getName());

    private final AtlasModel model;
    private final AtlasContent content;
    private final AtlasSources sources;
    private boolean corridorsDone;
    private boolean statisticsDone;
    private boolean failed;
    /** The base map's labels as read, before the corridors' places are marked; null until read. */
    private List<org.briatlas.carto.PlaceLabel> baseLabels;
    private List<AtlasFeature> shippedFeatures = List.of();

    ContentLoader(AtlasModel model, AtlasContent content, AtlasSources sources) {
        this.model = model;
        this.content = content;
        this.sources = sources;
    }

    /** Starts reading everything; the content fills in as each part arrives. */
    void start() {
        model.setStatus(StatusMessage.info("status.loading"));
        List<AtlasLayer> order = List.copyOf(model.layerOrder());
        java.util.Set<AtlasLayer> shown = java.util.EnumSet.noneOf(AtlasLayer.class);
        for (AtlasLayer l : AtlasLayer.values()) {
            if (model.isVisible(l)) {
                shown.add(l);
            }
        }
        model.run(StatusMessage.info("task.corridors"), p -> {
            AtlasData shipped = sources.corridors();
            Thematics thematics = Thematics.of(shipped, order, List.of());
            // The first map's shared corridors, worked out here rather than when it is drawn.
            thematics.painter().prepareSharedPaths(shown::contains);
            return new Loaded(shipped, thematics, lines(shipped.problems()));
        }, this::corridorsLoaded, e -> {
            LOG.log(Level.SEVERE, "corridor data not loaded", e);
            failed = true;
            model.setStatus(StatusMessage.error("status.data.failed", reason(e)));
            model.notify(new Notice("data-failed", StatusMessage.Severity.ERROR, "error.data.title",
                    "status.data.failedHeader", reason(e), List.of()));
            corridorsDone = true;
            updatePhase();
        });
        model.run(StatusMessage.info("task.statistics"), p -> sources.statistics(), s -> {
            logSummary("statistics data", s.problems());
            content.setStatistics(s.tables(), s.findings(), new TradeByCountry(s.tables()), s.countries());
            content.thematicsProperty().get().painter().setCountries(s.countries());
            content.addProblems(s.problems());
            if (!s.problems().isEmpty()) {
                model.notify(problemsNotice("error.stats.title", s.problems()));
            }
            statisticsDone = true;
            org.briatlas.timing.StartupTimeline.mark("statistics");
            updatePhase();
        }, e -> {
            LOG.log(Level.SEVERE, "statistics not loaded", e);
            failed = true;
            model.setStatus(StatusMessage.error("status.stats.failed", reason(e)));
            statisticsDone = true;
            updatePhase();
        });
        model.run(StatusMessage.info("task.labels"), p -> sources.labels(), labels -> {
                    baseLabels = labels;
                    markLabels();
                },
                model::reportBaseMapError);
    }

    /** Features with their painter and index and their problems as lines, made in the background. */
    private record Loaded(AtlasData data, Thematics thematics, List<String> problemLines) {
    }

    private void corridorsLoaded(Loaded loaded) {
        AtlasData shipped = loaded.data();
        // The tables may have come first: their country outlines go to this painter too, or the map would
        // shade no country (a race the window tests met on a loaded machine).
        loaded.thematics().painter().setCountries(content.countriesProperty().get());
        List<AtlasFeature> user = content.data().layer(AtlasLayer.USER);
        if (user.isEmpty()) {
            content.setData(shipped, loaded.thematics());
        } else {
            // A layer the user opened while the shipped layers were still loading stays.
            content.setData(shipped.withUserLayer(user, List.of()), loaded.thematics());
            rebuildThematics();
        }
        content.addProblems(shipped.problems());
        shippedFeatures = shipped.features();
        markLabels();
        corridorsDone = true;
        org.briatlas.timing.StartupTimeline.mark("corridors");
        if (shipped.problems().isEmpty()) {
            model.setStatus(StatusMessage.info("status.data.ready", shipped.features().size()));
        } else {
            logSummary("corridor data", shipped.problems());
            boolean none = shipped.features().isEmpty();
            model.setStatus(StatusMessage.warning(none ? "status.data.none" : "status.data.problems",
                    shipped.features().size(), shipped.problems().size(), shipped.problems().get(0).describe()));
            model.notify(problemsNotice("error.data.title", none ? "error.data.headerNone" : "error.data.header",
                    loaded.problemLines()));
            if (none) {
                failed = true;
            }
        }
        updatePhase();
    }

    /** Shows the labels, those naming the corridors' crossings and ports marked (whichever came first). */
    private void markLabels() {
        if (baseLabels != null) {
            org.briatlas.timing.StartupTimeline.mark("labels");
            content.setLabels(org.briatlas.carto.CorridorPlaceLabels.mark(baseLabels, shippedFeatures));
        }
    }

    /** Makes the painter and index anew for the features as they are now (after the layer order changed). */
    void rebuildThematics() {
        AtlasData data = content.data();
        List<AtlasLayer> order = List.copyOf(model.layerOrder());
        List<org.briatlas.model.GeoFeature> countries = content.countriesProperty().get();
        Thematics before = content.thematicsProperty().get();
        model.run(StatusMessage.info("task.drawing"), p -> Thematics.of(data, order, countries, before), t -> {
            if (content.data() == data) {
                content.setData(data, t);
            }
        }, e -> LOG.log(Level.WARNING, "map drawing not rebuilt", e));
    }

    private void updatePhase() {
        if (corridorsDone && statisticsDone) {
            content.setPhase(failed ? AtlasContent.Phase.FAILED : AtlasContent.Phase.READY);
        }
    }

    /** How the user's layer being read is to be shown when it arrives (from a workspace, or the defaults). */
    record LayerRequest(String name, org.briatlas.model.LayerStyle style, boolean visible) {
    }

    private int nextLayer;

    /** Reads a file of the user's as a new layer, over the others; returns the task. */
    BackgroundTask<?> openUserLayer(Path file, LayerRequest request) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int seq = ++nextLayer;
        String id = "u" + seq;
        List<AtlasLayer> order = List.copyOf(model.layerOrder());
        List<org.briatlas.model.GeoFeature> countries = content.countriesProperty().get();
        List<AtlasFeature> others = content.data().layer(AtlasLayer.USER);
        AtlasData base = content.data();
        Thematics before = content.thematicsProperty().get();
        LayerRequest r = request != null ? request : new LayerRequest(org.briatlas.model.UserLayer.nameOf(file),
                org.briatlas.model.LayerStyle.defaultFor(seq - 1), true);
        // Everything that grows with the file is done here, off the interface thread: reading, merging,
        // projecting and indexing, and writing the problems out as lines.
        return model.run(StatusMessage.info("status.open.reading", name), p -> {
            org.briatlas.model.FeatureCollection fc = sources.userCollection(file);
            List<AtlasFeature> mine = new java.util.ArrayList<>(fc.features().size());
            for (org.briatlas.model.GeoFeature f : fc.features()) {
                mine.add(new AtlasFeature(AtlasLayer.USER, f, id));
            }
            List<AtlasFeature> all = new java.util.ArrayList<>(others);
            all.addAll(mine);
            AtlasData merged = base.withUserLayer(all, List.of());
            logSummary("opened layer " + name, fc.problems());
            org.briatlas.model.UserLayer layer = new org.briatlas.model.UserLayer(id, r.name(), file, fc.format(),
                    r.style(), r.visible(), mine, fc.problems());
            return new Opened(layer, merged, Thematics.of(merged, order, countries, before), lines(fc.problems()));
        }, opened -> {
            org.briatlas.model.UserLayer layer = opened.layer();
            List<org.briatlas.model.UserLayer> layers = new java.util.ArrayList<>(content.userLayers());
            int at = layers.size();
            while (at > 0 && seqOf(layers.get(at - 1)) > seq) {
                at--;
            }
            layers.add(at, layer);
            // The features first, then the list: whoever follows the list finds the layer's features.
            if (content.data() == base) {
                content.setData(opened.merged(), opened.thematics());
            } else {
                content.setData(mergeUser(content.data(), layers), opened.thematics());
                rebuildThematics();
            }
            content.setUserLayers(layers);
            model.setVisible(AtlasLayer.USER, true);
            reportOpened(layer, name, opened.problemLines());
        }, e -> {
            LOG.log(Level.WARNING, "layer not opened: " + file, e);
            model.setStatus(StatusMessage.error("status.open.failed", name, reason(e)));
            model.notify(new Notice("open-error", StatusMessage.Severity.ERROR, "error.open.title",
                    "error.open.header", file + ": " + reason(e), List.of()));
        });
    }

    private record Opened(org.briatlas.model.UserLayer layer, AtlasData merged, Thematics thematics,
                          List<String> problemLines) {
    }

    private static int seqOf(org.briatlas.model.UserLayer l) {
        try {
            return Integer.parseInt(l.id().substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static AtlasData mergeUser(AtlasData data, List<org.briatlas.model.UserLayer> layers) {
        List<AtlasFeature> all = new java.util.ArrayList<>();
        layers.forEach(l -> all.addAll(l.features()));
        return data.withUserLayer(all, List.of());
    }

    private void reportOpened(org.briatlas.model.UserLayer layer, String name, List<String> problemLines) {
        List<AtlasFeature> features = layer.features();
        List<ReadProblem> problems = layer.problems();
        long unlocated = features.stream().filter(f -> !f.feature().isLocated()).count();
        if (problems.isEmpty()) {
            model.setStatus(unlocated == 0 ? StatusMessage.info("status.open.done", name, features.size())
                    : StatusMessage.info("status.open.unlocated", name, features.size(), unlocated));
            return;
        }
        model.setStatus(StatusMessage.warning(features.isEmpty() ? "status.open.none"
                        : "status.open.problems", name, features.size(), problems.size(),
                org.briatlas.i18n.Texts.cap(problems.get(0).describe(), 300)));
        model.notify(problemsNotice("error.userData.title", features.isEmpty() ? "error.data.headerNone"
                : "error.data.header", problemLines));
    }

    /** Closes one of the user's layers: its features leave the map, the list and the index. */
    void removeUserLayer(String id) {
        List<org.briatlas.model.UserLayer> layers = new java.util.ArrayList<>(content.userLayers());
        if (!layers.removeIf(l -> l.id().equals(id))) {
            return;
        }
        content.setUserLayers(layers);
        AtlasFeature selected = model.selected();
        if (selected != null && id.equals(selected.userLayer())) {
            model.select(null);
        }
        content.setData(mergeUser(content.data(), layers), content.thematicsProperty().get());
        rebuildThematics();
    }

    /** Replaces one of the user's layers by a changed copy (name, style, visibility): drawn anew, not read. */
    void updateUserLayer(org.briatlas.model.UserLayer changed) {
        List<org.briatlas.model.UserLayer> layers = new java.util.ArrayList<>(content.userLayers());
        for (int i = 0; i < layers.size(); i++) {
            org.briatlas.model.UserLayer was = layers.get(i);
            if (was.id().equals(changed.id())) {
                if (was.name().equals(changed.name()) && was.style().equals(changed.style())
                        && was.visible() == changed.visible()) {
                    return;
                }
                layers.set(i, changed);
                content.setUserLayers(layers);
                return;
            }
        }
    }

    /** Moves one of the user's layers to another place in the order (0 is drawn first, at the bottom). */
    void moveUserLayer(String id, int to) {
        List<org.briatlas.model.UserLayer> layers = new java.util.ArrayList<>(content.userLayers());
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).id().equals(id)) {
                org.briatlas.model.UserLayer l = layers.remove(i);
                layers.add(Math.max(0, Math.min(layers.size(), to)), l);
                content.setUserLayers(layers);
                return;
            }
        }
    }

    private boolean baseMapErrorShown;

    /** Reports, once in a dialog and always in the status bar, that the base map cannot be drawn. */
    void reportBaseMapError(Throwable cause) {
        String why = reason(cause);
        model.setStatus(StatusMessage.error("status.basemap.failed", why));
        if (!baseMapErrorShown) {
            baseMapErrorShown = true;
            model.notify(new Notice("basemap-error", StatusMessage.Severity.ERROR, "error.basemap.title",
                    "error.basemap.header", why, List.of()));
        }
    }

    private static Notice problemsNotice(String titleKey, String headerKey, List<String> lines) {
        return new Notice("data-problems", StatusMessage.Severity.WARNING, titleKey, headerKey, "", lines);
    }

    private static Notice problemsNotice(String titleKey, List<ReadProblem> problems) {
        return problemsNotice(titleKey, "error.data.header", lines(problems));
    }

    /** Problems as the lines of a list (each cut to a length a list row can lay out quickly). */
    private static List<String> lines(List<ReadProblem> problems) {
        return problems.stream().map(p -> org.briatlas.i18n.Texts.cap(p.describe(), 500)).toList();
    }

    /** Logs the first problems and how many there are: a hundred thousand log lines help nobody. */
    private static void logSummary(String what, List<ReadProblem> problems) {
        int shown = Math.min(problems.size(), 20);
        for (int i = 0; i < shown; i++) {
            LOG.warning(what + ": " + org.briatlas.i18n.Texts.cap(problems.get(i).describe(), 500));
        }
        if (problems.size() > shown) {
            LOG.warning(what + ": " + (problems.size() - shown) + " more problems not logged (" + problems.size()
                    + " in all)");
        }
    }

    /** A failure's reason in one line: its own message, or its kind when it has none. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
