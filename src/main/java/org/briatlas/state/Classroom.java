package org.briatlas.state;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.SlideRenderer;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.i18n.Messages;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.TourFile;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The model's tours: the shipped ones, the one being played ({@link TourPlayback}), the one being edited
 * ({@link TourDraft}), the map's present state as a stop, and slides. Interface thread only.
 */
public final class Classroom {

    private static final Logger LOG = Logger.getLogger(Classroom.class.getName());
    /** The tours shipped with the atlas, in /tours on the class path. */
    public static final List<String> SHIPPED_TOURS = List.of("five-links.json", "transport.json",
            "energy-and-information.json", "rivers-and-air.json");
    /** Size of a slide in logical pixels. */
    public static final int SLIDE_WIDTH = 1600;
    public static final int SLIDE_HEIGHT = 1000;

    private final AtlasModel model;
    private final AtlasSources sources;
    private final TourPlayback playback;
    private final TourDraft draft = new TourDraft();
    private Map<String, Tour> shipped;
    private final ReadOnlyBooleanWrapper editorOpen = new ReadOnlyBooleanWrapper(this, "editorOpen");
    private final ReadOnlyBooleanWrapper notesOpen = new ReadOnlyBooleanWrapper(this, "notesOpen");

    Classroom(AtlasModel model, AtlasSources sources) {
        this.model = model;
        this.sources = sources;
        this.playback = new TourPlayback(model);
    }

    /** The tour being played. */
    public TourPlayback playback() {
        return playback;
    }

    /** The tour being edited. */
    public TourDraft draft() {
        return draft;
    }

    /** Whether the tour editor window is open. */
    public ReadOnlyBooleanProperty editorOpenProperty() {
        return editorOpen.getReadOnlyProperty();
    }

    /**
     * Opens the tour editor; if a tour is being played and the draft has no unsaved changes, the editor
     * starts on the tour being played, at its current stop.
     */
    public void openEditor() {
        Tour playing = playback.tourProperty().get();
        if (playing != null && !draft.dirtyProperty().get() && !editorOpen.get()) {
            draft.edit(playing, null);
        }
        editorOpen.set(true);
    }

    /** Closes the tour editor; the tour being edited stays in the draft. */
    public void closeEditor() {
        editorOpen.set(false);
    }

    /** Whether the speaker notes window is open. */
    public ReadOnlyBooleanProperty notesOpenProperty() {
        return notesOpen.getReadOnlyProperty();
    }

    public void setNotesOpen(boolean open) {
        notesOpen.set(open);
    }

    /** The shipped tours by file name, read once (a few kilobytes each). */
    public Map<String, Tour> shippedTours() {
        if (shipped == null) {
            shipped = new LinkedHashMap<>();
            for (String file : SHIPPED_TOURS) {
                try (InputStream in = Classroom.class.getResourceAsStream("/tours/" + file)) {
                    if (in != null) {
                        shipped.put(file, TourFile.read(in, file));
                    }
                } catch (IOException | TourFile.TourFileException e) {
                    LOG.log(Level.WARNING, "shipped tour " + file + " not readable", e);
                }
            }
        }
        return shipped;
    }

    /** Starts a tour at its first stop, once the content is loaded (at once if it is). */
    public void play(Tour t) {
        play(t, 0);
    }

    /** Starts a tour at a stop, once the content is loaded. */
    public void play(Tour t, int from) {
        whenLoaded(() -> playback.start(t, from));
    }

    /** Ends the tour being played. */
    public void end() {
        playback.stop();
    }

    /**
     * Plays a tour: a shipped one by name ("five-links", "transport", "energy-and-information",
     * "rivers-and-air") or a tour file. A tour that cannot be read becomes a notice and the atlas carries
     * on. The tour starts once the corridors and the tables are loaded, so its first stop's selection and
     * table are not lost.
     */
    public void open(String nameOrFile) {
        try {
            String name = nameOrFile.endsWith(".json") ? nameOrFile : nameOrFile + ".json";
            Tour t = shippedTours().containsKey(name) && !Files.exists(Path.of(nameOrFile))
                    ? shippedTours().get(name) : TourFile.read(Path.of(nameOrFile));
            play(t);
        } catch (TourFile.TourFileException | InvalidPathException e) {
            LOG.log(Level.WARNING, "tour not opened", e);
            model.notify(new Notice("tour-error", StatusMessage.Severity.ERROR, "error.tour.title", null,
                    e.getMessage(), List.of()));
        }
    }

    private void whenLoaded(Runnable action) {
        if (model.content().phase() != AtlasContent.Phase.LOADING) {
            action.run();
            return;
        }
        model.content().phaseProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (model.content().phase() != AtlasContent.Phase.LOADING) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * The map as it is now, as a tour stop without texts: the view, the visible layers (none listed when
     * all show), the selected feature, the year, and the table if the statistics tab shows. Null before the
     * map has reported a view.
     */
    public Tour.Stop captureStop() {
        MapViewpoint v = model.viewpoint();
        if (v == null) {
            return null;
        }
        List<String> layers = new ArrayList<>();
        boolean all = true;
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l == AtlasLayer.USER) {
                continue;
            }
            if (model.isVisible(l)) {
                layers.add(l.id());
            } else {
                all = false;
            }
        }
        AtlasFeature selected = model.selected();
        Integer table = model.shownTabProperty().get() == SideTab.STATISTICS ? model.shownTableProperty().get() : null;
        // Five decimals of a degree is about a metre; two of a zoom level is finer than anyone sees.
        return new Tour.Stop(round(v.lon(), 1e5), round(v.lat(), 1e5), round(MapViewpoint.clampZoom(v.zoom()), 100),
                all ? List.of() : layers, selected == null || selected.layer() == AtlasLayer.USER ? null : selected.id(),
                model.year(), table, Map.of(), Map.of());
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    /**
     * Writes one slide per stop of a tour into a folder, in a language, as a background task of the model
     * (the same pictures as {@code render --tour}); the task's value is the number of slides written.
     */
    public BackgroundTask<Integer> exportSlides(Tour t, Path folder, String language) {
        AtlasData atlas = model.content().data();
        BaseMapData baseMap = sources.baseMap();
        // The tables, findings, trade and outlines the window has already loaded: not read again per export.
        AtlasContent c = model.content();
        org.briatlas.carto.PaperStatistics statistics = new org.briatlas.carto.PaperStatistics(
                c.tablesProperty().get(), c.findingsProperty().get(), c.tradeProperty().get(),
                c.countriesProperty().get());
        BackgroundTask<Integer> task = model.run(StatusMessage.info("task.slides", folder), p -> {
            if (baseMap == null) {
                throw new IOException("no base map to draw slides on");
            }
            Files.createDirectories(folder);
            SlideRenderer r = new SlideRenderer(new org.briatlas.carto.MapComposer(baseMap, atlas, statistics),
                    Messages.bundle(language));
            int written = 0;
            for (int i = 0; i < t.stops().size() && !p.cancelled(); i++) {
                p.progress(i, t.stops().size());
                p.message(StatusMessage.info("status.slides.working", i + 1, t.stops().size()));
                var image = r.render(t.stops().get(i), i + 1, t.stops().size(), language, SLIDE_WIDTH,
                        SLIDE_HEIGHT, 1);
                AtomicFiles.write(folder.resolve(String.format(Locale.ROOT, "stop-%02d.png", i + 1)),
                        out -> javax.imageio.ImageIO.write(image, "png", out));
                written++;
            }
            p.progress(written, t.stops().size());
            return written;
        }, n -> model.setStatus(StatusMessage.info("status.slides", n, folder)), e -> {
            LOG.log(Level.WARNING, "slides not written", e);
            model.setStatus(StatusMessage.error("status.slides.failed", folder, ContentLoader.reason(e)));
        });
        task.stateProperty().addListener((o, was, now) -> {
            if (now == BackgroundTask.State.CANCELLED) {
                model.setStatus(StatusMessage.info("status.slides.cancelled", folder));
            }
        });
        return task;
    }
}
