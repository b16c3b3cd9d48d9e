package org.briatlas.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briatlas.io.TourFile;
import org.briatlas.model.Tour;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tour being edited in the tour editor: its title and stops (each a captured map state with a caption
 * and speaker notes per language), the file it came from and whether it has unsaved changes. Adding,
 * updating, moving and removing stops and saving are commands; the editor window is only a view of this.
 * Part of the {@link AtlasModel}, so a language switch keeps the tour being edited. Interface thread only.
 */
public final class TourDraft {

    /** A stop being edited: the captured map state and its texts by language. */
    public static final class DraftStop {
        private Tour.Stop view;
        private final Map<String, String> caption;
        private final Map<String, String> notes;

        DraftStop(Tour.Stop s) {
            view = s;
            caption = new LinkedHashMap<>(s.caption());
            notes = new LinkedHashMap<>(s.notes());
        }

        /** The captured view, layers, selection, year and table (texts as when captured). */
        public Tour.Stop view() {
            return view;
        }

        /** The caption in a language, or "" if it has none in that language. */
        public String caption(String language) {
            return caption.getOrDefault(language, "");
        }

        public String notes(String language) {
            return notes.getOrDefault(language, "");
        }

        /** The caption in a language, falling back to English. */
        public String captionOrEnglish(String language) {
            return Tour.text(caption, language);
        }

        public String notesOrEnglish(String language) {
            return Tour.text(notes, language);
        }

        Tour.Stop toStop() {
            return new Tour.Stop(view.lon(), view.lat(), view.zoom(), view.layers(), view.feature(), view.year(),
                    view.table(), blankless(caption), blankless(notes));
        }
    }

    private final ObservableList<DraftStop> stops = FXCollections.observableArrayList();
    private final ObservableList<DraftStop> stopsView = FXCollections.unmodifiableObservableList(stops);
    private final Map<String, String> title = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    TourDraft() {
    }

    /** The stops, in order (read-only; change them with the commands). */
    public ObservableList<DraftStop> stops() {
        return stopsView;
    }

    /** The file the tour was last opened from or saved to, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True when the tour has changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Counts every change of a text, so that views can redraw their lists. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Starts a new, empty tour. */
    public void clear() {
        stops.clear();
        title.clear();
        file.set(null);
        changed(false);
    }

    /** Edits a tour (a shipped one, or one read from a file, which saving then replaces). */
    public void edit(Tour tour, Path from) {
        stops.setAll(tour.stops().stream().map(DraftStop::new).toList());
        title.clear();
        title.putAll(tour.title());
        file.set(from);
        changed(false);
    }

    /** Reads a tour file to edit; on failure the tour being edited stays as it was. */
    public void open(Path path) throws TourFile.TourFileException {
        edit(TourFile.read(path), path);
    }

    /** Inserts a captured stop at an index (clamped to the list); returns where it went. */
    public int add(Tour.Stop captured, int at) {
        int i = Math.max(0, Math.min(stops.size(), at));
        stops.add(i, new DraftStop(captured));
        changed(true);
        return i;
    }

    /** Replaces a stop's view, layers, selection, year and table, keeping its texts. */
    public void update(int index, Tour.Stop captured) {
        if (index >= 0 && index < stops.size()) {
            stops.get(index).view = captured;
            changed(true);
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < stops.size()) {
            stops.remove(index);
            changed(true);
        }
    }

    /** Moves a stop; false (and nothing changes) if either index is outside the list or they are equal. */
    public boolean move(int from, int to) {
        if (from < 0 || from >= stops.size() || to < 0 || to >= stops.size() || from == to) {
            return false;
        }
        DraftStop s = stops.remove(from);
        stops.add(to, s);
        changed(true);
        return true;
    }

    /** Sets a stop's caption in a language. */
    public void setCaption(int index, String language, String text) {
        setText(index, language, text, true);
    }

    /** Sets a stop's speaker notes in a language. */
    public void setNotes(int index, String language, String text) {
        setText(index, language, text, false);
    }

    private void setText(int index, String language, String text, boolean caption) {
        if (index < 0 || index >= stops.size()) {
            return;
        }
        Map<String, String> texts = caption ? stops.get(index).caption : stops.get(index).notes;
        if (!text.equals(texts.getOrDefault(language, ""))) {
            texts.put(language, text);
            changed(true);
        }
    }

    public String title(String language) {
        return title.getOrDefault(language, "");
    }

    public void setTitle(String language, String text) {
        if (!text.equals(title.getOrDefault(language, ""))) {
            title.put(language, text);
            changed(true);
        }
    }

    /** The tour as it stands. */
    public Tour tour() {
        return new Tour(blankless(title), stops.stream().map(DraftStop::toStop).toList());
    }

    /** What keeps the tour from being saved (no stops, stops without any caption), or null. */
    public StatusMessage problem() {
        if (stops.isEmpty()) {
            return StatusMessage.warning("editor.error.noStops");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            if (blankless(stops.get(i).caption).isEmpty()) {
                missing.add(Integer.toString(i + 1));
            }
        }
        return missing.isEmpty() ? null : StatusMessage.warning("editor.error.noCaption", String.join(", ", missing));
    }

    /**
     * Writes the tour atomically, keeping the file's previous version as {@code name.bak}. The caller checks
     * {@link #problem()} first; a tour with a problem is refused.
     */
    public void save(Path path) throws IOException {
        if (problem() != null) {
            throw new IllegalStateException("the tour cannot be saved yet");
        }
        TourFile.write(path, tour());
        file.set(path);
        changed(false);
    }

    /** A file name made from the English title ("tour.json" without one). */
    public String suggestedFileName() {
        String t = Tour.text(blankless(title), "en").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (t.isEmpty() ? "tour" : t) + ".json";
    }

    /** Marks the tour as saved (the user chose to discard the changes). */
    public void markSaved() {
        changed(false);
    }

    private void changed(boolean unsaved) {
        dirty.set(unsaved);
        revision.set(revision.get() + 1);
    }

    private static Map<String, String> blankless(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return out;
    }
}
