package org.briatlas.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table of the user's as a layer: CSV (comma, semicolon or tab, RFC 4180 quoting, UTF-8 with or without a
 * byte-order mark) whose longitude and latitude columns are found by name, in English, Chinese or Russian
 * ({@code lon}, {@code lng}, {@code longitude}, {@code x}, {@code 经度}, {@code долгота}; {@code lat},
 * {@code latitude}, {@code y}, {@code 纬度}, {@code широта}), or whose geometry is in a WKT column. Read by Apache
 * Commons CSV, a record at a time. Every other column becomes a property as written. A row that cannot be
 * placed is reported with its line and the reason, and the rest are read. Thread-safe.
 */
public final class CsvLayerReader {

    static final Set<String> LON = Set.of("lon", "lng", "long", "longitude", "x", "经度", "долгота");
    static final Set<String> LAT = Set.of("lat", "latitude", "y", "纬度", "широта");
    static final Set<String> WKT = Set.of("wkt", "geometry", "geom", "the_geom", "几何", "геометрия");
    static final Set<String> NAME = Set.of("name", "名称", "名字", "название", "имя");
    /** More columns than this make a file no table of places. */
    static final int MAX_COLUMNS = 10_000;
    /** A longer field is refused: no place needs a megabyte of text. */
    static final int MAX_FIELD = 1_000_000;
    /** Problems listed one by one; beyond this they are counted. */
    static final int MAX_LISTED = 1000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** True for a file name the CSV reader takes (.csv, .tsv). */
    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    public FeatureCollection read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1 << 16);
        String first;
        try {
            first = reader.readLine();
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not UTF-8 text; save the table as CSV UTF-8", e);
        }
        if (first == null || first.isBlank()) {
            throw new IOException(name + " is empty: a CSV layer needs a header row with longitude and latitude"
                    + " columns");
        }
        reader.reset();
        if (first.startsWith("\uFEFF")) {
            reader.skip(1);
            first = first.substring(1);
        }
        char delimiter = delimiter(first);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        List<GeoFeature> features = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        int[] dropped = {0};
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.size() > MAX_COLUMNS) {
                throw new IOException(name + " has " + header.size() + " columns; a table of places has at most "
                        + MAX_COLUMNS);
            }
            int lon = column(header, LON);
            int lat = column(header, LAT);
            int wkt = column(header, WKT);
            int nameColumn = column(header, NAME);
            if ((lon < 0 || lat < 0) && wkt < 0) {
                throw new IOException(name + " has no coordinate columns: name them lon and lat (or longitude and"
                        + " latitude, 经度 and 纬度, долгота and широта), or give a WKT column; its columns are "
                        + String.join(", ", header));
            }
            WKTReader wktReader = new WKTReader(GEOMETRY);
            int index = 0;
            try {
                for (CSVRecord r : parser) {
                    int line = (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber());
                    String problem = null;
                    Geometry g = null;
                    try {
                        if (r.size() > MAX_COLUMNS) {
                            problem = "the row has " + r.size() + " fields";
                        } else if (lon >= 0 && lat >= 0 && has(r, lon) && has(r, lat)) {
                            double x = number(r.get(lon), delimiter);
                            double y = number(r.get(lat), delimiter);
                            if (!(x >= -180 && x <= 180)) {
                                problem = "longitude " + r.get(lon) + " is outside -180 to 180";
                            } else if (!(y >= -90 && y <= 90)) {
                                problem = "latitude " + r.get(lat) + " is outside -90 to 90"
                                        + (Math.abs(y) <= 180 && Math.abs(x) <= 90
                                        ? " (are the longitude and latitude columns swapped?)" : "");
                            } else {
                                g = GEOMETRY.createPoint(new Coordinate(x, y));
                            }
                        } else if (wkt >= 0 && has(r, wkt)) {
                            String text = r.get(wkt);
                            if (text.length() > MAX_FIELD) {
                                problem = "the WKT is " + text.length() + " characters long";
                            } else {
                                g = wktReader.read(text);
                                if (!g.isValid() && g.getDimension() == 2) {
                                    problem = "the polygon is not valid (it crosses itself)";
                                    g = null;
                                }
                            }
                        } else {
                            problem = "the row has no coordinates";
                        }
                    } catch (NumberFormatException e) {
                        problem = "a coordinate is not a number: " + shown(r, lon) + ", " + shown(r, lat);
                    } catch (ParseException e) {
                        problem = "the WKT cannot be read: " + e.getMessage();
                    }
                    String id = null;
                    if (problem == null) {
                        Map<String, Object> props = new LinkedHashMap<>();
                        for (int c = 0; c < header.size() && c < r.size(); c++) {
                            if (c != lon && c != lat && c != wkt) {
                                String v = r.get(c);
                                props.put(header.get(c).isBlank() ? "column " + (c + 1) : header.get(c),
                                        v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v);
                            }
                        }
                        if (nameColumn >= 0 && has(r, nameColumn)) {
                            props.put("name", r.get(nameColumn));
                        }
                        id = "row " + (index + 1);
                        features.add(new GeoFeature(id, g, props));
                    } else if (problems.size() < MAX_LISTED) {
                        problems.add(new ReadProblem(name, index, id, line, problem));
                    } else {
                        dropped[0]++;
                    }
                    index++;
                }
            } catch (UncheckedIOException e) {
                problems.add(new ReadProblem(name, -1, null, (int) parser.getCurrentLineNumber(),
                        "the file breaks off here: " + e.getCause().getMessage()));
            }
        }
        if (dropped[0] > 0) {
            problems.add(new ReadProblem(name, -1, null, -1, dropped[0] + " more rows could not be placed"));
        }
        return new FeatureCollection(name, features, problems, FeatureCollection.Format.CSV);
    }

    /** The delimiter the header uses most: comma, semicolon or tab (outside quotes). */
    static char delimiter(String header) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    /** The column whose name (trimmed, in lower case, units in brackets left off) is one of {@code names}. */
    static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("\\s*[(\\[（].*$", "").strip();
            if (names.contains(h)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(CSVRecord r, int column) {
        return column < r.size() && !r.get(column).isBlank();
    }

    private static String shown(CSVRecord r, int column) {
        return column >= 0 && column < r.size() ? "'" + org.briatlas.i18n.Texts.cap(r.get(column), 40) + "'" : "-";
    }

    /** A number as a table writes it: "45.75", or "45,75" in a semicolon file (a decimal comma). */
    static double number(String s, char delimiter) {
        String t = s.strip();
        if (delimiter != ',' && t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(t);
    }
}
