package org.briatlas.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System properties that every start of the atlas sets before any JavaFX, AWT or Java2D class loads, so that
 * the JVM keeps to the atlas's own folders and never looks the host name up:
 * <ul>
 *   <li>{@code sun.awt.fontconfig}: without a font configuration file in the Java runtime (Debian's JDK has
 *       none), Java2D's font manager on Linux builds one from fontconfig and caches it in
 *       {@code ~/.java/fonts/<version>/fcinfo-1-<host name>-...properties}; naming that cache calls
 *       {@code InetAddress.getLocalHost()}, which sends a DNS query when the host name is not in
 *       {@code /etc/hosts}. Given a file, the JDK reads the logical-font mapping from it instead and does
 *       neither. The file is the packaged runtime's {@code fontconfig.properties} (logical fonts to the bundled
 *       Noto Sans), written with the fonts into the cache folder; the installed atlas passes its own copy.</li>
 *   <li>{@code javafx.cachedir}: where JavaFX unpacks its native libraries when it runs from jars
 *       (otherwise {@code ~/.openjfx/cache}).</li>
 * </ul>
 * A property already set on the command line is left alone.
 */
final class OfflineJvm {

    static final String FONTCONFIG = "sun.awt.fontconfig";
    static final String FX_CACHE = "javafx.cachedir";
    private static final String FONTS = "/org/briatlas/fonts/";
    private static final String FONTS_DIR_TOKEN = "$JRE_LIB_FONTS";
    private static final Pattern FONT_FILE = Pattern.compile("^filename\\.[^=]+=\\$JRE_LIB_FONTS/(\\S+)\\s*$",
            Pattern.MULTILINE);

    private OfflineJvm() {
    }

    /** Sets the properties; call first thing in {@code main}. */
    static void prepare() {
        Path cache = cacheDirectory();
        if (isBlank(System.getProperty(FX_CACHE))) {
            System.setProperty(FX_CACHE, cache.resolve("openjfx").toString());
        }
        if (isBlank(System.getProperty(FONTCONFIG)) && usesFontconfig()) {
            try {
                System.setProperty(FONTCONFIG, writeFontConfiguration(cache.resolve("fonts")).toString());
            } catch (IOException | RuntimeException e) {
                // The JDK then does what it does without the atlas: it may look the host name up.
                System.getLogger(OfflineJvm.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot write the font configuration into " + cache.resolve("fonts") + ": " + e);
            }
        }
    }

    /**
     * The atlas's cache folder: the system property {@code briatlas.cache.dir} if set, else
     * {@code $XDG_CACHE_HOME/bri-atlas} or {@code ~/.cache/bri-atlas}; {@code %LOCALAPPDATA%\BRI Atlas\Cache}
     * on Windows, {@code ~/Library/Caches/BRI Atlas} on macOS.
     */
    static Path cacheDirectory() {
        String override = System.getProperty("briatlas.cache.dir");
        if (!isBlank(override)) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (!isBlank(local) ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("BRI Atlas").resolve("Cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("BRI Atlas");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (!isBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache")).resolve("bri-atlas");
    }

    /** Java2D's font manager reads fontconfig (and caches what it read) on Linux and the other X11 systems. */
    private static boolean usesFontconfig() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.contains("win") && !os.contains("mac");
    }

    /**
     * Writes the bundled logical-font configuration and the fonts it names into {@code folder} and returns the
     * configuration file. Its first line records which files of the class path the fonts came from (path, size,
     * time); while they are unchanged a start only reads that line.
     */
    static Path writeFontConfiguration(Path folder) throws IOException {
        String template = new String(resource("fontconfig.properties"), StandardCharsets.ISO_8859_1);
        Path dir = folder.toAbsolutePath();
        Path file = dir.resolve("fontconfig.properties");
        List<String> fonts = new ArrayList<>();
        Matcher m = FONT_FILE.matcher(template);
        while (m.find()) {
            fonts.add(m.group(1));
        }
        if (fonts.isEmpty()) {
            throw new IOException("the bundled fontconfig.properties names no font file");
        }
        String stamp = "# written by bri-atlas from " + sources(fonts);
        if (upToDate(file, stamp, dir, fonts)) {
            return file;
        }
        Files.createDirectories(dir);
        for (String font : fonts) {
            writeIfChanged(dir.resolve(font), resource(font));
        }
        String config = stamp + "\n" + template.replace(FONTS_DIR_TOKEN, propertiesEscape(dir.toString()));
        writeIfChanged(file, config.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    /** The class-path files that hold the resources (a jar, or the files themselves), each with size and time. */
    private static String sources(List<String> fonts) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        List<String> names = new ArrayList<>(fonts);
        names.add("fontconfig.properties");
        for (String name : names) {
            Path p = backingFile(OfflineJvm.class.getResource(FONTS + name));
            if (p == null) {
                return "an unknown source";
            }
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                seen.add(p + " " + a.size() + " " + a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return "an unknown source";
            }
        }
        return String.join("; ", seen);
    }

    private static Path backingFile(URL url) {
        try {
            if (url == null) {
                return null;
            }
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            String s = url.toString();
            int bang = s.indexOf("!/");
            if (url.getProtocol().equals("jar") && s.startsWith("jar:file:") && bang > 0) {
                return Path.of(new URI(s.substring("jar:".length(), bang)));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean upToDate(Path file, String stamp, Path dir, List<String> fonts) {
        if (stamp.endsWith("an unknown source")) {
            return false;
        }
        try (var r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            if (!stamp.equals(r.readLine())) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        for (String f : fonts) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OfflineJvm.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + FONTS + name);
            }
            return in.readAllBytes();
        }
    }

    /** Replaces {@code target} through a temporary file in the same folder, unless it already holds {@code bytes}. */
    private static void writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A path as a properties value: backslashes and non-Latin-1 characters escaped (the JDK reads Latin-1). */
    static String propertiesEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
