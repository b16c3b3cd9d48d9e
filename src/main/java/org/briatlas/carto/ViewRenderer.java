package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a whole map view (base map and labels) into one image without JavaFX or a display: the
 * command line's {@code render}, slides, tests and the benchmark use it. Thread-safe.
 */
public final class ViewRenderer {

    private final BaseMapData data;
    private final java.util.function.UnaryOperator<List<PlaceLabel>> marking;
    private final AwtLabels labels = new AwtLabels();

    public ViewRenderer(BaseMapData data) {
        this(data, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param marking applied to the base map's labels before they are placed, as the window marks the
     *                corridors' places ({@link CorridorPlaceLabels})
     */
    public ViewRenderer(BaseMapData data, java.util.function.UnaryOperator<List<PlaceLabel>> marking) {
        this.data = data;
        this.marking = marking;
    }

    /**
     * Places and draws the city and water names of a view into {@code g} (in logical pixels), for callers
     * that draw their own layers between the base map and the labels.
     */
    public void drawLabels(Graphics2D g, MapViewpoint view, int width, int height, String language) {
        drawLabels(g, labels(language), view, width, height);
    }

    /** The base map's labels named in a language ("en", "zh", "ru"). */
    private List<PlaceLabel> labels(String language) {
        List<PlaceLabel> all = marking.apply(data.labels());
        return "en".equals(language) ? all : all.stream().map(l -> l.inLanguage(language)).toList();
    }

    private void drawLabels(Graphics2D g, List<PlaceLabel> all, MapViewpoint view, int width, int height) {
        double world = WebMercator.worldSize(view.zoom());
        double originX = WebMercator.x(view.lon()) * world - width / 2.0;
        double originY = WebMercator.y(view.lat()) * world - height / 2.0;
        List<PlacedLabel> placed = LabelPlacer.place(all, view.zoom(), (lon, lat, out) -> {
            out[0] = WebMercator.x(lon) * world - originX;
            out[1] = WebMercator.y(lat) * world - originY;
            return true;
        }, width, height, labels);
        labels.draw(g, placed);
    }

    /**
     * @param view   centre and zoom
     * @param width  image width in logical pixels
     * @param height image height in logical pixels
     * @param pixelScale device pixels per logical pixel
     * @throws BaseMapException if the base map cannot be read
     */
    public BufferedImage render(MapViewpoint view, int width, int height, double pixelScale) {
        return render(view, width, height, pixelScale, true, "en");
    }

    /**
     * As {@link #render(MapViewpoint, int, int, double)}, optionally without the place labels, with the
     * labels named in a language ("en", "zh", "ru").
     */
    public BufferedImage render(MapViewpoint view, int width, int height, double pixelScale, boolean withLabels,
                                String language) {
        double zoom = view.zoom();
        double world = WebMercator.worldSize(zoom);
        double originX = WebMercator.x(view.lon()) * world - width / 2.0;
        double originY = WebMercator.y(view.lat()) * world - height / 2.0;
        BandData band = data.bandNow(ZoomBand.forZoom(zoom));
        List<PlaceLabel> all = withLabels ? labels(language) : List.of();

        BufferedImage image = new BufferedImage((int) Math.round(width * pixelScale),
                (int) Math.round(height * pixelScale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapPainter.paint(g, band, zoom, originX, originY, width, height, pixelScale);
            g.scale(pixelScale, pixelScale);
            drawLabels(g, all, view, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }
}
