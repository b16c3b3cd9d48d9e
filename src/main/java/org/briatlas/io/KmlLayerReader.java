package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Google Earth's files as layers: KML, and KMZ (a zip holding a KML file). Placemarks with a point, a line, a
 * polygon (with holes) or several of these become features with their name and description; the folders
 * they are in become their {@code category}. Read with the JDK's streaming XML parser, with external entities
 * and DTDs refused (no file or network is ever reached through the XML). A placemark that cannot be read is
 * reported with its line, and the rest are read. Thread-safe.
 */
public final class KmlLayerReader {

    /** The largest KML inside a KMZ that is read (a zip may claim anything). */
    static final long MAX_KML_BYTES = 512L << 20;
    /** How deep folders may nest. */
    static final int MAX_DEPTH = 100;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Marks a Document on the folder stack (an ArrayDeque holds no null). */
    private static final String DOCUMENT = "\u0000document";

    /** True for a file name this reader takes (.kml, .kmz). */
    public static boolean accepts(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".kml") || n.endsWith(".kmz");
    }

    public FeatureCollection read(InputStream in, String name) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".kmz")) {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                    FeatureCollection fc = readKml(new BoundedInput(zip, MAX_KML_BYTES, name), name);
                    return new FeatureCollection(name, fc.features(), fc.problems(), FeatureCollection.Format.KMZ);
                }
            }
            throw new IOException(name + " is a KMZ without a KML file inside");
        }
        return readKml(in, name);
    }

    private FeatureCollection readKml(InputStream in, String name) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<GeoFeature> features = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Deque<String> folders = new ArrayDeque<>();
        try {
            XMLStreamReader x = f.createXMLStreamReader(in, "UTF-8");
            int index = 0;
            // One entry per open Folder or Document: the folder's name ("" until read), or null for a Document,
            // whose name is the file's title rather than a category.
            Deque<Boolean> folderNamed = new ArrayDeque<>();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String tag = x.getLocalName();
                    if (tag.equals("Folder") || tag.equals("Document")) {
                        if (folders.size() >= MAX_DEPTH) {
                            throw new IOException(name + ": folders nested more than " + MAX_DEPTH + " deep");
                        }
                        folders.push(tag.equals("Folder") ? "" : DOCUMENT);
                        folderNamed.push(false);
                    } else if (tag.equals("name") && !folders.isEmpty() && !folderNamed.peek()
                            && !DOCUMENT.equals(folders.peek())) {
                        String n = x.getElementText().strip();
                        folders.pop();
                        folders.push(n);
                        folderNamed.pop();
                        folderNamed.push(true);
                    } else if (tag.equals("Placemark")) {
                        int line = x.getLocation().getLineNumber();
                        try {
                            GeoFeature p = placemark(x, index, category(folders));
                            if (p != null) {
                                features.add(p);
                            } else {
                                problems.add(new ReadProblem(name, index, null, line, "the placemark has no geometry"));
                            }
                        } catch (IllegalArgumentException e) {
                            problems.add(new ReadProblem(name, index, null, line, e.getMessage()));
                        }
                        index++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String tag = x.getLocalName();
                    if ((tag.equals("Folder") || tag.equals("Document")) && !folders.isEmpty()) {
                        folders.pop();
                        folderNamed.pop();
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            if (features.isEmpty()) {
                throw new IOException(name + " is not KML that can be read (line " + line + "): " + e.getMessage(), e);
            }
            problems.add(new ReadProblem(name, -1, null, line, "the file breaks off here: " + e.getMessage()));
        }
        return new FeatureCollection(name, features, problems, FeatureCollection.Format.KML);
    }

    /** The names of the folders a placemark is in, outermost first ("Ports / Amur"), or null. */
    private static String category(Deque<String> folders) {
        List<String> names = new ArrayList<>();
        folders.descendingIterator().forEachRemaining(n -> {
            if (!DOCUMENT.equals(n) && !n.isBlank()) {
                names.add(n);
            }
        });
        return names.isEmpty() ? null : String.join(" / ", names);
    }

    /** Reads a Placemark up to its end; null if it has no geometry. */
    private static GeoFeature placemark(XMLStreamReader x, int index, String category) throws XMLStreamException {
        Map<String, Object> props = new LinkedHashMap<>();
        List<Geometry> parts = new ArrayList<>();
        int depth = 1;
        String id = x.getAttributeValue(null, "id");
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = x.getLocalName();
                switch (tag) {
                    case "name" -> props.put("name", x.getElementText().strip());
                    case "description" -> props.put("description", org.briatlas.i18n.Texts.cap(
                            x.getElementText().strip(), 4000));
                    case "Data" -> {
                        String key = x.getAttributeValue(null, "name");
                        String value = dataValue(x);
                        if (key != null && value != null) {
                            props.putIfAbsent(key, value);
                        }
                    }
                    case "Point" -> parts.add(point(x));
                    case "LineString" -> parts.add(line(x));
                    case "Polygon" -> parts.add(polygon(x));
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        if (category != null) {
            props.put("category", category);
        }
        Geometry g = parts.size() == 1 ? parts.get(0) : GEOMETRY.buildGeometry(parts);
        return new GeoFeature(id != null ? id : "placemark " + (index + 1), g, props);
    }

    private static String dataValue(XMLStreamReader x) throws XMLStreamException {
        String value = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("value")) {
                    value = x.getElementText().strip();
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return value;
    }

    /** The text of the first {@code coordinates} inside the element just started, up to the element's end. */
    private static Coordinate[] coordinates(XMLStreamReader x) throws XMLStreamException {
        Coordinate[] cs = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("coordinates") && cs == null) {
                    cs = parse(x.getElementText());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (cs == null) {
            throw new IllegalArgumentException("a geometry without coordinates");
        }
        return cs;
    }

    private static Geometry point(XMLStreamReader x) throws XMLStreamException {
        Coordinate[] cs = coordinates(x);
        return GEOMETRY.createPoint(cs[0]);
    }

    private static Geometry line(XMLStreamReader x) throws XMLStreamException {
        Coordinate[] cs = coordinates(x);
        if (cs.length < 2) {
            throw new IllegalArgumentException("a line of one point");
        }
        return GEOMETRY.createLineString(cs);
    }

    private static Geometry polygon(XMLStreamReader x) throws XMLStreamException {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("outerBoundaryIs") || tag.equals("innerBoundaryIs")) {
                    LinearRing ring = ring(coordinates(x));
                    if (tag.equals("outerBoundaryIs")) {
                        shell = ring;
                    } else {
                        holes.add(ring);
                    }
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (shell == null) {
            throw new IllegalArgumentException("a polygon without its outer boundary");
        }
        return GEOMETRY.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private static LinearRing ring(Coordinate[] cs) {
        if (cs.length < 3) {
            throw new IllegalArgumentException("a polygon ring of fewer than three points");
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(cs, cs.length + 1);
            closed[cs.length] = cs[0];
            cs = closed;
        }
        if (cs.length < 4) {
            throw new IllegalArgumentException("a polygon ring of fewer than three points");
        }
        return GEOMETRY.createLinearRing(cs);
    }

    /** KML coordinates: "lon,lat[,alt]" tuples separated by white space. */
    static Coordinate[] parse(String text) {
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : text.strip().split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] v = tuple.split(",");
            if (v.length < 2) {
                throw new IllegalArgumentException("'" + org.briatlas.i18n.Texts.cap(tuple, 40)
                        + "' is not a longitude,latitude pair");
            }
            double lon;
            double lat;
            try {
                lon = Double.parseDouble(v[0]);
                lat = Double.parseDouble(v[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + org.briatlas.i18n.Texts.cap(tuple, 40) + "' is not a number pair");
            }
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("(" + v[0] + ", " + v[1] + ") is off the Earth");
            }
            out.add(new Coordinate(lon, lat));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty coordinates");
        }
        return out.toArray(new Coordinate[0]);
    }

    /** At most {@code limit} bytes of a stream, then an error: a zip entry may be a bomb. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;
        private final String name;

        BoundedInput(InputStream in, long limit, String name) {
            super(in);
            this.left = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException(name + ": the KML inside is larger than " + (MAX_KML_BYTES >> 20) + " MB");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException(name + ": the KML inside is larger than " + (MAX_KML_BYTES >> 20) + " MB");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
