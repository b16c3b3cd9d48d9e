package org.briatlas.carto;

import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outlines the map shades by trade (geo/basemap/countries.geojson) cover their countries without
 * gaps: Russia is stitched across 180 degrees in the source, and cutting it there once left bands of
 * the Arctic unshaded.
 */
class CountryOutlinesTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static List<GeoFeature> countries() throws Exception {
        try (InputStream in = CountryOutlinesTest.class.getResourceAsStream("/geo/basemap/countries.geojson")) {
            return GeoJsonReader.trusting().read(in, "countries.geojson").features();
        }
    }

    private static String countryAt(List<GeoFeature> countries, double lon, double lat) {
        Point p = GF.createPoint(new Coordinate(lon, lat));
        List<String> hits = countries.stream().filter(c -> c.geometry().covers(p))
                .map(c -> c.text("iso").orElse("?")).distinct().toList();
        assertTrue(hits.size() <= 1, "overlapping outlines at " + lon + ", " + lat + ": " + hits);
        return hits.isEmpty() ? null : hits.get(0);
    }

    @Test
    void russiaIsCoveredAcrossTheArcticAndOnBothSidesOf180Degrees() throws Exception {
        List<GeoFeature> c = countries();
        double[][] towns = {
                {88.2, 69.35},    // Norilsk
                {102.5, 71.98},   // Khatanga
                {129.7, 62.03},   // Yakutsk
                {172.0, 66.0},    // inland Chukotka, west of 180 degrees
                {-173.2, 66.0},   // Chukotka east of 180 degrees
                {37.6, 55.75},    // Moscow
                {110.0, 69.0},    // the tundra at 69 N, where a gap once was
                {100.0, 71.2},    // and at 71 N
        };
        for (double[] t : towns) {
            assertEquals("RU", countryAt(c, t[0], t[1]), "at " + t[0] + ", " + t[1]);
        }
        assertEquals("CN", countryAt(c, 126.65, 45.75), "Harbin");
        assertEquals("MN", countryAt(c, 106.9, 47.9), "Ulaanbaatar");
    }
}
