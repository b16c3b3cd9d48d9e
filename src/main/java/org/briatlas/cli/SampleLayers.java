package org.briatlas.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic user layers for the benchmark, the same features in every format the atlas reads: points with
 * a name, a number and a category, or random-walk lines of a fixed number of vertices, scattered over
 * north-east Asia; coordinates to six decimals, as GPS exports write them. Deterministic for a seed.
 */
final class SampleLayers {

    private SampleLayers() {
    }

    private static String xy(double lon, double lat) {
        return String.format(Locale.ROOT, "%.6f,%.6f", lon, lat);
    }

    /** n points as a GeoJSON FeatureCollection, one feature per line. */
    static Path pointsGeoJson(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                w.write((i == 0 ? "" : ",\n") + pointFeature(i, 100 + 40 * r.nextDouble(), 35 + 20 * r.nextDouble()));
            }
            w.write("\n]}\n");
        }
        return file;
    }

    private static String pointFeature(int i, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"site " + i + "\",\"n\":" + i + ",\"type\":\"t"
                + i % 7 + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + xy(lon, lat) + "]}}";
    }

    /** The same points as a GeoJSON text sequence (RFC 8142: each text after an RS byte). */
    static Path pointsSeq(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("\u001e" + pointFeature(i, 100 + 40 * r.nextDouble(), 35 + 20 * r.nextDouble()) + "\n");
            }
        }
        return file;
    }

    /** The same points as CSV (name, n, type, lon, lat). */
    static Path pointsCsv(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,n,type,lon,lat\n");
            for (int i = 0; i < n; i++) {
                double lon = 100 + 40 * r.nextDouble();
                double lat = 35 + 20 * r.nextDouble();
                w.write("site " + i + "," + i + ",t" + i % 7 + "," + xy(lon, lat) + "\n");
            }
        }
        return file;
    }

    /** The same points as KML placemarks with ExtendedData. */
    static Path pointsKml(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                    + "<Document>\n");
            for (int i = 0; i < n; i++) {
                double lon = 100 + 40 * r.nextDouble();
                double lat = 35 + 20 * r.nextDouble();
                w.write("<Placemark><name>site " + i + "</name><ExtendedData><Data name=\"n\"><value>" + i
                        + "</value></Data><Data name=\"type\"><value>t" + i % 7 + "</value></Data></ExtendedData>"
                        + "<Point><coordinates>" + xy(lon, lat) + "</coordinates></Point></Placemark>\n");
            }
            w.write("</Document></kml>\n");
        }
        return file;
    }

    /** n lines of {@code vertices} vertices each, a random walk of about 2 km a step, as GeoJSON. */
    static Path linesGeoJson(Path file, int n, int vertices, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"road ")
                        .append(i).append("\",\"lanes\":").append(1 + i % 4)
                        .append("},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
                double lon = 100 + 40 * r.nextDouble();
                double lat = 35 + 20 * r.nextDouble();
                for (int k = 0; k < vertices; k++) {
                    sb.append(k == 0 ? "[" : ",[").append(xy(lon, lat)).append(']');
                    lon += (r.nextDouble() - 0.5) * 0.04;
                    lat += (r.nextDouble() - 0.5) * 0.04;
                }
                w.write(sb.append("]}}").toString());
            }
            w.write("\n]}\n");
        }
        return file;
    }

    /** The same points as a GeoPackage table ("sites"). */
    static Path pointsGpkg(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization "
                    + "TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, '', '')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name "
                    + "TEXT, srs_id INTEGER, z INTEGER, m INTEGER)");
            s.execute("INSERT INTO gpkg_contents VALUES ('sites', 'features', 'sites')");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('sites', 'geom', 'POINT', 4326, 0, 0)");
            s.execute("CREATE TABLE sites (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT, n INTEGER, type TEXT)");
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO sites VALUES (?, ?, ?, ?, ?)")) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 21).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) {
                    double lon = Double.parseDouble(String.format(Locale.ROOT, "%.6f", 100 + 40 * r.nextDouble()));
                    double lat = Double.parseDouble(String.format(Locale.ROOT, "%.6f", 35 + 20 * r.nextDouble()));
                    b.clear();
                    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4326);
                    b.put((byte) 1).putInt(1).putDouble(lon).putDouble(lat);
                    p.setInt(1, i + 1);
                    p.setBytes(2, b.array().clone());
                    p.setString(3, "site " + i);
                    p.setInt(4, i);
                    p.setString(5, "t" + i % 7);
                    p.addBatch();
                    if (i % 10_000 == 9_999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot write the sample GeoPackage: " + e.getMessage(), e);
        }
        return file;
    }
}
