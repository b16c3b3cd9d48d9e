package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.geo.WebMercator;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 4: the paper's crossings are named at the Heilongjiang view. */
class CorridorPlaceLabelsTest {

    private static final List<String> CROSSINGS = List.of("Heihe", "Suifenhe", "Dongning", "Tongjiang", "Fuyuan",
            "Mohe", "Manzhouli", "Raohe");
    private static final AwtLabels MEASURE = new AwtLabels();
    private static List<PlaceLabel> base;
    private static List<PlaceLabel> marked;

    @BeforeAll
    static void load() throws Exception {
        base = new BaseMapData(BaseMapSource.shipped(), Runnable::run).labels();
        AtlasData shipped = new AtlasDataReader().read(AtlasDataReader.shipped());
        marked = CorridorPlaceLabels.mark(base, shipped.features());
    }

    private static List<PlacedLabel> place(List<PlaceLabel> labels, MapViewpoint v, int w, int h) {
        double world = WebMercator.worldSize(v.zoom());
        double ox = WebMercator.x(v.lon()) * world - w / 2.0;
        double oy = WebMercator.y(v.lat()) * world - h / 2.0;
        return LabelPlacer.place(labels, v.zoom(), (x, y, out) -> {
            out[0] = WebMercator.x(x) * world - ox;
            out[1] = WebMercator.y(y) * world - oy;
            return true;
        }, w, h, MEASURE);
    }

    @Test
    void theChineseCrossingsAndPortsAreMarkedAndTheRussianSideIsNot() {
        Set<String> names = marked.stream().filter(PlaceLabel::corridor).map(PlaceLabel::name)
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(CROSSINGS), "marked: " + names);
        assertFalse(names.contains("Blagoveshchensk"), "the paper's subject is Heilongjiang's side");
        assertFalse(names.contains("Khabarovsk"));
        assertTrue(base.stream().noneMatch(PlaceLabel::corridor), "the base map itself is left as it is");
        assertEquals(base.size(), marked.size());
    }

    @ParameterizedTest(name = "zoom {0}, map {1}x{2}")
    @CsvSource({"6, 1200, 800", "6, 700, 640", "6.5, 1300, 900", "7, 1500, 950"})
    void everyCrossingInTheViewIsNamedAtTheHeilongjiangView(double zoom, int w, int h) {
        MapViewpoint fit = NamedView.HEILONGJIANG.fit(w, h);
        MapViewpoint v = new MapViewpoint(fit.lon(), fit.lat(), zoom);
        Set<String> placed = place(marked, v, w, h).stream().map(p -> p.label().name()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String name : CROSSINGS) {
            PlaceLabel l = marked.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            if (inside(l, v, w, h) && !placed.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "placed: " + placed);
        Set<String> before = place(base, v, w, h).stream().map(p -> p.label().name()).collect(Collectors.toSet());
        if (zoom < 7) {
            assertFalse(before.contains("Heihe"), "unmarked, Heihe lost to Blagoveshchensk (the defect)");
        }
    }

    /** True if the dot lies inside the view with room for a name beside it. */
    private static boolean inside(PlaceLabel l, MapViewpoint v, int w, int h) {
        double world = WebMercator.worldSize(v.zoom());
        double x = (WebMercator.x(l.lon()) - WebMercator.x(v.lon())) * world + w / 2.0;
        double y = (WebMercator.y(l.lat()) - WebMercator.y(v.lat())) * world + h / 2.0;
        return x > 80 && y > 20 && x < w - 80 && y < h - 20;
    }
}
