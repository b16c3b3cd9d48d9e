package org.briatlas.model;

import java.util.List;
import java.util.Map;

/**
 * What a user's session holds, as a workspace file saves it: the view, the layers (shipped ones by id, the
 * user's by file, each with its visibility and an optional style), the year, the selected feature, the table
 * shown, bookmarks, the ruler's measurements and the routes asked for. Whatever a file holds beyond these is
 * kept ({@link #extra}) and written back. Immutable.
 *
 * @param view     centre and zoom
 * @param layers   in drawing order, bottom first
 * @param year     the year the map shows
 * @param selected the selected feature's id, or null
 * @param table    the statistics table shown, or null
 * @param extra    members of the file the atlas does not know, written back as they were
 */
public record Workspace(View view, List<Layer> layers, int year, String selected, Integer table,
                        List<Bookmark> bookmarks, List<List<double[]>> measurements, List<RouteQuery> routes,
                        Map<String, Object> extra) {

    /** The format's name, in every file's {@code "format"}. */
    public static final String FORMAT = "bri-atlas-workspace";
    /** The version this atlas writes and the newest it reads. */
    public static final int VERSION = 1;

    public Workspace {
        layers = List.copyOf(layers);
        bookmarks = List.copyOf(bookmarks);
        measurements = measurements.stream().map(List::copyOf).toList();
        routes = List.copyOf(routes);
        extra = frozen(extra);
    }

    /** A map kept in its order, null values and all (JSON members may be null). */
    static Map<String, Object> frozen(Map<String, Object> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** A centre and zoom. */
    public record View(double lon, double lat, double zoom) {
    }

    /**
     * A layer of the workspace: a shipped one ({@code id}) or a file of the user's ({@code file}, as written:
     * relative to the workspace file or absolute, with the SHA-256 of its content when saved).
     */
    public record Layer(String id, String file, String sha256, String name, boolean visible, Map<String, Object> style,
                        Map<String, Object> extra) {
        public Layer {
            style = frozen(style);
            extra = frozen(extra);
        }

        public static Layer shipped(String id, boolean visible) {
            return new Layer(id, null, null, null, visible, Map.of(), Map.of());
        }

        public boolean isFile() {
            return file != null;
        }
    }

    /** A named view. */
    public record Bookmark(String name, View view) {
    }

    /** A route the user asked for: places by id, the modes allowed and how many alternatives. */
    public record RouteQuery(String from, String to, List<String> via, List<String> modes, int alternatives) {
        public RouteQuery {
            via = List.copyOf(via);
            modes = List.copyOf(modes);
        }
    }

    /** The same workspace with other bookmarks. */
    public Workspace withBookmarks(List<Bookmark> b) {
        return new Workspace(view, layers, year, selected, table, b, measurements, routes, extra);
    }
}
