package org.briatlas.carto;

import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The style table covers every layer and every kind of point the atlas ships. */
class ThematicStyleTest {

    /**
     * Kinds of every point in the shipped thematic data (geo/**&#47;*.geojson). The base map's files are
     * left out: their kinds (sea, lake, river) name label classes that the base map's own style draws.
     */
    private static Set<String> shippedPointKinds() throws IOException {
        Set<String> kinds = new TreeSet<>();
        Path geo = Path.of("geo");
        List<Path> files;
        try (Stream<Path> all = Files.walk(geo)) {
            files = all.filter(p -> p.toString().endsWith(".geojson"))
                    .filter(p -> !p.startsWith(geo.resolve("basemap"))).sorted().toList();
        }
        assertTrue(files.size() >= 11, "the channels, places and thematic files: " + files);
        for (Path f : files) {
            FeatureCollection c = GeoJsonReader.trusting().read(f);
            for (GeoFeature feature : c.features()) {
                String type = feature.geometry().getGeometryType();
                if (type.equals("Point") || type.equals("MultiPoint")) {
                    kinds.add(feature.text("kind").orElse(f + ": a point without a kind"));
                }
            }
        }
        return kinds;
    }

    @Test
    void everyKindOfPointInTheShippedDataHasItsOwnEntry() throws IOException {
        Set<String> kinds = shippedPointKinds();
        assertTrue(kinds.containsAll(Set.of("confucius-institute", "sea-port", "station", "hub")), kinds.toString());
        List<String> missing = kinds.stream().filter(k -> !ThematicStyle.hasPoint(k)).toList();
        assertEquals(List.of(), missing, "kinds drawn with the default symbol instead of their own");
    }

    @Test
    void aKindTheTableDoesNotNameGetsTheDefaultCircle() {
        assertTrue(!ThematicStyle.hasPoint("windmill"));
        assertEquals(ThematicStyle.Symbol.CIRCLE, ThematicStyle.point("windmill").symbol());
        assertEquals(ThematicStyle.Symbol.STAR, ThematicStyle.point("confucius-institute").symbol());
    }

    @Test
    void everyLayerHasALineStyleAndEveryPointLayerATypicalKind() {
        for (AtlasLayer l : AtlasLayer.values()) {
            ThematicStyle.Line style = ThematicStyle.of(l);
            assertNotNull(style, l.toString());
            assertTrue(style.width() > 0, l.toString());
            assertEquals(0xff, style.colour() >>> 24, l + " is opaque");
            if (!l.isChannel() && l != AtlasLayer.USER) {
                assertTrue(ThematicStyle.hasPoint(ThematicStyle.typicalKind(l)), l.toString());
            }
        }
    }

    @Test
    void shadesRunFromLightToStrongAndClampOutOfRangeClasses() {
        assertEquals(5, ThematicStyle.shadeClasses());
        for (int c = 1; c < ThematicStyle.shadeClasses(); c++) {
            int lighter = ThematicStyle.shade(c - 1);
            int stronger = ThematicStyle.shade(c);
            assertTrue((stronger >> 8 & 0xff) < (lighter >> 8 & 0xff), "less green in class " + c);
        }
        assertEquals(ThematicStyle.shade(0), ThematicStyle.shade(-3));
        assertEquals(ThematicStyle.shade(4), ThematicStyle.shade(99));
        assertEquals(0x66f3f4d8, ThematicStyle.withAlpha(ThematicStyle.shade(0), ThematicStyle.SHADE_ALPHA));
    }
}
