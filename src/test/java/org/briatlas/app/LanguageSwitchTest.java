package org.briatlas.app;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.text.Text;
import org.briatlas.carto.Typefaces;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.state.BackgroundTask;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interface language switched while the atlas is in use: the views are rebuilt over the same model, so
 * the view, the year, the selection, the user's layer and the tour being played stay, and the old views can
 * be collected.
 */
class LanguageSwitchTest extends WindowTestBase {

    private void chooseLanguage(String code) throws Exception {
        MenuButton languages = node("#toolbar-language");
        fx(() -> languages.getItems().stream().filter(i -> ("language-" + code).equals(i.getId())).findFirst()
                .orElseThrow().fire());
    }

    private String toursText() throws Exception {
        return onFx(() -> ((MenuButton) node("#toolbar-tours")).getText());
    }

    private List<String> placeNames() throws Exception {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup("#place-labels").query().lookupAll("Text")
                .stream().map(n -> ((Text) n).getText()).toList());
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowInChineseAndRussianAndBack() throws Exception {
        MapViewpoint view = view();
        chooseLanguage("zh");
        assertEquals("导览", toursText());
        assertEquals(Typefaces.CJK, onFx(() -> ((MenuButton) node("#toolbar-tours")).getFont().getFamily()),
                "the interface is set in the bundled face that has Chinese");
        waitUntil(() -> placeNames().contains("哈尔滨"));
        assertEquals(Typefaces.CJK, onFx(() -> robot.from(stage.getScene().getRoot()).lookup("#place-labels").query()
                .lookupAll("Text").stream().map(n -> (Text) n).filter(t -> t.getText().equals("哈尔滨")).findFirst()
                .orElseThrow().getFont().getFamily()));
        double pixelsPerDegree = WebMercator.worldSize(view.zoom()) / 360;
        assertEquals(view.lon(), view().lon(), 16 / pixelsPerDegree, "the view is kept, to within a few pixels");
        assertEquals(view.zoom(), view().zoom(), 1e-6, "the view is kept");
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"zh\""), "the choice is saved");

        chooseLanguage("ru");
        assertEquals("Экскурсии", toursText());
        waitUntil(() -> placeNames().contains("Харбин"));

        chooseLanguage("en");
        assertEquals("Tours", toursText());
        waitUntil(() -> placeNames().contains("Harbin"));
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"en\""));
        assertEquals(Typefaces.LATIN, onFx(() -> ((MenuButton) node("#toolbar-tours")).getFont().getFamily()),
                "English is set in Noto Sans");
        // A caption in Chinese over an English window switches that label to the face that has Chinese.
        fx(() -> {
            try {
                map().setCaption("哈尔滨 Harbin");
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertEquals(Typefaces.CJK, onFx(() -> ((Label) node("#tour-caption")).getFont().getFamily()));
    }

    @Test
    void aSwitchInTheMiddleOfATourKeepsTheTourYearSelectionAndUserLayer() throws Exception {
        Path file = Path.of("src/test/resources/fixtures/user-layer.geojson").toAbsolutePath();
        BackgroundTask<?> open = onFx(() -> model.userLayers().open(file));
        waitUntil(() -> onFx(open::isDone));
        // The layer's bad feature is reported in a dialog; the teacher reads it and closes it.
        waitUntil(() -> dialog("data-problems") != null);
        javafx.scene.control.DialogPane problems = dialog("data-problems");
        fx(() -> ((javafx.scene.control.Button) problems.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        org.briatlas.model.Tour five = TourPlaybackTest.fiveLinks();
        fx(() -> model.classroom().play(five, 2));
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("3/9"));
        AtlasFeature selected = onFx(() -> model.selected());
        assertEquals("pipe-skovorodino-mohe-daqing-crude", selected.id());
        int year = onFx(() -> model.year());
        boolean railway = onFx(() -> model.isVisible(AtlasLayer.RAILWAY));

        chooseLanguage("zh");
        String caption = String.valueOf(onFx(() -> map().caption()));
        assertTrue(caption.startsWith("3/9  ") && caption.codePoints().anyMatch(cp ->
                Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), "the stop's caption, in Chinese: "
                + caption);
        assertEquals(selected, onFx(() -> model.selected()), "the selection stays");
        assertEquals(selected.name("zh"), labelText("#details-title"), "and is shown in Chinese");
        String citation = labelText("#details-citation");
        assertTrue(citation.startsWith("表2") && citation.contains("行"), "the citation in Chinese: " + citation);
        assertEquals(year, (int) onFx(() -> model.year()), "the year stays");
        assertEquals(railway, onFx(() -> model.isVisible(AtlasLayer.RAILWAY)), "the layers stay");
        assertEquals(2, (int) onFx(() -> model.content().data().counts().get(AtlasLayer.USER)), "the user's layer");
        fx(() -> window.map().requestFocus());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("4/9"));
        chooseLanguage("en");
    }

    @Test
    void theOldViewsCanBeCollectedAfterASwitch() throws Exception {
        fx(() -> model.classroom().openEditor());
        fx(() -> model.classroom().setNotesOpen(true));
        WeakReference<Parent> oldRoot = new WeakReference<>(onFx(() -> window.views().root()));
        WeakReference<Object> oldMap = new WeakReference<>(onFx(() -> window.map()));
        WeakReference<Object> oldEditor = new WeakReference<>(onFx(() -> window.tourEditor()));
        chooseLanguage("ru");
        assertTrue(onFx(() -> window.tourEditor().stage().isShowing()), "the editor opens again in Russian");
        chooseLanguage("en");
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 50 && (oldRoot.get() != null || oldMap.get() != null || oldEditor.get() != null); i++) {
            System.gc();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            pressure.add(new byte[1 << 20]);
        }
        pressure.clear();
        assertNull(oldRoot.get(), "the old window's views are collectable");
        assertNull(oldMap.get(), "the old map is collectable");
        assertNull(oldEditor.get(), "the old tour editor is collectable");
    }
}
