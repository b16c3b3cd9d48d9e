package org.briatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AppSettings;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads and saves {@link AppSettings} as JSON in the user's configuration folder.
 *
 * <p>A missing file gives the defaults silently. A file that cannot be used gives the defaults plus a message
 * naming the file and saying what was wrong, and is never overwritten until the next successful save, which
 * keeps it as the backup: one that is not a regular file (a folder, a named pipe, a link to a device: never
 * opened), one larger than {@link #MAX_BYTES}, one that is not JSON, or that has wrong types, numbers that are
 * not finite, an unknown language, or a view the map would refuse.
 *
 * <p>Every value read is brought under the rule its user applies. The view must be one {@link MapViewpoint}
 * accepts (longitude -180 to 180, latitude within {@link WebMercator#MAX_LATITUDE}), checked by its own
 * constructor, and its zoom is brought into the map's range by {@link MapViewpoint#clampZoom}; the window's
 * place and size are brought into sane bounds by {@link AppSettings}.
 *
 * <p>Saving is atomic and keeps the previous version ({@link AtomicFiles}); loading first sweeps the temporary
 * files that an interrupted save left. Not thread-safe; call from one thread (the FX thread in the app).
 */
public final class SettingsStore {

    static final int FORMAT = 1;
    /** The largest settings file read: 1 MiB (the atlas writes about 300 bytes). */
    public static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the standard place for this user and system (see {@link #configDirectory()}). */
    public static SettingsStore forUser() {
        return new SettingsStore(configDirectory().resolve("settings.json"));
    }

    /**
     * The atlas's configuration folder: the system property {@code briatlas.config.dir} if set, else
     * {@code $XDG_CONFIG_HOME/bri-atlas}, {@code ~/.config/bri-atlas}, {@code %APPDATA%\BRI Atlas} on Windows,
     * or {@code ~/Library/Application Support/BRI Atlas} on macOS.
     */
    public static Path configDirectory() {
        String override = System.getProperty("briatlas.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "BRI Atlas");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/BRI Atlas");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("bri-atlas");
    }

    public Path file() {
        return file;
    }

    /** Settings and, if the file could not be used, why. */
    public record Loaded(AppSettings settings, Optional<String> problem) {
    }

    /** Reads the settings; never throws (see the class comment for what a file that cannot be used gives). */
    public Loaded load() {
        AtomicFiles.sweepStaleTemporaries(file);
        byte[] bytes;
        try {
            bytes = BoundedFileReader.readAll(file, MAX_BYTES, "a settings file");
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), Optional.empty());
        } catch (BoundedFileReader.RefusedFileException e) {
            return new Loaded(AppSettings.defaults(), Optional.of(e.getMessage()));
        } catch (IOException e) {
            return new Loaded(AppSettings.defaults(), Optional.of(file + " cannot be read: " + e.getMessage()));
        }
        if (bytes.length == 0) {
            return new Loaded(AppSettings.defaults(), Optional.of(file + " is empty"));
        }
        try {
            return new Loaded(parse(JSON.readTree(bytes)), Optional.empty());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            return new Loaded(AppSettings.defaults(),
                    Optional.of(file + " is not valid JSON (line " + line + "): " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Loaded(AppSettings.defaults(), Optional.of(file + " cannot be read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Loaded(AppSettings.defaults(), Optional.of(file + ": " + e.getMessage()));
        }
    }

    public void save(AppSettings s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("language", s.language());
        ObjectNode window = root.putObject("window");
        putFinite(window, "x", s.windowX());
        putFinite(window, "y", s.windowY());
        window.put("width", s.windowWidth());
        window.put("height", s.windowHeight());
        window.put("maximized", s.maximized());
        if (Double.isFinite(s.panelWidth())) {
            root.putObject("panel").put("width", s.panelWidth());
        }
        if (s.hasView()) {
            ObjectNode view = root.putObject("view");
            view.put("lon", s.viewLon());
            view.put("lat", s.viewLat());
            view.put("zoom", s.viewZoom());
        }
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }

    private static void putFinite(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        }
    }

    private static AppSettings parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown settings format " + shown(root.path("format")));
        }
        AppSettings d = AppSettings.defaults();
        JsonNode w = object(root, "window");
        double width = number(w, "width", d.windowWidth());
        double height = number(w, "height", d.windowHeight());
        double x = number(w, "x", Double.NaN);
        double y = number(w, "y", Double.NaN);
        JsonNode maxNode = w.path("maximized");
        if (!maxNode.isMissingNode() && !maxNode.isBoolean()) {
            throw new IllegalArgumentException("\"maximized\" must be true or false, found " + shown(maxNode));
        }
        boolean max = maxNode.asBoolean(false);
        JsonNode langNode = root.path("language");
        String language = langNode.isMissingNode() ? "en" : langNode.isTextual() ? langNode.asText() : null;
        if (language == null || !AppSettings.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("\"language\" must be one of " + AppSettings.LANGUAGES + ", found "
                    + shown(langNode));
        }
        double panel = number(object(root, "panel"), "width", Double.NaN);
        JsonNode v = object(root, "view");
        if (v.isMissingNode()) {
            return new AppSettings(x, y, width, height, max, Double.NaN, Double.NaN, Double.NaN, language, panel);
        }
        double lon = number(v, "lon", Double.NaN);
        double lat = number(v, "lat", Double.NaN);
        double zoom = number(v, "zoom", Double.NaN);
        if (Double.isNaN(lon) || Double.isNaN(lat) || Double.isNaN(zoom)) {
            throw new IllegalArgumentException("\"view\" needs \"lon\", \"lat\" and \"zoom\", found " + shown(v));
        }
        MapViewpoint view;
        try {
            // The map's own rule, so that what is loaded is always a view the map accepts.
            view = new MapViewpoint(lon, lat, MapViewpoint.clampZoom(zoom));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"view\": " + e.getMessage() + String.format(Locale.ROOT,
                    " (longitude -180 to 180, latitude -%1$.4f to %1$.4f)", WebMercator.MAX_LATITUDE), e);
        }
        return new AppSettings(x, y, width, height, max, view.lon(), view.lat(), view.zoom(), language, panel);
    }

    /** The object under {@code key}, or a missing node if there is none (or null). */
    private static JsonNode object(JsonNode parent, String key) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an object, found " + shown(n));
        }
        return n;
    }

    /** A finite number, or {@code fallback} if the key is absent or null. */
    private static double number(JsonNode parent, String key, double fallback) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number, found " + shown(n));
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("\"" + key + "\" = " + v + " is not a finite number");
        }
        return v;
    }

    /** A value for a message, cut short: a file of up to a megabyte must not become a message of that size. */
    private static String shown(JsonNode n) {
        String text = n.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
