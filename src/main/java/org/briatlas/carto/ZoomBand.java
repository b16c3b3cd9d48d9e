package org.briatlas.carto;

/**
 * Detail levels of the base map. Each band is drawn from data generalised for its zooms, so that
 * borders do not tangle at zoom 2 and coastlines are not jagged at zoom 8.
 */
public enum ZoomBand {
    /** Natural Earth 1:110m, GSHHG low resolution. */
    LOW("low", 0, 3),
    /** Natural Earth 1:50m, GSHHG intermediate resolution. */
    MID("mid", 4, 6),
    /** Natural Earth 1:10m, GSHHG high resolution. */
    HIGH("high", 7, Integer.MAX_VALUE);

    private final String folder;
    private final int minZoom;
    private final int maxZoom;

    ZoomBand(String folder, int minZoom, int maxZoom) {
        this.folder = folder;
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
    }

    /** Folder of the band's files under geo/basemap/. */
    public String folder() {
        return folder;
    }

    /** The band that serves a zoom; fractional zooms use their integer part. */
    public static ZoomBand forZoom(double zoom) {
        int z = (int) Math.floor(zoom);
        for (ZoomBand b : values()) {
            if (z >= b.minZoom && z <= b.maxZoom) {
                return b;
            }
        }
        return LOW;
    }
}
