package org.briatlas.tour;

import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.event.EventHandler;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.SlideRenderer;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.TourFile;
import org.briatlas.map.AtlasMap;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.briatlas.state.AtlasState;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The atlas window's tours: the shipped tours and tour files, the player with its caption over the map,
 * the tour editor, the speaker notes window, slides, and the map's present state as a tour stop.
 * The window keeps presentation mode and the keys; this keeps everything a tour needs. FX thread only.
 */
public final class Classroom {

    private static final Logger LOG = Logger.getLogger(Classroom.class.getName());
    /** The tours shipped with the atlas, in /tours on the class path. */
    public static final List<String> SHIPPED_TOURS = List.of("five-links.json", "transport.json",
            "energy-and-information.json", "rivers-and-air.json");

    /** What the classroom needs of the atlas window. */
    public interface Window {
        /** The window's stage, owner of the tour editor and the speaker notes. */
        Stage stage();

        /** Shows a table of the paper in the statistics panel; 0 when a tour stop shows none. */
        void showTable(int number);

        /** The number of the table the statistics panel is showing, or 0 if it is not showing one. */
        int shownTable();

        /** Shows a message in the status bar. */
        void message(String text);

        /** Shows a running task's progress with a way to cancel it. */
        void track(Task<?> task);

        /** Reports a tour that could not be opened (a dialog). */
        void tourError(String message);

        /** The window's key handler (the tour's keys work in the speaker notes window too). */
        EventHandler<KeyEvent> keys();
    }

    private final Window window;
    private final ResourceBundle text;
    private final String language;
    private final AtlasMap map;
    private final AtlasState state;
    private final BaseMapData baseMap;
    private TourPlayer player;
    private TourEditor editor;
    private SpeakerNotes speakerNotes;
    private Map<String, Tour> shipped;

    public Classroom(Window window, ResourceBundle text, String language, AtlasMap map, AtlasState state,
                     BaseMapData baseMap) {
        this.window = window;
        this.text = text;
        this.language = language;
        this.map = map;
        this.state = state;
        this.baseMap = baseMap;
    }

    /** The tour player (created on first use); its stop's caption shows over the map. */
    public TourPlayer player() {
        if (player == null) {
            player = new TourPlayer(map, state, window::showTable);
            player.indexProperty().addListener((o, was, now) -> {
                Tour.Stop s = player.currentStop();
                map.setCaption(s == null ? null : (now.intValue() + 1) + "/" + player.tourProperty().get().stops().size()
                        + "  " + Tour.text(s.caption(), language));
            });
        }
        return player;
    }

    /** True while a tour is being played. */
    public boolean playing() {
        return player != null && player.tourProperty().get() != null;
    }

    /** Starts a tour at its first stop. */
    public void play(Tour t) {
        player().start(t);
        map.requestFocus();
    }

    /** Ends the tour being played and takes its caption off the map. */
    public void end() {
        if (player != null) {
            player.stop();
        }
        map.setCaption(null);
    }

    /** The shipped tours by file name, read once (a few kilobytes each). */
    private Map<String, Tour> shippedTours() {
        if (shipped == null) {
            shipped = new java.util.LinkedHashMap<>();
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

    /** Menu items that play the shipped tours, titled in the window's language. */
    public List<MenuItem> shippedTourItems() {
        List<MenuItem> items = new ArrayList<>();
        shippedTours().forEach((file, t) -> {
            MenuItem item = new MenuItem(Tour.text(t.title(), language));
            item.setId("tour-" + file.replace(".json", ""));
            item.setOnAction(e -> play(t));
            items.add(item);
        });
        return items;
    }

    /** Asks for a tour file and plays it. */
    public void chooseTour() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("editor.fileType"), "*.json"));
        File f = chooser.showOpenDialog(window.stage());
        if (f != null) {
            open(f.getPath());
        }
    }

    /**
     * Plays a tour: a shipped one by name ("five-links", "transport", "energy-and-information",
     * "rivers-and-air") or a tour file. A tour that cannot be read is reported with the reason and the
     * atlas carries on. The tour starts once the atlas's features are loaded.
     */
    public void open(String nameOrFile) {
        try {
            String name = nameOrFile.endsWith(".json") ? nameOrFile : nameOrFile + ".json";
            Tour t = shippedTours().containsKey(name) && !Files.exists(Path.of(nameOrFile))
                    ? shippedTours().get(name) : TourFile.read(Path.of(nameOrFile));
            if (state.dataProperty().get() != null) {
                play(t);
            } else {
                state.dataProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends AtlasData> o, AtlasData was,
                                        AtlasData now) {
                        if (now != null) {
                            state.dataProperty().removeListener(this);
                            play(t);
                        }
                    }
                });
            }
        } catch (TourFile.TourFileException | InvalidPathException e) {
            LOG.log(Level.WARNING, "tour not opened", e);
            window.tourError(e.getMessage());
        }
    }

    /** The tour editor window (created on first use), editing the tour being played if there is one. */
    public TourEditor openEditor() {
        if (editor == null) {
            editor = new TourEditor(window.stage(), text, language, this::captureStop, player(),
                    () -> state.dataProperty().get(), this::exportSlides);
        }
        Tour playing = player == null ? null : player.tourProperty().get();
        if (playing != null && !editor.dirtyProperty().get() && !editor.stage().isShowing()) {
            editor.edit(playing, null);
            editor.select(Math.max(0, player.indexProperty().get()));
        }
        editor.show();
        return editor;
    }

    /** The speaker notes window, for the teacher's own screen (created on first use). */
    public SpeakerNotes openSpeakerNotes() {
        if (speakerNotes == null) {
            speakerNotes = new SpeakerNotes(window.stage(), text, language, player(), window.keys());
        }
        speakerNotes.show();
        return speakerNotes;
    }

    /**
     * Closes the tour editor and the speaker notes, asking first about an unsaved tour. Returns false if
     * the teacher cancels (the windows stay open).
     */
    public boolean closeWindows() {
        if (editor != null && !editor.close()) {
            return false;
        }
        if (speakerNotes != null) {
            speakerNotes.stage().hide();
        }
        return true;
    }

    /**
     * The map as it is now, as a tour stop without texts: the view, the visible layers (none listed when
     * all show), the selected feature, the year, and the table if the statistics panel is showing one.
     */
    public Tour.Stop captureStop() {
        MapViewpoint v = map.getViewpoint();
        List<String> layers = new ArrayList<>();
        boolean all = true;
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l == AtlasLayer.USER) {
                continue;
            }
            if (state.isVisible(l)) {
                layers.add(l.id());
            } else {
                all = false;
            }
        }
        AtlasFeature selected = state.selectedProperty().get();
        int table = window.shownTable();
        // Five decimals of a degree is about a metre; two of a zoom level is finer than anyone sees.
        return new Tour.Stop(round(v.lon(), 1e5), round(v.lat(), 1e5), round(MapViewpoint.clampZoom(v.zoom()), 100),
                all ? List.of() : layers, selected == null || selected.layer() == AtlasLayer.USER ? null : selected.id(),
                state.yearProperty().get(), table > 0 ? table : null, Map.of(), Map.of());
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    /** Asks for a folder and writes the slides of the tour being played into it. */
    public void chooseSlideFolder() {
        Tour t = player == null ? null : player.tourProperty().get();
        if (t == null) {
            window.message(text.getString("notes.noTour"));
            return;
        }
        File dir = new DirectoryChooser().showDialog(window.stage());
        if (dir != null) {
            exportSlides(t, dir.toPath());
        }
    }

    /**
     * Writes one slide per stop of a tour into a folder, off the FX thread, in the window's language (the
     * same pictures as {@code render --tour}); the window shows the progress and can cancel it. Returns
     * the task; its value is the number of slides written.
     */
    public Task<Integer> exportSlides(Tour t, Path folder) {
        AtlasData atlas = state.dataProperty().get();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws IOException {
                Files.createDirectories(folder);
                SlideRenderer r = new SlideRenderer(baseMap, atlas, text);
                int written = 0;
                for (int i = 0; i < t.stops().size() && !isCancelled(); i++) {
                    updateProgress(i, t.stops().size());
                    updateMessage(String.format(text.getString("status.slides.working"), i + 1, t.stops().size()));
                    var image = r.render(t.stops().get(i), i + 1, t.stops().size(), language, 1600, 1000, 1);
                    AtomicFiles.write(folder.resolve(String.format(Locale.ROOT, "stop-%02d.png", i + 1)),
                            out -> javax.imageio.ImageIO.write(image, "png", out));
                    written++;
                }
                updateProgress(written, t.stops().size());
                return written;
            }
        };
        task.setOnSucceeded(e -> window.message(String.format(text.getString("status.slides"), task.getValue(), folder)));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "slides not written", task.getException());
            window.message(task.getException().getMessage());
        });
        task.setOnCancelled(e -> window.message(String.format(text.getString("status.slides.cancelled"), folder)));
        window.track(task);
        Thread th = new Thread(task, "slide-export");
        th.setDaemon(true);
        th.start();
        return task;
    }
}
