package org.briatlas.carto;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The base map's cartography: a muted palette, so that the corridors drawn above it stand out, and line
 * widths that grow gently with the zoom. Widths are in logical pixels. Immutable.
 */
public final class MapStyle {

    public static final Color SEA = new Color(0xD7E4EC);
    public static final Color LAND = new Color(0xF5F2EB);
    public static final Color PROVINCE_FILL = new Color(0xF7EBD3);
    public static final Color PROVINCE_LINE = new Color(0xC28A4A);
    public static final Color LAKE = SEA;
    public static final Color LAKE_SHORE = new Color(0xA9C1D1);
    public static final Color RIVER = new Color(0x93B7D1);
    public static final Color COAST = new Color(0x9DB3C3);
    public static final Color BORDER = new Color(0x8E8599);
    public static final Color BORDER_HALO = new Color(0xE6E0EA);
    public static final Color GRATICULE = new Color(0x9AAFC0, true);
    public static final Color GRATICULE_LINE = new Color(0x9A, 0xAF, 0xC0, 70);

    public static final Color CITY_TEXT = new Color(0x2F343B);
    public static final Color CITY_DOT = new Color(0x4A4F57);
    public static final Color WATER_TEXT = new Color(0x5B7F9C);
    public static final Color TEXT_HALO = new Color(255, 255, 255, 215);

    private MapStyle() {
    }

    /** Linear growth with the zoom between two widths at zoom 2 and zoom 10. */
    static float width(double zoom, double atZoom2, double atZoom10) {
        double t = Math.max(0, Math.min(1, (zoom - 2) / 8));
        return (float) (atZoom2 + t * (atZoom10 - atZoom2));
    }

    static BasicStroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[]{dash, gap}, 0f);
    }

    /** Degrees between graticule lines at a zoom. */
    static double graticuleStep(double zoom) {
        if (zoom < 4) {
            return 20;
        } else if (zoom < 6) {
            return 10;
        } else if (zoom < 8) {
            return 5;
        }
        return 1;
    }
}
