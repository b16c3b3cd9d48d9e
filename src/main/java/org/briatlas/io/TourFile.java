package org.briatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes tours as JSON. The format (version 1):
 * <pre>
 * { "format": "bri-atlas-tour", "version": 1,
 *   "title": {"en": "...", "zh": "...", "ru": "..."},
 *   "stops": [ { "view": {"lon": 127.9, "lat": 48.7, "zoom": 6},
 *                "layers": ["railway", "pipeline"],      (optional; absent or empty = all layers)
 *                "feature": "pipe-skovorodino-mohe-daqing-crude",   (optional)
 *                "year": 2011,                            (optional; 2006-2018, default 2018)
 *                "table": 4,                              (optional; a table of the paper)
 *                "caption": {"en": "...", ...}, "notes": {"en": "...", ...} } ] }
 * </pre>
 * A stop's view follows the map's rule ({@link MapViewpoint}): longitude -180 to 180, latitude within
 * {@link WebMercator#MAX_LATITUDE}, zoom {@link MapViewpoint#MIN_ZOOM} to {@link MapViewpoint#MAX_ZOOM}.
 * A file that cannot be used is reported with the reason ({@link TourFileException}): among others one that is not
 * a regular file (a folder, a named pipe, a link to a device; never opened) or is larger than {@link #MAX_BYTES}.
 * Writing is atomic and keeps the previous file as {@code name.bak} ({@link AtomicFiles}).
 * Stateless; safe on any thread.
 */
public final class TourFile {

    /** A tour file that cannot be read; the message says what is wrong and where. */
    public static final class TourFileException extends Exception {
        public TourFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The largest tour read, from a file or a stream: 16 MiB (the shipped tours have 5 to 20 KiB). */
    public static final long MAX_BYTES = 16 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TourFile() {
    }

    /** Reads a tour file; refuses unread one that is not a regular file or is larger than {@link #MAX_BYTES}. */
    public static Tour read(Path file) throws TourFileException {
        try (InputStream in = BoundedFileReader.open(file, MAX_BYTES, "a tour file")) {
            return read(in, file.getFileName().toString());
        } catch (BoundedFileReader.RefusedFileException e) {
            throw new TourFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw new TourFileException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a tour from a stream, at most {@link #MAX_BYTES} of it; {@code name} names it in messages. */
    public static Tour read(InputStream in, String name) throws TourFileException {
        JsonNode root;
        try {
            root = JSON.readTree(BoundedFileReader.limit(in, MAX_BYTES, name, "a tour file"));
        } catch (BoundedFileReader.RefusedFileException e) {
            throw new TourFileException(e.getMessage(), e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new TourFileException(name + ", line " + line + ", column " + column + ": not valid JSON: "
                    + readable(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new TourFileException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !"bri-atlas-tour".equals(root.path("format").asText())) {
            throw new TourFileException(name + ": not a tour file (\"format\" must be \"bri-atlas-tour\")", null);
        }
        if (root.path("version").asInt(-1) != 1) {
            throw new TourFileException(name + ": unknown tour format version " + root.path("version"), null);
        }
        JsonNode stops = root.path("stops");
        if (!stops.isArray() || stops.isEmpty()) {
            throw new TourFileException(name + ": a tour needs at least one stop in \"stops\"", null);
        }
        List<Tour.Stop> out = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            out.add(stop(stops.get(i), name + ", stop " + (i + 1)));
        }
        return new Tour(texts(root.path("title")), out);
    }

    /** Jackson's message without its notes on where an enclosing array or object began. */
    private static String readable(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf(" (for ");
        if (cut < 0) {
            cut = m.indexOf('\n');
        }
        return cut < 0 ? m : m.substring(0, cut);
    }

    private static Tour.Stop stop(JsonNode s, String where) throws TourFileException {
        JsonNode v = s.path("view");
        double lon = number(v, "lon", -180, 180, where);
        double lat = number(v, "lat", -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE, where);
        double zoom = number(v, "zoom", MapViewpoint.MIN_ZOOM, MapViewpoint.MAX_ZOOM, where);
        List<String> layers = new ArrayList<>();
        for (JsonNode l : s.path("layers")) {
            if (AtlasLayer.byId(l.asText()).isEmpty()) {
                throw new TourFileException(where + ": unknown layer \"" + l.asText() + "\"", null);
            }
            layers.add(l.asText());
        }
        int year = s.has("year") ? (int) number(s, "year", 2006, 2018, where) : 2018;
        Integer table = s.has("table") ? (int) number(s, "table", 1, 11, where) : null;
        String feature = s.hasNonNull("feature") ? s.path("feature").asText() : null;
        Map<String, String> caption = texts(s.path("caption"));
        if (caption.isEmpty()) {
            throw new TourFileException(where + ": a stop needs a \"caption\"", null);
        }
        return new Tour.Stop(lon, lat, zoom, layers, feature, year, table, caption, texts(s.path("notes")));
    }

    private static double number(JsonNode parent, String key, double min, double max, String where)
            throws TourFileException {
        JsonNode n = parent.get(key);
        if (n == null || !n.isNumber()) {
            throw new TourFileException(where + ": \"" + key + "\" must be a number", null);
        }
        double v = n.asDouble();
        if (!(v >= min && v <= max)) {
            throw new TourFileException(where + ": \"" + key + "\" = " + v + " is outside " + min + " to " + max, null);
        }
        return v;
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isTextual()) {
            out.put("en", node.asText());
        }
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /**
     * Writes a tour atomically; the previous file, if any, becomes {@code name.bak}. First sweeps the temporary
     * files an interrupted save of the same file left ({@link AtomicFiles#sweepStaleTemporaries}).
     */
    public static void write(Path file, Tour tour) throws IOException {
        AtomicFiles.sweepStaleTemporaries(file);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "bri-atlas-tour");
        root.put("version", 1);
        root.set("title", JSON.valueToTree(tour.title()));
        ArrayNode stops = root.putArray("stops");
        for (Tour.Stop s : tour.stops()) {
            ObjectNode o = stops.addObject();
            ObjectNode v = o.putObject("view");
            v.put("lon", s.lon());
            v.put("lat", s.lat());
            v.put("zoom", s.zoom());
            if (!s.layers().isEmpty()) {
                ArrayNode layers = o.putArray("layers");
                s.layers().forEach(layers::add);
            }
            if (s.feature() != null) {
                o.put("feature", s.feature());
            }
            o.put("year", s.year());
            if (s.table() != null) {
                o.put("table", s.table());
            }
            o.set("caption", JSON.valueToTree(s.caption()));
            if (!s.notes().isEmpty()) {
                o.set("notes", JSON.valueToTree(s.notes()));
            }
        }
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }
}
