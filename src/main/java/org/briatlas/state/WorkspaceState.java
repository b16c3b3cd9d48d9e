package org.briatlas.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.WorkspaceFile;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.briatlas.model.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The model's workspace: the file it was opened from or saved to, whether it has changed since, its
 * bookmarks, and the last workspaces used. A workspace is captured from the model (view, layers, year,
 * selection, table, user layer with its hash, bookmarks, the ruler) and applied to it again. Interface thread
 * only; files are small and read and written on it (at most {@link WorkspaceFile#MAX_BYTES}).
 */
public final class WorkspaceState {

    private static final Logger LOG = Logger.getLogger(WorkspaceState.class.getName());
    /** How many recent workspaces are remembered. */
    public static final int RECENT = 10;

    private final AtlasModel model;
    private Path recentFile;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableList<Workspace.Bookmark> bookmarks = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private Map<String, Object> extra = Map.of();
    private final Map<String, Map<String, Object>> layerExtra = new LinkedHashMap<>();
    private boolean applying;
    /** Layers a workspace asked to be read that have not arrived yet: their arrival is no change. */
    private int pendingFromWorkspace;
    /** The id of the feature a workspace selected, while its layer is still being read; or null. */
    private String pendingSelection;
    private Path autosave;
    private final ReadOnlyObjectWrapper<Path> recovery = new ReadOnlyObjectWrapper<>(this, "recovery");
    /** The member of an autosaved workspace that names the workspace file it was autosaved from. */
    static final String AUTOSAVE_OF = "autosaveOf";

    /** Something the user must be told after opening: a file that moved or changed, a layer unknown here. */
    public record Problem(String file, Kind kind, Workspace.Layer layer) {
        public enum Kind { MOVED, CHANGED, UNREADABLE, UNKNOWN_LAYER }

        public Problem(String file, Kind kind) {
            this(file, kind, null);
        }
    }

    /** Opens a user file the workspace named where it is now, with the name, style and visibility it had. */
    public void locate(Problem moved, Path now) {
        Workspace.Layer l = moved.layer();
        if (l == null) {
            model.userLayers().open(now);
            return;
        }
        model.userLayers().open(now, l.name() == null || l.name().isBlank() ? UserLayer.nameOf(now) : l.name(),
                LayerStyle.fromMap(l.style(), LayerStyle.defaultFor(model.userLayers().list().size())), l.visible());
    }

    WorkspaceState(AtlasModel model) {
        this.model = model;
        bookmarks.addListener((javafx.collections.ListChangeListener<Workspace.Bookmark>) c -> changed());
        model.yearProperty().addListener(o -> changed());
        model.selectedProperty().addListener(o -> changed());
        model.layerOrder().addListener((javafx.collections.ListChangeListener<AtlasLayer>) c -> changed());
        for (AtlasLayer l : AtlasLayer.values()) {
            model.visibleProperty(l).addListener(o -> changed());
        }
        model.content().userLayers().addListener((javafx.collections.ListChangeListener<UserLayer>) c -> {
            boolean fromWorkspace = false;
            boolean cameOrWent = false;
            while (c.next()) {
                cameOrWent |= c.getAddedSize() != c.getRemovedSize();
                if (c.wasAdded() && !c.wasReplaced() && pendingFromWorkspace > 0) {
                    pendingFromWorkspace--;
                    fromWorkspace = true;
                }
            }
            if (!fromWorkspace) {
                changed();
            }
            if (pendingSelection != null) {
                AtlasFeature f = model.content().data().byId(pendingSelection).orElse(null);
                if (f != null) {
                    pendingSelection = null;
                    boolean wasApplying = applying;
                    applying = true;
                    model.select(f);
                    applying = wasApplying;
                }
            }
            // A layer added or closed is saved at once; a style, a name, a check box or the order (a style
            // dialog changes the style as its sliders move) waits for the 30-second autosave: each autosave is
            // written and forced to disk on the interface thread.
            if (cameOrWent) {
                autosaveNow();
            }
        });
        model.layerOrder().addListener((javafx.collections.ListChangeListener<AtlasLayer>) c -> autosaveNow());
        for (AtlasLayer l : AtlasLayer.values()) {
            model.visibleProperty(l).addListener(o -> autosaveNow());
        }
    }

    // ---- autosave and recovery -------------------------------------------------------------------------

    /**
     * Autosaves to this file (in the cache folder) from now on. A file already there is what a session that
     * did not end cleanly (a crash, kill -9) left: it is offered for recovery ({@link #recoveryProperty()}).
     */
    public void autosaveTo(Path file) {
        autosave = file;
        recovery.set(Files.isRegularFile(file) ? file : null);
    }

    /** An autosaved workspace left by a session that did not end cleanly, or null. */
    public ReadOnlyObjectProperty<Path> recoveryProperty() {
        return recovery.getReadOnlyProperty();
    }

    /** Writes the workspace as it is now to the autosave file (not while a recovery is still on offer). */
    public void autosaveNow() {
        if (autosave == null || applying || recovery.get() != null) {
            return;
        }
        try {
            Workspace w = capture(autosave);
            Map<String, Object> marked = new LinkedHashMap<>(w.extra());
            Path of = file.get();
            marked.put(AUTOSAVE_OF, of == null ? null : of.toAbsolutePath().toString());
            Files.createDirectories(autosave.toAbsolutePath().getParent());
            WorkspaceFile.write(autosave, new Workspace(w.view(), w.layers(), w.year(), w.selected(), w.table(),
                    w.bookmarks(), w.measurements(), w.routes(), marked));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "workspace not autosaved to " + autosave, e);
        }
    }

    /**
     * Applies the autosaved workspace a crash left, as unsaved changes of the workspace it came from.
     *
     * @return what the user must be told, as for {@link #open(Path)}
     */
    public List<Problem> recover() throws IOException {
        Path from = recovery.get();
        if (from == null) {
            return List.of();
        }
        Workspace w = WorkspaceFile.read(from);
        List<Problem> problems = apply(w, from);
        Object of = w.extra().get(AUTOSAVE_OF);
        Map<String, Object> rest = new LinkedHashMap<>(extra);
        rest.remove(AUTOSAVE_OF);
        extra = rest;
        file.set(of instanceof String s && !s.isBlank() ? Path.of(s) : null);
        dirty.set(true);
        recovery.set(null);
        autosaveNow();
        return problems;
    }

    /** Declines the recovery: the autosaved workspace is removed and autosaving starts afresh. */
    public void discardRecovery() {
        Path from = recovery.get();
        recovery.set(null);
        if (from != null) {
            try {
                Files.deleteIfExists(from);
                Files.deleteIfExists(AtomicFiles.backupOf(from));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "autosaved workspace not removed: " + from, e);
            }
        }
        autosaveNow();
    }

    /** The session ends cleanly: nothing is left to recover. */
    public void endSession() {
        if (autosave != null && recovery.get() == null) {
            try {
                Files.deleteIfExists(autosave);
                Files.deleteIfExists(AtomicFiles.backupOf(autosave));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "autosaved workspace not removed: " + autosave, e);
            }
        }
    }

    /** Keeps the list of recent workspaces in this file (the config folder's), reading it now. */
    public void keepRecentIn(Path f) {
        recentFile = f;
        recent.clear();
        readRecent();
    }

    private void changed() {
        if (!applying) {
            dirty.set(true);
        }
    }

    /** The workspace file, or null for a workspace never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True if the workspace changed since it was opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ObservableList<Workspace.Bookmark> bookmarks() {
        return bookmarks;
    }

    /** The last workspaces opened or saved, the latest first (at most {@link #RECENT}). */
    public ObservableList<Path> recent() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    /** Adds the map's view now as a bookmark. */
    public void addBookmark(String name) {
        MapViewpoint v = model.viewpoint();
        if (v != null && name != null && !name.isBlank()) {
            bookmarks.add(new Workspace.Bookmark(org.briatlas.i18n.Texts.cap(name.strip(), 200),
                    new Workspace.View(v.lon(), v.lat(), v.zoom())));
        }
    }

    public void renameBookmark(int index, String name) {
        if (index >= 0 && index < bookmarks.size() && name != null && !name.isBlank()) {
            bookmarks.set(index, new Workspace.Bookmark(name.strip(), bookmarks.get(index).view()));
        }
    }

    public void moveBookmark(int from, int to) {
        if (from >= 0 && from < bookmarks.size() && to >= 0 && to < bookmarks.size() && from != to) {
            bookmarks.add(to, bookmarks.remove(from));
        }
    }

    public void flyTo(Workspace.Bookmark b) {
        model.goTo(new MapViewpoint(b.view().lon(), b.view().lat(), b.view().zoom()), true, 900);
    }

    /** The model's state now as a workspace to be saved at {@code target} (layer files relative to it). */
    public Workspace capture(Path target) throws IOException {
        MapViewpoint v = model.viewpoint() == null ? new MapViewpoint(127.85, 48.67, 5.75) : model.viewpoint();
        List<Workspace.Layer> layers = new ArrayList<>();
        for (AtlasLayer l : model.layerOrder()) {
            if (l == AtlasLayer.USER) {
                for (UserLayer u : model.userLayers().list()) {
                    layers.add(new Workspace.Layer(null, WorkspaceFile.relativize(target, u.file()), hash(u.file()),
                            u.name(), u.visible(), u.style().toMap(),
                            layerExtra.getOrDefault("file:" + u.file().toAbsolutePath().normalize(), Map.of())));
                }
            } else {
                layers.add(new Workspace.Layer(l.id(), null, null, null, model.isVisible(l), Map.of(),
                        layerExtra.getOrDefault(l.id(), Map.of())));
            }
        }
        AtlasFeature selected = model.selected();
        int table = model.shownTableProperty().get();
        List<List<double[]>> measurements = model.planner().ruler().isEmpty() ? List.of()
                : List.of(List.copyOf(model.planner().ruler()));
        return new Workspace(new Workspace.View(v.lon(), v.lat(), v.zoom()), layers, model.year(),
                selected == null ? null : selected.id(), table > 0 ? table : null, List.copyOf(bookmarks),
                measurements, List.of(), extra);
    }

    /** The file, its size and time of change when its hash was taken. */
    private record Hashed(long size, java.nio.file.attribute.FileTime modified, String sha256) {
    }

    private final Map<Path, Hashed> hashed = new java.util.HashMap<>();

    /**
     * A user file's SHA-256, taken again only when its size or time of change differs: the autosave runs on
     * the interface thread every 30 s, and a user file may be hundreds of megabytes.
     */
    private String hash(Path f) throws IOException {
        Path key = f.toAbsolutePath().normalize();
        long size = Files.size(f);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(f);
        Hashed h = hashed.get(key);
        if (h == null || h.size() != size || !h.modified().equals(modified)) {
            h = new Hashed(size, modified, WorkspaceFile.sha256(f));
            hashed.put(key, h);
        }
        return h.sha256();
    }

    /** Saves the workspace to {@code target} atomically (the version before kept as .bak). */
    public void save(Path target) throws IOException {
        WorkspaceFile.write(target, capture(target));
        file.set(target);
        dirty.set(false);
        remember(target);
        model.setStatus(StatusMessage.info("workspace.saved", target));
    }

    /**
     * Opens a workspace and applies it to the model.
     *
     * @return what the user must be told: user files that moved or changed since the workspace was saved
     */
    public List<Problem> open(Path source) throws IOException {
        Workspace w = WorkspaceFile.read(source);
        List<Problem> problems = apply(w, source);
        file.set(source);
        dirty.set(false);
        remember(source);
        return problems;
    }

    /** A new, empty workspace: every layer shown, the default year, no bookmarks. */
    public void newWorkspace() {
        applying = true;
        try {
            for (AtlasLayer l : AtlasLayer.values()) {
                model.setVisible(l, true);
            }
            model.setYear(WorkspaceFile.DEFAULT_YEAR);
            model.select(null);
            bookmarks.clear();
            model.planner().clearRuler();
            model.userLayers().clear();
            extra = Map.of();
            layerExtra.clear();
            model.showNamedView(org.briatlas.geo.NamedView.HEILONGJIANG, true);
        } finally {
            applying = false;
        }
        file.set(null);
        dirty.set(false);
    }

    List<Problem> apply(Workspace w, Path source) {
        List<Problem> problems = new ArrayList<>();
        applying = true;
        try {
            model.goTo(new MapViewpoint(w.view().lon(), w.view().lat(), w.view().zoom()), false, 0);
            layerExtra.clear();
            model.userLayers().clear();
            int position = 0;
            int opened = 0;
            for (Workspace.Layer l : w.layers()) {
                if (l.isFile()) {
                    Path p = WorkspaceFile.resolve(source, l.file());
                    layerExtra.put("file:" + p.toAbsolutePath().normalize(), l.extra());
                    if (!Files.isRegularFile(p)) {
                        problems.add(new Problem(l.file(), Problem.Kind.MOVED, l));
                        continue;
                    }
                    try {
                        if (l.sha256() != null && !l.sha256().equals(WorkspaceFile.sha256(p))) {
                            problems.add(new Problem(l.file(), Problem.Kind.CHANGED));
                        }
                    } catch (IOException e) {
                        problems.add(new Problem(l.file(), Problem.Kind.UNREADABLE));
                    }
                    LayerStyle style = LayerStyle.fromMap(l.style(), LayerStyle.defaultFor(opened++));
                    pendingFromWorkspace++;
                    model.userLayers().open(p, l.name() == null || l.name().isBlank() ? UserLayer.nameOf(p)
                            : l.name(), style, l.visible());
                    continue;
                }
                java.util.Optional<AtlasLayer> layer = java.util.Arrays.stream(AtlasLayer.values())
                        .filter(x -> x.id().equals(l.id())).findFirst();
                if (layer.isEmpty()) {
                    problems.add(new Problem(l.id(), Problem.Kind.UNKNOWN_LAYER));
                    continue;
                }
                layerExtra.put(l.id(), l.extra());
                model.setVisible(layer.get(), l.visible());
                if (model.layerOrder().contains(layer.get())) {
                    model.moveLayer(layer.get(), Math.min(position, model.layerOrder().size() - 1));
                    position++;
                }
            }
            model.setYear(w.year());
            AtlasFeature chosen = w.selected() == null ? null : model.content().data().byId(w.selected()).orElse(null);
            model.select(chosen);
            // A feature of a user's layer still being read is selected when its layer arrives.
            pendingSelection = chosen == null ? w.selected() : null;
            if (w.table() != null) {
                model.showTable(w.table());
            }
            bookmarks.setAll(w.bookmarks());
            model.planner().clearRuler();
            if (!w.measurements().isEmpty()) {
                w.measurements().get(w.measurements().size() - 1).forEach(p -> model.planner().addRulerPoint(p[0], p[1]));
            }
            extra = w.extra();
        } finally {
            applying = false;
        }
        return problems;
    }

    private void remember(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > RECENT) {
            recent.remove(recent.size() - 1);
        }
        if (recentFile != null) {
            try {
                AtomicFiles.write(recentFile, String.join("\n", recent.stream().map(Path::toString).toList())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "recent workspaces not saved to " + recentFile, e);
            }
        }
    }

    private void readRecent() {
        if (recentFile == null) {
            return;
        }
        try {
            byte[] bytes = org.briatlas.io.BoundedFileReader.readAll(recentFile, 64 * 1024, "the recent workspaces");
            for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && recent.size() < RECENT) {
                    try {
                        recent.add(Path.of(line.strip()));
                    } catch (java.nio.file.InvalidPathException e) {
                        LOG.fine(() -> "not a path in the recent workspaces: " + line);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            LOG.fine("no recent workspaces yet");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "recent workspaces not read from " + recentFile, e);
        }
    }
}
