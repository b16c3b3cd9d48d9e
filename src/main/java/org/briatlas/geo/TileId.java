package org.briatlas.geo;

/**
 * One tile of the Web-Mercator grid: zoom, column (x, west to east) and row (y, north to south).
 *
 * @param zoom tile zoom level, 0 or more
 * @param col  column, 0 to 2^zoom - 1
 * @param row  row, 0 to 2^zoom - 1
 */
public record TileId(int zoom, long col, long row) {

    public TileId {
        if (zoom < 0 || zoom > 30) {
            throw new IllegalArgumentException("zoom out of range: " + zoom);
        }
        long n = 1L << zoom;
        if (col < 0 || col >= n || row < 0 || row >= n) {
            throw new IllegalArgumentException("tile " + col + "/" + row + " outside the grid at zoom " + zoom);
        }
    }

    /** Normalised Mercator x of the tile's west edge. */
    public double minX() {
        return (double) col / (1L << zoom);
    }

    /** Normalised Mercator y of the tile's north edge. */
    public double minY() {
        return (double) row / (1L << zoom);
    }

    /** Edge length in normalised Mercator units. */
    public double span() {
        return 1.0 / (1L << zoom);
    }

    /** Longitude and latitude bounds of the tile. */
    public GeoBounds bounds() {
        return new GeoBounds(WebMercator.lon(minX()), WebMercator.lat(minY() + span()),
                WebMercator.lon(minX() + span()), WebMercator.lat(minY()));
    }

    @Override
    public String toString() {
        return zoom + "/" + col + "/" + row;
    }

    // Written out: the generated ones link method handles the first time they run (on the interface thread at
    // start), and a tile id is a key of every tile cache.
    @Override
    public boolean equals(Object o) {
        return o instanceof TileId t && zoom == t.zoom && col == t.col && row == t.row;
    }

    @Override
    public int hashCode() {
        return (zoom * 31 + Long.hashCode(col)) * 31 + Long.hashCode(row);
    }
}
