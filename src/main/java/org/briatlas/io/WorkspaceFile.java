package org.briatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.model.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Workspace files: a documented, versioned JSON format ({@code "format": "bri-atlas-workspace"},
 * {@code "version": 1}; see the README). Missing members take defaults; members the atlas does not know are
 * kept and written back; a file from a newer atlas, a damaged or hostile one is refused with the reason and,
 * for JSON errors, the line and column. Written atomically, the version before kept as {@code .bak}.
 * Thread-safe.
 */
public final class WorkspaceFile {

    /** The largest workspace file read: a workspace is settings, not data. */
    public static final long MAX_BYTES = 16L << 20;
    /** The year a workspace without one shows. */
    public static final int DEFAULT_YEAR = 2018;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> KNOWN = Set.of("format", "version", "view", "layers", "year", "selected", "table",
            "bookmarks", "measurements", "routes");
    private static final Set<String> KNOWN_LAYER = Set.of("id", "file", "sha256", "name", "visible", "style");

    private WorkspaceFile() {
    }

    /** A workspace file that cannot be used; the message names the file and what is wrong. */
    public static final class WorkspaceException extends IOException {
        public WorkspaceException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An empty workspace: the default view, every shipped layer visible in the given order. */
    public static Workspace empty(Workspace.View view, List<String> shippedLayers) {
        return new Workspace(view, shippedLayers.stream().map(id -> Workspace.Layer.shipped(id, true)).toList(),
                DEFAULT_YEAR, null, null, List.of(), List.of(), List.of(), Map.of());
    }

    public static Workspace read(Path file) throws IOException {
        byte[] bytes = BoundedFileReader.readAll(file, MAX_BYTES, "a workspace file");
        try {
            return parse(JSON.readTree(bytes), file.toString());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new WorkspaceException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    public static Workspace read(InputStream in, String name) throws IOException {
        try {
            return parse(JSON.readTree(in.readNBytes((int) MAX_BYTES + 1)), name);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Workspace parse(JsonNode root, String name) throws WorkspaceException {
        if (root == null || !root.isObject()) {
            throw new WorkspaceException(name + " is not a workspace: it holds no JSON object", null);
        }
        if (!Workspace.FORMAT.equals(root.path("format").asText(null))) {
            throw new WorkspaceException(name + " is not a workspace: its \"format\" is not \"" + Workspace.FORMAT
                    + "\"", null);
        }
        JsonNode v = root.path("version");
        if (!v.isInt() || v.asInt() < 1) {
            throw new WorkspaceException(name + ": \"version\" must be a whole number from 1, found " + v, null);
        }
        if (v.asInt() > Workspace.VERSION) {
            throw new WorkspaceException(name + " was written by a newer atlas (version " + v.asInt()
                    + "); this one reads version " + Workspace.VERSION, null);
        }
        Workspace.View view = view(root.path("view"), name + ": \"view\"", new Workspace.View(127.85, 48.67, 5.75));
        List<Workspace.Layer> layers = new ArrayList<>();
        int i = 0;
        for (JsonNode l : array(root, "layers", name)) {
            String where = name + ": layer " + (i++ + 1);
            if (!l.isObject()) {
                throw new WorkspaceException(where + " is not an object", null);
            }
            String id = text(l, "id", where);
            String file = text(l, "file", where);
            if ((id == null) == (file == null)) {
                throw new WorkspaceException(where + " must have either \"id\" (a shipped layer) or \"file\"", null);
            }
            JsonNode visible = l.path("visible");
            if (!visible.isMissingNode() && !visible.isBoolean()) {
                throw new WorkspaceException(where + ": \"visible\" must be true or false", null);
            }
            Map<String, Object> style = l.path("style").isObject() ? map(l.path("style")) : Map.of();
            layers.add(new Workspace.Layer(id, file, text(l, "sha256", where), text(l, "name", where),
                    visible.isMissingNode() || visible.asBoolean(), style, unknown(l, KNOWN_LAYER)));
        }
        JsonNode year = root.path("year");
        if (!year.isMissingNode() && !(year.isInt() && year.asInt() >= 1900 && year.asInt() <= 2100)) {
            throw new WorkspaceException(name + ": \"year\" must be a year, found " + year, null);
        }
        JsonNode table = root.path("table");
        if (!table.isMissingNode() && !table.isNull() && !(table.isInt() && table.asInt() >= 1 && table.asInt() <= 99)) {
            throw new WorkspaceException(name + ": \"table\" must be a table number, found " + table, null);
        }
        List<Workspace.Bookmark> bookmarks = new ArrayList<>();
        i = 0;
        for (JsonNode b : array(root, "bookmarks", name)) {
            String where = name + ": bookmark " + (i++ + 1);
            String n = text(b, "name", where);
            if (n == null || n.isBlank()) {
                throw new WorkspaceException(where + " has no \"name\"", null);
            }
            bookmarks.add(new Workspace.Bookmark(n, view(b.path("view"), where + ": \"view\"", null)));
        }
        List<List<double[]>> measurements = new ArrayList<>();
        i = 0;
        for (JsonNode m : array(root, "measurements", name)) {
            String where = name + ": measurement " + (i++ + 1);
            List<double[]> points = new ArrayList<>();
            for (JsonNode p : m.path("points")) {
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new WorkspaceException(where + ": a point must be [longitude, latitude]", null);
                }
                points.add(lonLat(p.get(0).asDouble(), p.get(1).asDouble(), where));
            }
            measurements.add(points);
        }
        List<Workspace.RouteQuery> routes = new ArrayList<>();
        i = 0;
        for (JsonNode r : array(root, "routes", name)) {
            String where = name + ": route " + (i++ + 1);
            String from = text(r, "from", where);
            String to = text(r, "to", where);
            if (from == null || to == null) {
                throw new WorkspaceException(where + " needs \"from\" and \"to\"", null);
            }
            routes.add(new Workspace.RouteQuery(from, to, strings(r.path("via")), strings(r.path("modes")),
                    Math.max(0, Math.min(3, r.path("alternatives").asInt(0)))));
        }
        return new Workspace(view, layers, year.isMissingNode() ? DEFAULT_YEAR : year.asInt(),
                root.path("selected").isTextual() ? root.path("selected").asText() : null,
                table.isInt() ? table.asInt() : null, bookmarks, measurements, routes, unknown(root, KNOWN));
    }

    /** Writes the workspace atomically (the version before kept as .bak). */
    public static void write(Path file, Workspace w) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(tree(w)));
    }

    static ObjectNode tree(Workspace w) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", Workspace.FORMAT);
        root.put("version", Workspace.VERSION);
        root.set("view", view(w.view()));
        ArrayNode layers = root.putArray("layers");
        for (Workspace.Layer l : w.layers()) {
            ObjectNode o = layers.addObject();
            if (l.isFile()) {
                o.put("file", l.file());
                if (l.sha256() != null) {
                    o.put("sha256", l.sha256());
                }
            } else {
                o.put("id", l.id());
            }
            if (l.name() != null) {
                o.put("name", l.name());
            }
            o.put("visible", l.visible());
            if (!l.style().isEmpty()) {
                o.set("style", JSON.valueToTree(l.style()));
            }
            l.extra().forEach((k, v) -> o.set(k, JSON.valueToTree(v)));
        }
        root.put("year", w.year());
        if (w.selected() != null) {
            root.put("selected", w.selected());
        }
        if (w.table() != null) {
            root.put("table", w.table());
        }
        ArrayNode bookmarks = root.putArray("bookmarks");
        w.bookmarks().forEach(b -> bookmarks.addObject().put("name", b.name()).set("view", view(b.view())));
        ArrayNode measurements = root.putArray("measurements");
        for (List<double[]> m : w.measurements()) {
            ArrayNode points = measurements.addObject().putArray("points");
            m.forEach(p -> points.addArray().add(p[0]).add(p[1]));
        }
        ArrayNode routes = root.putArray("routes");
        for (Workspace.RouteQuery r : w.routes()) {
            ObjectNode o = routes.addObject().put("from", r.from()).put("to", r.to());
            r.via().forEach(o.putArray("via")::add);
            r.modes().forEach(o.putArray("modes")::add);
            o.put("alternatives", r.alternatives());
        }
        w.extra().forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        return root;
    }

    /** The SHA-256 of a file's content, in hex, read in bounded chunks. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A layer's file as the workspace names it: relative to the workspace's folder where it lies below it. */
    public static String relativize(Path workspace, Path layerFile) {
        Path dir = workspace.toAbsolutePath().getParent();
        Path abs = layerFile.toAbsolutePath().normalize();
        if (dir != null && abs.startsWith(dir.normalize())) {
            return dir.normalize().relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    /** The file a layer names, resolved against the workspace's folder. */
    public static Path resolve(Path workspace, String layerFile) {
        Path p = Path.of(layerFile);
        Path dir = workspace.toAbsolutePath().getParent();
        return p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize();
    }

    private static ObjectNode view(Workspace.View v) {
        return JSON.createObjectNode().put("lon", v.lon()).put("lat", v.lat()).put("zoom", v.zoom());
    }

    private static Workspace.View view(JsonNode n, String where, Workspace.View fallback) throws WorkspaceException {
        if (n.isMissingNode() && fallback != null) {
            return fallback;
        }
        if (!n.path("lon").isNumber() || !n.path("lat").isNumber() || !n.path("zoom").isNumber()) {
            throw new WorkspaceException(where + " must be {\"lon\", \"lat\", \"zoom\"} numbers", null);
        }
        double[] p = lonLat(n.path("lon").asDouble(), n.path("lat").asDouble(), where);
        double zoom = n.path("zoom").asDouble();
        if (!(zoom >= 2 && zoom <= 10)) {
            throw new WorkspaceException(where + ": zoom must be 2 to 10, found " + zoom, null);
        }
        return new Workspace.View(p[0], p[1], zoom);
    }

    private static double[] lonLat(double lon, double lat, String where) throws WorkspaceException {
        if (!(lon >= -180 && lon <= 180 && lat >= -85.0511 && lat <= 85.0511)) {
            throw new WorkspaceException(where + ": (" + lon + ", " + lat + ") is off the map", null);
        }
        return new double[]{lon, lat};
    }

    private static Iterable<JsonNode> array(JsonNode root, String key, String name) throws WorkspaceException {
        JsonNode a = root.path(key);
        if (a.isMissingNode() || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new WorkspaceException(name + ": \"" + key + "\" must be a list", null);
        }
        return a;
    }

    private static String text(JsonNode o, String key, String where) throws WorkspaceException {
        JsonNode n = o.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new WorkspaceException(where + ": \"" + key + "\" must be text", null);
        }
        return n.asText();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode n) {
        return JSON.convertValue(n, Map.class);
    }

    private static Map<String, Object> unknown(JsonNode o, Set<String> known) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        });
        return out;
    }
}
