package org.briatlas.io;

import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 4 (part): CSV tables as layers. */
class CsvLayerReaderTest {

    @TempDir
    Path dir;

    private static FeatureCollection read(String text) throws IOException {
        return new CsvLayerReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
    }

    @Test
    void longitudeAndLatitudeColumnsAreFoundByTheirEnglishNames() throws Exception {
        FeatureCollection fc = read("name,Longitude (deg),Latitude (deg),cargo\n"
                + "Harbin,126.65,45.75,\"grain, timber\"\nSuifenhe,131.15,44.40,\"\"\"mixed\"\"\"\n");
        assertEquals(FeatureCollection.Format.CSV, fc.format());
        assertEquals(2, fc.features().size());
        assertEquals(List.of(), fc.problems());
        assertEquals(126.65, fc.features().get(0).geometry().getCoordinate().x, 0);
        assertEquals("grain, timber", fc.features().get(0).properties().get("cargo"));
        assertEquals("\"mixed\"", fc.features().get(1).properties().get("cargo"));
        assertEquals("Harbin", fc.features().get(0).properties().get("name"));
    }

    @Test
    void chineseAndRussianHeadersSemicolonsTabsDecimalCommasAndAByteOrderMark() throws Exception {
        FeatureCollection zh = read("\uFEFF名称;经度;纬度\n哈尔滨;126,65;45,75\n");
        assertEquals(1, zh.features().size(), zh.problems().toString());
        assertEquals(45.75, zh.features().get(0).geometry().getCoordinate().y, 0);
        assertEquals("哈尔滨", zh.features().get(0).properties().get("name"));
        FeatureCollection ru = read("название\tдолгота\tширота\nХарбин\t126.65\t45.75\n");
        assertEquals(1, ru.features().size(), ru.problems().toString());
        assertEquals("Харбин", ru.features().get(0).properties().get("name"));
        FeatureCollection xy = read("x,y\n126.65,45.75\n");
        assertEquals(1, xy.features().size());
    }

    @Test
    void aWktColumnGivesLinesAndPolygons() throws Exception {
        FeatureCollection fc = read("id,wkt\nrail,\"LINESTRING (126.65 45.75, 131.15 44.4)\"\n"
                + "zone,\"POLYGON ((126 45, 127 45, 127 46, 126 46, 126 45))\"\n"
                + "bow,\"POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))\"\nbad,\"LINESTRING (1 2\"\n");
        assertEquals(List.of("LineString", "Polygon"), fc.features().stream().map(f -> f.geometry().getGeometryType())
                .toList());
        assertEquals(2, fc.problems().size(), fc.problems().toString());
        assertTrue(fc.problems().get(0).message().contains("not valid"));
        assertTrue(fc.problems().get(1).message().contains("WKT cannot be read"));
    }

    @Test
    void rowsThatCannotBePlacedAreReportedByLineAndTheRestIsRead() throws Exception {
        FeatureCollection fc = read("name,lon,lat\nok,126.65,45.75\n\"two\nlines\",127,46\nfar,200,45\n"
                + "swapped,45.75,126.65\nword,east,45\nempty,,\nlast,131.15,44.4\n");
        assertEquals(List.of("ok", "two\nlines", "last"), fc.features().stream().map(f -> f.properties().get("name"))
                .toList());
        List<ReadProblem> p = fc.problems();
        assertEquals(4, p.size(), p.toString());
        assertEquals(5, p.get(0).line(), "the quoted line break counts: " + p.get(0).describe());
        assertTrue(p.get(0).message().contains("longitude 200"));
        assertTrue(p.get(1).message().contains("swapped"), p.get(1).message());
        assertTrue(p.get(2).message().contains("not a number"));
        assertTrue(p.get(3).message().contains("no coordinates"));
        assertEquals(2, p.get(0).featureIndex(), "the third data row, counted from 0");
    }

    @Test
    void aTableWithoutCoordinatesOrNotInUtf8IsRefusedWithTheReason() {
        String none = assertThrows(IOException.class, () -> read("name,population\nHarbin,10\n")).getMessage();
        assertTrue(none.contains("no coordinate columns") && none.contains("name, population"), none);
        byte[] latin1 = "name,lon,lat\nM\u00fcnchen,11.5,48.1\n".getBytes(StandardCharsets.ISO_8859_1);
        String enc = assertThrows(IOException.class, () -> new CsvLayerReader().read(new ByteArrayInputStream(latin1),
                "t.csv")).getMessage();
        assertTrue(enc.contains("not UTF-8"), enc);
        assertThrows(IOException.class, () -> read(""));
    }

    @Test
    void aHugeFieldIsAProblemNotACrash() throws Exception {
        String huge = "LINESTRING (" + "1 2, ".repeat(CsvLayerReader.MAX_FIELD / 5 + 10) + "3 4)";
        FeatureCollection fc = read("wkt\n\"" + huge + "\"\n\"POINT (126 45)\"\n");
        assertEquals(1, fc.features().size());
        assertTrue(fc.problems().get(0).message().contains("characters long"));
    }

    @Test
    void aCsvFileOpensAsTheUsersLayer() throws Exception {
        Path f = dir.resolve("ports.csv");
        Files.writeString(f, "name,lon,lat\nHeihe,127.5,50.25\n");
        AtlasData d = new AtlasDataReader().readUserFile(f);
        assertEquals(1, d.features().size());
        assertEquals(AtlasLayer.USER, d.features().get(0).layer());
    }
}
