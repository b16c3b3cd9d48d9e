package org.briatlas.model;

import org.briatlas.io.GeoJsonReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Feature properties as the reader keeps them: in order, as a map would, names shared between features. */
class CompactPropertiesTest {

    private static FeatureCollection read(String json) throws Exception {
        return GeoJsonReader.validating().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t");
    }

    @Test
    void propertiesKeepTheirOrderEqualAPlainMapAndALaterDuplicateWins() throws Exception {
        FeatureCollection fc = read("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"b\":1,\"a\":\"x\",\"b\":2,\"n\":null,\"o\":{\"k\":[1,2]}},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"b\":3,\"a\":\"x\",\"n\":true,\"o\":{}},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,4]}}]}");
        Map<String, Object> first = fc.features().get(0).properties();
        assertEquals(List.of("b", "a", "n", "o"), List.copyOf(first.keySet()));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 2);
        expected.put("a", "x");
        expected.put("n", null);
        expected.put("o", Map.of("k", List.of(1, 2)));
        assertEquals(expected, first);
        assertEquals(expected.hashCode(), first.hashCode());
        assertEquals(null, first.get("missing"));
        // The same short text read twice is one string.
        assertSame(first.get("a"), fc.features().get(1).properties().get("a"));
    }

    @Test
    void aFeatureOfManyNamesIsReadWhole() throws Exception {
        StringBuilder sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{");
        for (int i = 0; i < 5000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        sb.append(",\"p7\":\"again\"},\"geometry\":null}");
        Map<String, Object> p = read(sb.toString()).features().get(0).properties();
        assertEquals(5000, p.size());
        assertEquals("again", p.get("p7"), "a duplicate past the hash threshold replaces its value");
        assertEquals(4999, p.get("p4999"));
    }

    @Test
    void theRecordsOfATextSequenceShareTheirNamesAndShortTexts() throws Exception {
        FeatureCollection fc = read("\u001e{\"type\":\"Feature\",\"properties\":{\"type\":\"school\"},\"geometry\":null}\n"
                + "\u001e{\"type\":\"Feature\",\"properties\":{\"type\":\"school\"},\"geometry\":null}\n");
        assertEquals(FeatureCollection.Format.GEOJSON_SEQ, fc.format());
        assertSame(fc.features().get(0).properties().get("type"), fc.features().get(1).properties().get("type"),
                "one string for the file, not one a record");
    }
}
