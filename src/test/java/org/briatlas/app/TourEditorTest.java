package org.briatlas.app;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.io.TourFile;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.briatlas.state.BackgroundTask;
import org.briatlas.tour.SpeakerNotes;
import org.briatlas.tour.TourEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher builds a tour in the editor, saves and reopens it, plays it with speaker notes, exports slides. */
class TourEditorTest extends WindowTestBase {

    /** Hides the editor's error dialogs, returning their texts. */
    private List<String> closeEditorErrors() throws Exception {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window win : List.copyOf(Window.getWindows())) {
                if (win.getScene() != null && win.getScene().getRoot() instanceof DialogPane d
                        && "editor-error".equals(d.getId())) {
                    texts.add(d.getContentText());
                    win.hide();
                }
            }
            return texts;
        });
    }

    private <T extends javafx.scene.Node> T editorNode(TourEditor e, String query) throws Exception {
        return onFx(() -> robot.from(e.stage().getScene().getRoot()).lookup(query).<T>query());
    }

    private void clickInEditor(TourEditor e, String id) throws Exception {
        Button b = editorNode(e, id);
        fx(b::fire);
    }

    @Test
    void aTeacherBuildsATourInTheEditorReordersSavesAndReopensIt(@TempDir Path dir) throws Exception {
        fx(() -> model.classroom().openEditor());
        TourEditor e = onFx(() -> window.tourEditor());
        assertTrue(onFx(() -> e.stage().isShowing()));
        goTo(131.15, 44.4, 7);
        fx(() -> {
            model.setVisible(AtlasLayer.RAILWAY, false);
            model.setYear(2012);
        });
        clickInEditor(e, "#editor-add");
        assertEquals(1, (int) onFx(() -> e.stops().size()));
        // A stop without a caption is not saved, and the message names it.
        Path file = dir.resolve("border.json");
        assertFalse(onFx(() -> e.saveTo(file)));
        assertTrue(closeEditorErrors().get(0).contains("1"));
        assertTrue(Files.notExists(file));
        TextArea caption = editorNode(e, "#editor-caption");
        TextArea notesArea = editorNode(e, "#editor-notes");
        TextField title = editorNode(e, "#editor-tour-title");
        fx(() -> caption.setText("Suifenhe crossing"));
        fx(() -> {
            model.setVisible(AtlasLayer.RAILWAY, true);
            model.setYear(2018);
        });
        goTo(126.63, 45.75, 8);
        clickInEditor(e, "#editor-add");
        fx(() -> {
            caption.setText("Harbin, the hub");
            notesArea.setText("Ask: why here?");
            title.setText("Border towns");
        });
        List<Tour.Stop> stops = onFx(e::stops);
        assertEquals(List.of("Suifenhe crossing", "Harbin, the hub"), stops.stream().map(s -> s.caption().get("en"))
                .toList());
        assertEquals(131.15, stops.get(0).lon(), 1e-6);
        assertEquals(7, stops.get(0).zoom(), 1e-6);
        assertTrue(!stops.get(0).layers().isEmpty() && !stops.get(0).layers().contains("railway"));
        assertEquals(2012, stops.get(0).year());
        assertEquals(List.of(), stops.get(1).layers(), "all layers on: none listed");
        assertEquals("Ask: why here?", stops.get(1).notes().get("en"));
        // Reorder: the Harbin stop (selected, as just added) moves up.
        clickInEditor(e, "#editor-up");
        assertEquals("Harbin, the hub", onFx(() -> e.stops().get(0).caption().get("en")));
        assertTrue(onFx(() -> e.saveTo(file)));
        Tour saved = TourFile.read(file);
        assertEquals("Border towns", saved.title().get("en"));
        assertEquals(List.of("Harbin, the hub", "Suifenhe crossing"), saved.stops().stream()
                .map(s -> s.caption().get("en")).toList());
        assertEquals(2012, saved.stops().get(1).year());
        // Saving again keeps the previous version as a backup.
        String first = Files.readString(file);
        fx(() -> e.move(1));
        assertTrue(onFx(() -> e.saveTo(file)));
        assertEquals(first, Files.readString(dir.resolve("border.json.bak")));
        assertEquals("Suifenhe crossing", TourFile.read(file).stops().get(0).caption().get("en"));
        // A file that cannot be read is reported, and the tour being edited stays.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"bri-atlas-tour\", \"version\": 1, \"stops\": [ }");
        assertFalse(onFx(() -> e.open(bad)));
        assertTrue(closeEditorErrors().get(0).contains("bad.json, line 1"));
        assertEquals(2, (int) onFx(() -> e.stops().size()));
        assertTrue(onFx(() -> e.open(file)));
        assertEquals(file, onFx(() -> e.draft().fileProperty().get()));

        // Play from the editor; the speaker notes follow the tour.
        fx(() -> e.select(1));
        clickInEditor(e, "#editor-play");
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("2/2  Harbin, the hub"));
        waitUntil(() -> Math.abs(view().lon() - 126.63) < 0.05 && Math.abs(view().zoom() - 8) < 0.01);
        fx(() -> model.classroom().setNotesOpen(true));
        SpeakerNotes notes = onFx(() -> window.speakerNotes());
        Label notesText = onFx(() -> (Label) robot.from(notes.stage().getScene().getRoot()).lookup("#notes-text")
                .query());
        Label notesCaption = onFx(() -> (Label) robot.from(notes.stage().getScene().getRoot())
                .lookup("#notes-caption").query());
        Label notesNext = onFx(() -> (Label) robot.from(notes.stage().getScene().getRoot()).lookup("#notes-next")
                .query());
        assertEquals("Ask: why here?", onFx(notesText::getText));
        // The stage itself has a readable size: a size given only to the scene left openbox at 200 x 200.
        assertTrue(onFx(() -> notes.stage().getWidth()) >= 600 && onFx(() -> notes.stage().getHeight()) >= 540,
                "notes window " + onFx(() -> notes.stage().getWidth()) + " x " + onFx(() -> notes.stage().getHeight()));
        assertTrue(onFx(() -> e.stage().getWidth()) >= 900, "the editor too");
        fx(() -> model.classroom().playback().previous());
        waitUntil(() -> onFx(notesCaption::getText).equals("Suifenhe crossing"));
        assertTrue(onFx(notesNext::getText).contains("Harbin, the hub"));
        // The tour's keys work in the notes window too (a teacher may have it focused on the laptop).
        fx(() -> Event.fireEvent(notes.stage().getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.PAGE_DOWN, false, false, false, false)));
        waitUntil(() -> onFx(notesCaption::getText).equals("Harbin, the hub"));
        assertEquals(1, (int) onFx(() -> model.classroom().playback().indexProperty().get()));
        fx(() -> notes.stage().hide());
        assertFalse(onFx(() -> model.classroom().notesOpenProperty().get()), "closing the window tells the model");

        // Slides of the tour being edited, off the FX thread, with progress in the status bar.
        Path slides = dir.resolve("slides");
        BackgroundTask<Integer> export = onFx(() -> e.exportSlides(slides));
        assertTrue(onFx(() -> model.tasks().contains(export)), "the export is a task of the model");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(export::isDone));
        assertEquals(2, (int) onFx(export::value));
        try (Stream<Path> files = Files.list(slides)) {
            assertEquals(List.of("stop-01.png", "stop-02.png"), files.map(f -> f.getFileName().toString()).sorted()
                    .toList());
        }
        waitUntil(() -> !present("#status-progress"));
        // Cancelling stops the export: nine slides asked for, fewer written. The task ends only once its
        // worker has returned, so nothing is written after it is done.
        Path cancelled = dir.resolve("cancelled");
        Tour five = TourPlaybackTest.fiveLinks();
        BackgroundTask<Integer> stopped = onFx(() -> {
            BackgroundTask<Integer> t = model.classroom().exportSlides(five, cancelled, "en");
            ((Button) robot.from(stage.getScene().getRoot()).lookup("#status-cancel").query()).fire();
            return t;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(stopped::isDone));
        assertTrue(onFx(stopped::isCancelled));
        try (Stream<Path> files = Files.exists(cancelled) ? Files.list(cancelled) : Stream.empty()) {
            assertTrue(files.filter(f -> f.toString().endsWith(".png")).count() < 9, "the export stopped");
        }
        fx(() -> model.goTo(new MapViewpoint(127, 48, 6), false, 0));
    }
}
