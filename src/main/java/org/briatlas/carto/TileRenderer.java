package org.briatlas.carto;

import org.briatlas.geo.TileId;
import org.briatlas.geo.WebMercator;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Renders one Web-Mercator tile of the base map to an image, {@code 256 * pixelScale} pixels square.
 * Thread-safe: each call draws into its own image.
 */
public final class TileRenderer {

    private final BaseMapData data;

    public TileRenderer(BaseMapData data) {
        this.data = data;
    }

    /** Edge of a tile image, in device pixels, at an output scale. */
    public static int tilePixels(double pixelScale) {
        return (int) Math.round(WebMercator.TILE_SIZE * pixelScale);
    }

    /**
     * Draws a tile on the calling thread, loading its zoom band if needed.
     *
     * @throws BaseMapException if the band's data cannot be read
     */
    public BufferedImage render(TileId tile, double pixelScale) {
        BandData band = data.bandNow(ZoomBand.forZoom(tile.zoom()));
        int size = tilePixels(pixelScale);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            double originX = tile.col() * (double) WebMercator.TILE_SIZE;
            double originY = tile.row() * (double) WebMercator.TILE_SIZE;
            MapPainter.paint(g, band, tile.zoom(), originX, originY, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE,
                    size / (double) WebMercator.TILE_SIZE);
        } finally {
            g.dispose();
        }
        return image;
    }
}
