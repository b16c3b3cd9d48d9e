package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 4 (part): the legacy crs member of GeoJSON 2008 files. */
class GeoJsonCrsTest {

    private static FeatureCollection read(String crsName, boolean crsLast) throws Exception {
        String crs = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"" + crsName + "\"}}";
        String features = "\"features\": [{\"type\": \"Feature\", \"properties\": {},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [126.65, 45.75]}}]";
        String text = "{\"type\": \"FeatureCollection\", " + (crsLast ? features + ", " + crs : crs + ", " + features)
                + "}";
        return GeoJsonReader.validating().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
            "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "http://www.opengis.net/def/crs/EPSG/0/4326"})
    void longitudeAndLatitudeOnWgs84AreRead(String name) throws Exception {
        for (boolean last : new boolean[]{false, true}) {
            FeatureCollection fc = read(name, last);
            assertEquals(1, fc.features().size(), name);
            assertEquals(0, fc.problems().size(), fc.problems().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:ogc:def:crs:EPSG::3857", "EPSG:32652", "urn:ogc:def:crs:EPSG::4490"})
    void anotherSystemIsRefusedWithWhatToDo(String name) throws Exception {
        for (boolean last : new boolean[]{false, true}) {
            FeatureCollection fc = read(name, last);
            assertEquals(0, fc.features().size(), "none placed in the wrong place: " + name);
            assertEquals(1, fc.problems().size());
            assertTrue(fc.problems().get(0).message().contains(name) && fc.problems().get(0).message()
                    .contains("reproject"), fc.problems().get(0).message());
        }
    }
}
