package org.briatlas.model;

/**
 * What the atlas remembers between runs: the window's place and size, and the last map view. Immutable.
 *
 * <p>The window's numbers are always sane: a position is within {@link #MAX_WINDOW_POSITION} of the origin or
 * NaN, a size between its minimum and {@link #MAX_WINDOW_SIZE}; other values are brought into these bounds
 * (a size that is not a number becomes the default size). The view is not checked here: the settings store
 * checks it by the map's own rule ({@code org.briatlas.geo.MapViewpoint}).
 *
 * @param windowX      left edge of the window on screen, or NaN to let the system choose
 * @param windowY      top edge of the window on screen, or NaN to let the system choose
 * @param windowWidth  window width in logical pixels, {@link #MIN_WINDOW_WIDTH} to {@link #MAX_WINDOW_SIZE}
 * @param windowHeight window height in logical pixels, {@link #MIN_WINDOW_HEIGHT} to {@link #MAX_WINDOW_SIZE}
 * @param maximized    whether the window was maximised
 * @param viewLon      longitude of the map centre, degrees
 * @param viewLat      latitude of the map centre, degrees
 * @param viewZoom     map zoom level
 * @param language     interface language: "en", "zh" or "ru"
 * @param panelWidth   width of the side panel in logical pixels, or NaN for the default
 */
public record AppSettings(double windowX, double windowY, double windowWidth, double windowHeight,
                          boolean maximized, double viewLon, double viewLat, double viewZoom, String language,
                          double panelWidth) {

    /** Narrowest and widest side panel kept, logical pixels. */
    public static final double MIN_PANEL_WIDTH = 260;
    public static final double MAX_PANEL_WIDTH = 1600;
    /** The side panel's width on a first start. */
    public static final double DEFAULT_PANEL_WIDTH = 380;

    /** Settings with the default side panel width. */
    public AppSettings(double windowX, double windowY, double windowWidth, double windowHeight, boolean maximized,
                       double viewLon, double viewLat, double viewZoom, String language) {
        this(windowX, windowY, windowWidth, windowHeight, maximized, viewLon, viewLat, viewZoom, language, Double.NaN);
    }

    /** The interface languages the atlas has. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "zh", "ru");

    /** Narrowest window kept, logical pixels. */
    public static final double MIN_WINDOW_WIDTH = 200;
    /** Lowest window kept, logical pixels. */
    public static final double MIN_WINDOW_HEIGHT = 150;
    /** Largest window width or height kept, logical pixels (a wall of screens, not a corrupt number). */
    public static final double MAX_WINDOW_SIZE = 20_000;
    /** Farthest a window's edge is kept from the origin of the screens, logical pixels. */
    public static final double MAX_WINDOW_POSITION = 100_000;
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 900;

    public AppSettings {
        windowX = position(windowX);
        windowY = position(windowY);
        windowWidth = size(windowWidth, MIN_WINDOW_WIDTH, DEFAULT_WIDTH);
        windowHeight = size(windowHeight, MIN_WINDOW_HEIGHT, DEFAULT_HEIGHT);
        language = language != null && LANGUAGES.contains(language) ? language : "en";
        panelWidth = Double.isFinite(panelWidth) ? Math.max(MIN_PANEL_WIDTH, Math.min(MAX_PANEL_WIDTH, panelWidth))
                : Double.NaN;
    }

    private static double position(double v) {
        return Double.isFinite(v) ? Math.max(-MAX_WINDOW_POSITION, Math.min(MAX_WINDOW_POSITION, v)) : Double.NaN;
    }

    private static double size(double v, double min, double fallback) {
        return Double.isFinite(v) ? Math.max(min, Math.min(MAX_WINDOW_SIZE, v)) : fallback;
    }

    /** Settings for a first start: a roomy window on the Heilongjiang view (NaN view = fit the province). */
    public static AppSettings defaults() {
        return new AppSettings(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, Double.NaN, Double.NaN,
                Double.NaN, "en");
    }

    /** True when a map view was saved (a first start has none). */
    public boolean hasView() {
        return Double.isFinite(viewLon) && Double.isFinite(viewLat) && Double.isFinite(viewZoom);
    }

    public AppSettings withWindow(double x, double y, double width, double height, boolean max) {
        return new AppSettings(x, y, width, height, max, viewLon, viewLat, viewZoom, language, panelWidth);
    }

    public AppSettings withView(double lon, double lat, double zoom) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, lon, lat, zoom, language,
                panelWidth);
    }

    public AppSettings withLanguage(String lang) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, viewLon, viewLat, viewZoom, lang,
                panelWidth);
    }

    public AppSettings withPanelWidth(double width) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, viewLon, viewLat, viewZoom,
                language, width);
    }

    /** The side panel's width: as saved, or the default. */
    public double panelWidthOrDefault() {
        return Double.isFinite(panelWidth) ? panelWidth : DEFAULT_PANEL_WIDTH;
    }
}
