package org.briatlas.data;

import org.briatlas.analysis.Geodesic;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped corridor data against the paper: every channel, every named place, cited and valid. */
class CorridorDataTest {

    private static AtlasData data;

    @BeforeAll
    static void load() {
        data = new AtlasDataReader().read(AtlasDataReader.shipped());
    }

    @Test
    void everyShippedFeatureReadsValidAndCited() {
        assertEquals(List.of(), data.problems().stream().map(p -> p.describe()).toList());
        for (AtlasFeature f : data.features()) {
            assertTrue(f.geometry().isValid(), f + " invalid");
            assertTrue(!f.citation().isBlank(), f + " has no citation");
        }
    }

    @Test
    void everyFeatureIsNamedInEnglishChineseAndRussian() {
        List<String> missing = data.features().stream()
                .filter(f -> !(f.properties().get("name") instanceof Map<?, ?> names)
                        || Set.of("en", "zh", "ru").stream().anyMatch(l -> names.get(l) == null
                        || names.get(l).toString().isBlank()))
                .map(AtlasFeature::id).toList();
        assertEquals(List.of(), missing, "features without a name in every interface language");
    }

    @Test
    void everyKindAndStatusHasAWordInTheInterfaceLanguages() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.briatlas.i18n.messages", java.util.Locale.ROOT);
        List<String> missing = new java.util.ArrayList<>();
        for (AtlasFeature f : data.features()) {
            if (!f.kind().isEmpty() && !en.containsKey("feature.kind." + f.kind())) {
                missing.add("feature.kind." + f.kind());
            }
            Object status = f.properties().get("status");
            if (status != null && !en.containsKey("feature.status." + status.toString().replace(' ', '-'))) {
                missing.add("feature.status." + status);
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList(), "bundle keys (the other languages are checked by BundlesTest)");
    }

    @Test
    void everyChannelOfTable2IsPresent() {
        Map<AtlasLayer, Integer> counts = data.counts();
        for (AtlasLayer l : AtlasLayer.values()) {
            assertTrue(counts.get(l) > 0 || !l.isShipped(), l + " is empty");
        }
        for (AtlasFeature f : data.features()) {
            if (f.layer().isChannel()) {
                assertEquals(f.layer().id(), f.properties().get("channel"), f + " is in the wrong file");
            }
        }
    }

    @Test
    void everyPlaceTable2AndSectionTwoNameIsOnTheMap() {
        Set<String> names = data.features().stream().map(f -> f.name("en").toLowerCase())
                .collect(Collectors.toSet());
        // Places as Table 2 and Section II print them (resolved spellings where the paper misspells).
        for (String place : List.of("harbin", "suifenhe", "manzhouli", "tongjiang", "heihe", "mohe", "dongning",
                "fuyuan", "hulin", "raohe", "xunke", "laoheishan", "mingshan", "jiamusi", "qiqihar", "mudanjiang",
                "vladivostok", "nakhodka", "vostochny", "busan", "niigata", "dalian", "khabarovsk",
                "blagoveshchensk", "yekaterinburg", "hamburg", "rotterdam", "murmansk", "taicang", "daqing",
                "skovorodino", "guangzhou", "ningbo", "shanghai")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(place)), place + " is not on the map");
        }
    }

    /**
     * Every pipeline length the paper prints against the drawing. The drawings run straight between
     * the towns the lines pass, so they may fall short of a surveyed route, but by no more than a
     * quarter, and they may never be more than 10% longer. (The details panel flags every difference
     * above 10% beside the printed figure.)
     */
    @Test
    void measuredPipelineLengthsAreConsistentWithThePrintedFigures() {
        int checked = 0;
        for (AtlasFeature f : data.layer(AtlasLayer.PIPELINE)) {
            double km = Geodesic.lengthKm(f.geometry());
            for (Object o : f.list("figures")) {
                if (o instanceof Map<?, ?> m && "length".equals(m.get("quantity")) && "km".equals(m.get("unit"))) {
                    double stated = ((Number) m.get("value")).doubleValue();
                    if (stated == 3371) {
                        // "The newly built pipelines in the Chinese territory": the three Chinese sections.
                        km = data.layer(AtlasLayer.PIPELINE).stream()
                                .filter(p -> p.id().startsWith("pipe-east-line-gas-"))
                                .mapToDouble(p -> Geodesic.lengthKm(p.geometry())).sum();
                    }
                    double ratio = km / stated;
                    assertTrue(ratio > 0.75 && ratio < 1.10,
                            f.id() + ": drawn " + Math.round(km) + " km, printed " + stated + " km");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3, "the crude line, the gas line and its north section state lengths");
    }

    @Test
    void theArcticCableIsSplitAt180AndMeasuredAsOneRoute() {
        AtlasFeature cable = data.layer(AtlasLayer.CABLE).stream().filter(f -> f.kind().equals("cable"))
                .findFirst().orElseThrow();
        assertTrue(cable.geometry().getNumGeometries() >= 2, "split into parts");
        double maxLon = cable.geometry().getEnvelopeInternal().getMaxX();
        double minLon = cable.geometry().getEnvelopeInternal().getMinX();
        assertEquals(180, maxLon, 1e-9);
        assertEquals(-180, minLon, 1e-9);
        assertTrue(Geodesic.lengthKm(cable.geometry()) > 8000, "Murmansk to Harbin is a long way");
    }

    @Test
    void aDamagedLayerIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
        for (AtlasLayer l : java.util.Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped).toList()) {
            Path target = dir.resolve(l.file());
            Files.createDirectories(target.getParent());
            try (var in = AtlasDataReader.shipped().open(l.file())) {
                Files.write(target, in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve(AtlasLayer.GRID.file()), "{\"type\":\"FeatureCollection\",\"features\":[");
        Files.delete(dir.resolve(AtlasLayer.CABLE.file()));
        AtlasData partial = new AtlasDataReader().read(AtlasDataReader.folder(dir));
        assertEquals(0, partial.counts().get(AtlasLayer.GRID));
        assertEquals(0, partial.counts().get(AtlasLayer.CABLE));
        assertEquals(data.counts().get(AtlasLayer.RAILWAY), partial.counts().get(AtlasLayer.RAILWAY));
        List<String> problems = partial.problems().stream().map(p -> p.describe()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("corridors/grid.geojson") && p.contains("malformed JSON")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("corridors/cable.geojson") && p.contains("missing")),
                problems.toString());
    }
}
