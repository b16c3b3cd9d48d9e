package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The vector tables of a GeoPackage (OGC 12-128r18) as one layer: SQLite opened read-only through the
 * xerial JDBC driver, a row at a time; each row's geometry decoded from the GeoPackage binary header
 * ({@code GP}, version, flags, SRS id, envelope) and the WKB after it (by JTS, ISO and extended WKB alike);
 * every other column a property, and the table's name in {@code "table"} (for categories). Tables in
 * WGS 84 longitude and latitude (EPSG:4326, OGC CRS84) are read; a table in another system is refused with
 * what to do, and no feature of it is placed. A row that cannot be read is reported with its table, row and
 * reason; the rest are read. Thread-safe (one connection per read).
 */
public final class GeoPackageReader {

    /** Problems listed one by one; beyond this they are counted. */
    static final int MAX_LISTED = 1000;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** True for a file name the reader takes (.gpkg). */
    public static boolean accepts(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gpkg");
    }

    /** Reads every feature table of a GeoPackage file (checked to be a regular file by the caller). */
    public FeatureCollection read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            Class.forName("org.sqlite.JDBC");
        } catch (ClassNotFoundException e) {
            throw new IOException("the GeoPackage reader is missing from this installation", e);
        }
        java.util.Properties p = new java.util.Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        p.setProperty("query_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?immutable=1", p)) {
            return read(c, name);
        } catch (SQLException e) {
            throw new IOException(name + " is not a GeoPackage the atlas can read: " + sqlReason(e), e);
        }
    }

    private static String sqlReason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return "it is not an SQLite database";
        }
        return m;
    }

    /** A feature table: its name, its geometry column and its coordinate system's id. */
    private record Table(String name, String column, int srsId) {
    }

    private FeatureCollection read(Connection c, String name) throws SQLException, IOException {
        List<Table> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT g.table_name, g.column_name, g.srs_id FROM gpkg_geometry_columns g "
                     + "JOIN gpkg_contents c ON c.table_name = g.table_name WHERE c.data_type = 'features' "
                     + "ORDER BY g.table_name")) {
            while (r.next()) {
                tables.add(new Table(r.getString(1), r.getString(2), r.getInt(3)));
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                throw new IOException(name + " is an SQLite database but not a GeoPackage (it has no "
                        + "gpkg_geometry_columns table)", e);
            }
            throw e;
        }
        if (tables.isEmpty()) {
            throw new IOException(name + " is a GeoPackage without vector tables (rasters and attribute tables "
                    + "are not read)");
        }
        List<GeoFeature> features = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        int[] unlisted = {0};
        int index = 0;
        for (Table t : tables) {
            String srs = srs(c, t.srsId());
            if (srs != null) {
                problem(problems, unlisted, new ReadProblem(name, -1, null, -1, "the table " + t.name() + " is in "
                        + srs + ", not in longitude and latitude (EPSG:4326); reproject it to EPSG:4326 (in QGIS: "
                        + "Export, Save Features As, CRS EPSG:4326) and open it again; none of its features is "
                        + "placed"));
                continue;
            }
            index = readTable(c, t, name, index, features, problems, unlisted);
        }
        if (unlisted[0] > 0) {
            problems.add(new ReadProblem(name, -1, null, -1, unlisted[0] + " more rows could not be read"));
        }
        return new FeatureCollection(name, features, problems, FeatureCollection.Format.GPKG);
    }

    private static void problem(List<ReadProblem> problems, int[] unlisted, ReadProblem p) {
        if (problems.size() < MAX_LISTED) {
            problems.add(p);
        } else {
            unlisted[0]++;
        }
    }

    /** Null for WGS 84 longitude and latitude (or an undefined system, taken as it); else its name. */
    private static String srs(Connection c, int srsId) throws SQLException {
        if (srsId == 4326 || srsId == 0 || srsId == -1) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT organization, organization_coordsys_id, srs_name "
                + "FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            s.setInt(1, srsId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return "an unknown coordinate system (srs_id " + srsId + ")";
                }
                String org = r.getString(1) == null ? "" : r.getString(1).toUpperCase(Locale.ROOT);
                int code = r.getInt(2);
                if (org.equals("EPSG") && code == 4326 || org.equals("OGC") && code == 84) {
                    return null;
                }
                return org + ":" + code + (r.getString(3) == null ? "" : " (" + r.getString(3) + ")");
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private int readTable(Connection c, Table t, String name, int index, List<GeoFeature> features,
                          List<ReadProblem> problems, int[] unlisted) throws SQLException {
        WKBReader wkb = new WKBReader(GEOMETRY);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + quoted(t.name()))) {
            ResultSetMetaData meta = r.getMetaData();
            int columns = meta.getColumnCount();
            int geometryAt = -1;
            for (int i = 1; i <= columns; i++) {
                if (meta.getColumnName(i).equalsIgnoreCase(t.column())) {
                    geometryAt = i;
                }
            }
            int row = 0;
            while (r.next()) {
                row++;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("table", t.name());
                String id = null;
                for (int i = 1; i <= columns; i++) {
                    if (i == geometryAt) {
                        continue;
                    }
                    Object v = r.getObject(i);
                    if (v instanceof byte[]) {
                        continue;
                    }
                    String col = meta.getColumnName(i);
                    props.put(col, v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)
                            ? Long.valueOf(n.longValue()) : v);
                    if (id == null && (col.equalsIgnoreCase("fid") || col.equalsIgnoreCase("id"))) {
                        id = String.valueOf(v);
                    }
                }
                String featureId = t.name() + "." + (id != null ? id : row);
                byte[] blob = geometryAt < 0 ? null : r.getBytes(geometryAt);
                try {
                    Geometry g = blob == null ? null : decode(blob, wkb);
                    features.add(new GeoFeature(featureId, g, props));
                } catch (IOException e) {
                    problem(problems, unlisted, new ReadProblem(name, index, featureId, -1, "table " + t.name()
                            + ", row " + row + ": " + e.getMessage()));
                }
                index++;
            }
        }
        return index;
    }

    /**
     * A GeoPackage geometry blob: "GP", version 0, flags (bit 0 the header's byte order, bits 1 to 3 the
     * envelope's kind, bit 4 empty), the SRS id, the envelope, then WKB. Null for an empty geometry.
     */
    static Geometry decode(byte[] blob, WKBReader wkb) throws IOException {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IOException("the geometry is not a GeoPackage geometry (no GP header)");
        }
        int flags = blob[3] & 0xff;
        if ((flags & 0x20) != 0) {
            throw new IOException("the geometry is of an extended type the atlas does not read");
        }
        int envelope = (flags >> 1) & 0x7;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IOException("the geometry's header names an unknown envelope (" + envelope + ")");
        };
        int start = 8 + envelopeBytes;
        if ((flags & 0x10) != 0) {
            return null;
        }
        if (blob.length <= start) {
            throw new IOException("the geometry ends inside its header");
        }
        Geometry g;
        try {
            g = wkb.read(java.util.Arrays.copyOfRange(blob, start, blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new IOException("the geometry's WKB cannot be read: " + e.getMessage(), e);
        }
        if (g.isEmpty()) {
            return null;
        }
        for (Coordinate co : g.getCoordinates()) {
            if (!(Math.abs(co.x) <= 180) || !(Math.abs(co.y) <= 90)) {
                throw new IOException(String.format(Locale.ROOT, "a position (%s, %s) is outside longitude -180 to"
                        + " 180 and latitude -90 to 90", co.x, co.y));
            }
        }
        return g;
    }
}
