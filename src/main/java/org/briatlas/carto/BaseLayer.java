package org.briatlas.carto;

/**
 * The thematic layers of the base map, in drawing order, each one GeoJSON file per zoom band.
 */
public enum BaseLayer {
    LAND("land.geojson", true),
    PROVINCE("province.geojson", true),
    /** The province's boundaries with other provinces; along Russia the national border is drawn instead. */
    PROVINCE_BOUNDARY("province-boundary.geojson", false),
    LAKES("lakes.geojson", true),
    RIVERS("rivers.geojson", false),
    COAST("coast.geojson", false),
    BORDERS("borders.geojson", false);

    private final String file;
    private final boolean areal;

    BaseLayer(String file, boolean areal) {
        this.file = file;
        this.areal = areal;
    }

    public String file() {
        return file;
    }

    /** True for polygons (filled), false for lines (stroked). */
    public boolean areal() {
        return areal;
    }
}
