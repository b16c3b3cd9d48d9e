package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 4 (part): Google Earth's KML and KMZ as layers. */
class KmlLayerReaderTest {

    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2">
              <Document>
                <name>Field trip 2027</name>
                <Folder>
                  <name>Ports</name>
                  <Folder>
                    <name>Amur</name>
                    <Placemark id="heihe">
                      <name>Heihe</name>
                      <description><![CDATA[Border port <b>on the Amur</b>]]></description>
                      <ExtendedData><Data name="cargo"><value>grain</value></Data></ExtendedData>
                      <Point><coordinates>127.5,50.25,0</coordinates></Point>
                    </Placemark>
                  </Folder>
                  <Placemark>
                    <name>Broken</name>
                    <Point><coordinates>east,north</coordinates></Point>
                  </Placemark>
                </Folder>
                <Placemark>
                  <name>Trip</name>
                  <LineString><coordinates>
                    126.65,45.75 129.6,44.58
                    131.15,44.4
                  </coordinates></LineString>
                </Placemark>
                <Placemark>
                  <name>Zone</name>
                  <Polygon>
                    <outerBoundaryIs><LinearRing><coordinates>126,45 127,45 127,46 126,46 126,45</coordinates></LinearRing></outerBoundaryIs>
                    <innerBoundaryIs><LinearRing><coordinates>126.4,45.4 126.6,45.4 126.6,45.6</coordinates></LinearRing></innerBoundaryIs>
                  </Polygon>
                </Placemark>
                <Placemark><name>Both</name><MultiGeometry>
                  <Point><coordinates>126,45</coordinates></Point><Point><coordinates>127,46</coordinates></Point>
                </MultiGeometry></Placemark>
              </Document>
            </kml>
            """;

    private static FeatureCollection read(String text, String name) throws IOException {
        return new KmlLayerReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void placemarksComeWithTheirNamesDescriptionsDataAndFolders() throws Exception {
        FeatureCollection fc = read(KML, "trip.kml");
        assertEquals(FeatureCollection.Format.KML, fc.format());
        List<String> names = fc.features().stream().map(f -> String.valueOf(f.properties().get("name"))).toList();
        assertEquals(List.of("Heihe", "Trip", "Zone", "Both"), names);
        GeoFeature heihe = fc.features().get(0);
        assertEquals("heihe", heihe.id());
        assertEquals("Ports / Amur", heihe.properties().get("category"), "folders, not the document's title");
        assertEquals("grain", heihe.properties().get("cargo"));
        assertTrue(String.valueOf(heihe.properties().get("description")).contains("on the Amur"));
        assertEquals(3, fc.features().get(1).geometry().getNumPoints());
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) fc.features().get(2).geometry()).getNumInteriorRing(),
                "the hole (its ring closed by the reader)");
        assertEquals(2, fc.features().get(3).geometry().getNumGeometries());
        assertEquals(1, fc.problems().size());
        assertTrue(fc.problems().get(0).message().contains("not a number pair"), fc.problems().get(0).describe());
        assertTrue(fc.problems().get(0).line() > 10, "with its line");
    }

    @Test
    void aKmzIsReadFromItsZip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("images/icon.png"));
            zip.write(new byte[]{1, 2, 3});
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(KML.getBytes(StandardCharsets.UTF_8));
        }
        FeatureCollection fc = new KmlLayerReader().read(new ByteArrayInputStream(bytes.toByteArray()), "trip.kmz");
        assertEquals(FeatureCollection.Format.KMZ, fc.format());
        assertEquals(4, fc.features().size());
    }

    @Test
    void theXmlReachesNoFileAndBrokenXmlIsRefusedWithItsLine() throws Exception {
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip()
                : "no-hostname-here";
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <kml><Placemark><name>&x;</name><Point><coordinates>1,2</coordinates></Point></Placemark></kml>
                """;
        try {
            FeatureCollection fc = read(xxe, "x.kml");
            fc.features().forEach(f -> assertFalse(String.valueOf(f.properties()).contains(hostname),
                    "an external entity was read"));
        } catch (IOException refused) {
            assertFalse(refused.getMessage().contains(hostname));
        }
        String message = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> read(
                "<kml>\n<Placemark>\n<name>x</nam>\n</kml>", "bad.kml")).getMessage();
        assertTrue(message.contains("line 3"), message);
    }
}
