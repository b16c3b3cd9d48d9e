package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GeoPackage vector tables read as a layer; other systems, bad rows and other files refused with a reason. */
class GeoPackageReaderTest {

    private static final GeometryFactory G = new GeometryFactory();

    @TempDir
    Path dir;

    /** A GeoPackage geometry: the GP header (little-endian, with an xy envelope) and WKB. */
    static byte[] gp(Geometry g, int srs) {
        ByteBuffer h = ByteBuffer.allocate(8 + 32).order(ByteOrder.LITTLE_ENDIAN);
        h.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011).putInt(srs);
        org.locationtech.jts.geom.Envelope e = g.getEnvelopeInternal();
        h.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(g));
        return out.toByteArray();
    }

    /** Writes a small GeoPackage: schools (points), roads (a line, one bad row) and a table in Web Mercator. */
    static Path write(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization "
                    + "TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, '', ''), "
                    + "('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, '', '')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name "
                    + "TEXT, srs_id INTEGER, z INTEGER, m INTEGER)");
            for (String[] t : new String[][]{{"schools", "4326"}, {"roads", "4326"}, {"mercator", "3857"}}) {
                s.execute("INSERT INTO gpkg_contents VALUES ('" + t[0] + "', 'features', '" + t[0] + "')");
                s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + t[0] + "', 'geom', 'GEOMETRY', " + t[1]
                        + ", 0, 0)");
                s.execute("CREATE TABLE " + t[0] + " (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT, pupils INTEGER)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schools VALUES (?, ?, ?, ?)")) {
                p.setInt(1, 1);
                p.setBytes(2, gp(G.createPoint(new Coordinate(126.63, 45.75)), 4326));
                p.setString(3, "No. 1 School 哈尔滨");
                p.setInt(4, 1200);
                p.execute();
                p.setInt(1, 2);
                p.setBytes(2, gp(G.createPoint(new Coordinate(127.5, 50.25)), 4326));
                p.setString(3, "Heihe School");
                p.setInt(4, 800);
                p.execute();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO roads VALUES (?, ?, ?, NULL)")) {
                p.setInt(1, 7);
                p.setBytes(2, gp(G.createLineString(new Coordinate[]{new Coordinate(126.6, 45.7),
                        new Coordinate(131.1, 44.4)}), 4326));
                p.setString(3, "Harbin–Suifenhe");
                p.execute();
                p.setInt(1, 8);
                p.setBytes(2, new byte[]{'G', 'P', 0, 1, 0, 0, 0, 0, 1, 2, 3});
                p.setString(3, "broken");
                p.execute();
            }
            s.execute("INSERT INTO mercator VALUES (1, NULL, 'far', 1)");
        }
        return file;
    }

    @Test
    void everyVectorTableInLongitudeAndLatitudeIsReadAndTheRestIsReported() throws Exception {
        FeatureCollection fc = new GeoPackageReader().read(write(dir.resolve("city.gpkg")));
        assertEquals(FeatureCollection.Format.GPKG, fc.format());
        assertEquals(List.of("roads.7", "schools.1", "schools.2"), fc.features().stream().map(GeoFeature::id).toList());
        GeoFeature school = fc.features().get(1);
        assertEquals("No. 1 School 哈尔滨", school.properties().get("name"));
        assertEquals(1200L, school.properties().get("pupils"));
        assertEquals("schools", school.properties().get("table"));
        assertEquals(126.63, school.geometry().getCoordinate().x, 1e-12);
        assertEquals("LineString", fc.features().get(0).geometry().getGeometryType());
        assertEquals(2, fc.problems().size(), fc.problems().toString());
        // Tables in the order of their names: mercator is refused first, then roads' broken row.
        assertTrue(fc.problems().get(0).message().contains("EPSG:3857") && fc.problems().get(0).message()
                .contains("reproject"), fc.problems().get(0).message());
        assertTrue(fc.problems().get(1).describe().contains("row 2") && fc.problems().get(1).describe()
                .contains("roads.8"), fc.problems().get(1).describe());
    }

    @Test
    void theWindowAndInspectReadItThroughTheUserFileReaderToo() throws Exception {
        Path file = write(dir.resolve("city.gpkg"));
        assertEquals(3, new AtlasDataReader().readUserCollection(file).features().size());
        try (java.io.InputStream in = Files.newInputStream(file)) {
            assertEquals(3, new AtlasDataReader().readUserCollection(in, "city.gpkg").features().size(),
                    "from a stream, through a scratch file");
        }
    }

    @Test
    void anSqliteFileThatIsNoGeoPackageAndAFileThatIsNoDatabaseAreRefusedWithTheReason() throws Exception {
        Path plain = dir.resolve("plain.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a INTEGER)");
        }
        IOException notGpkg = assertThrows(IOException.class, () -> new GeoPackageReader().read(plain));
        assertTrue(notGpkg.getMessage().contains("not a GeoPackage"), notGpkg.getMessage());
        Path noise = dir.resolve("noise.gpkg");
        byte[] bytes = new byte[8192];
        new java.util.Random(3).nextBytes(bytes);
        Files.write(noise, bytes);
        IOException notDb = assertThrows(IOException.class, () -> new GeoPackageReader().read(noise));
        assertTrue(notDb.getMessage().contains("noise.gpkg") && notDb.getMessage().contains("not"),
                notDb.getMessage());
    }

    @Test
    void anEmptyGeometryIsAFeatureWithoutALocation() throws Exception {
        byte[] empty = {'G', 'P', 0, 0b0001_0001, 0, 0, 0, 0};
        assertNull(GeoPackageReader.decode(empty, new org.locationtech.jts.io.WKBReader()));
        IOException bad = assertThrows(IOException.class, () -> GeoPackageReader.decode(new byte[]{'X', 'Y', 0, 0,
                0, 0, 0, 0, 0}, new org.locationtech.jts.io.WKBReader()));
        assertTrue(bad.getMessage().contains("GP header"));
    }
}
