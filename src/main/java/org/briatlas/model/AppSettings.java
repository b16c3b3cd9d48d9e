package org.briatlas.model;

/**
 * What the atlas remembers between runs: the window's place and size, and the last map view.
 *
 * @param windowX      left edge of the window on screen, or NaN to let the system choose
 * @param windowY      top edge of the window on screen, or NaN to let the system choose
 * @param windowWidth  window width in logical pixels
 * @param windowHeight window height in logical pixels
 * @param maximized    whether the window was maximised
 * @param viewLon      longitude of the map centre, degrees
 * @param viewLat      latitude of the map centre, degrees
 * @param viewZoom     map zoom level
 * @param language     interface language: "en", "zh" or "ru"
 */
public record AppSettings(double windowX, double windowY, double windowWidth, double windowHeight,
                          boolean maximized, double viewLon, double viewLat, double viewZoom, String language) {

    /** The interface languages the atlas has. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "zh", "ru");

    public AppSettings {
        language = language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /** Settings for a first start: a roomy window on the Heilongjiang view (NaN view = fit the province). */
    public static AppSettings defaults() {
        return new AppSettings(Double.NaN, Double.NaN, 1400, 900, false, Double.NaN, Double.NaN, Double.NaN, "en");
    }

    /** True when a map view was saved (a first start has none). */
    public boolean hasView() {
        return Double.isFinite(viewLon) && Double.isFinite(viewLat) && Double.isFinite(viewZoom);
    }

    public AppSettings withWindow(double x, double y, double width, double height, boolean max) {
        return new AppSettings(x, y, width, height, max, viewLon, viewLat, viewZoom, language);
    }

    public AppSettings withView(double lon, double lat, double zoom) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, lon, lat, zoom, language);
    }

    public AppSettings withLanguage(String lang) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, viewLon, viewLat, viewZoom, lang);
    }
}
