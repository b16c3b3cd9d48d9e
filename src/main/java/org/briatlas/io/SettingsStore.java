package org.briatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.model.AppSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads and saves {@link AppSettings} as JSON in the user's configuration folder.
 *
 * <p>A missing file gives the defaults silently. A damaged file (not JSON, wrong types, values out of
 * range) gives the defaults plus a message saying what was wrong, and is never overwritten until the
 * next successful save, which keeps it as the backup. Saving is atomic ({@link AtomicFiles}).
 * Not thread-safe; call from one thread (the FX thread in the app).
 */
public final class SettingsStore {

    static final int FORMAT = 1;
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

    public Loaded load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), Optional.empty());
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
            throw new IllegalArgumentException("unknown settings format " + root.path("format"));
        }
        AppSettings d = AppSettings.defaults();
        JsonNode w = root.path("window");
        double width = number(w, "width", d.windowWidth(), 200, 20000);
        double height = number(w, "height", d.windowHeight(), 150, 20000);
        double x = number(w, "x", Double.NaN, -100000, 100000);
        double y = number(w, "y", Double.NaN, -100000, 100000);
        boolean max = w.path("maximized").asBoolean(false);
        JsonNode langNode = root.path("language");
        String language = langNode.isMissingNode() ? "en" : langNode.asText();
        if (!AppSettings.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("\"language\" must be one of " + AppSettings.LANGUAGES + ", found " + langNode);
        }
        JsonNode v = root.path("view");
        if (v.isMissingNode()) {
            return new AppSettings(x, y, width, height, max, Double.NaN, Double.NaN, Double.NaN, language);
        }
        double lon = number(v, "lon", Double.NaN, -180, 180);
        double lat = number(v, "lat", Double.NaN, -85.06, 85.06);
        double zoom = number(v, "zoom", Double.NaN, 0, 22);
        return new AppSettings(x, y, width, height, max, lon, lat, zoom, language);
    }

    private static double number(JsonNode parent, String key, double fallback, double min, double max) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a number, found " + n);
        }
        double v = n.asDouble();
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new IllegalArgumentException("\"" + key + "\" = " + v + " is outside " + min + ".." + max);
        }
        return v;
    }
}
