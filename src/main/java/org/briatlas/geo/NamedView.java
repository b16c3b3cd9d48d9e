package org.briatlas.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The views the atlas and its command line know by name. Each is defined by the area it must show,
 * so the zoom adapts to the size of the window or image.
 */
public enum NamedView {
    /** The province and its border crossings with Russia. */
    HEILONGJIANG("heilongjiang", new GeoBounds(120.5, 43.2, 135.2, 53.6)),
    /** China's north-east, the Russian Far East, the Koreas, Japan and Mongolia. */
    NORTHEAST_ASIA("northeast-asia", new GeoBounds(104, 33, 146, 58)),
    /** Both ends of the corridors: from the North Sea ports to the Pacific. */
    EURASIA("eurasia", new GeoBounds(-2, 24, 152, 72));

    private final String id;
    private final GeoBounds bounds;

    NamedView(String id, GeoBounds bounds) {
        this.id = id;
        this.bounds = bounds;
    }

    public String id() {
        return id;
    }

    public GeoBounds bounds() {
        return bounds;
    }

    /** The centre and the largest zoom (in quarter steps) at which the bounds fit a viewport of that size. */
    public MapViewpoint fit(double widthPx, double heightPx) {
        double x0 = WebMercator.x(bounds.west());
        double x1 = WebMercator.x(bounds.east());
        double y0 = WebMercator.y(bounds.north());
        double y1 = WebMercator.y(bounds.south());
        double zx = Math.log(widthPx / ((x1 - x0) * WebMercator.TILE_SIZE)) / Math.log(2);
        double zy = Math.log(heightPx / ((y1 - y0) * WebMercator.TILE_SIZE)) / Math.log(2);
        double zoom = Math.floor(Math.min(zx, zy) * 4) / 4;
        return new MapViewpoint(WebMercator.lon((x0 + x1) / 2), WebMercator.lat((y0 + y1) / 2),
                MapViewpoint.clampZoom(zoom));
    }

    public static Optional<NamedView> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(NamedView::id).collect(Collectors.joining(", "));
    }
}
