package org.briatlas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one of the user's layers is drawn: line colour and width, polygon fill and its opacity, the layer's
 * opacity, point size and symbol, and optionally categories: a property whose values each get a colour of
 * their own (given ones first, the rest from {@link #PALETTE} in the order met). Saved in a workspace's
 * layer as {@code "style"} (see the README); what a file holds that is out of range is brought into range,
 * what is not understood takes the default. Colours are RGB ints ({@code 0xRRGGBB}). Immutable.
 *
 * @param colour           line and point colour
 * @param width            line width, logical pixels (0.5 to 12)
 * @param fill             polygon fill colour
 * @param fillOpacity      polygon fill opacity, 0 to 1
 * @param opacity          the whole layer's opacity, 0.1 to 1
 * @param pointSize        point symbol radius, logical pixels (1.5 to 20)
 * @param symbol           point symbol
 * @param categoryProperty the property whose values colour the features, or null for one colour
 * @param categories       colours given to some of its values (the rest come from the palette)
 */
public record LayerStyle(int colour, double width, int fill, double fillOpacity, double opacity, double pointSize,
                         Symbol symbol, String categoryProperty, Map<String, Integer> categories) {

    /** The symbols a user's points can have. */
    public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE, STAR, RING }

    /**
     * Layer and category colours, one after the other: apart in hue from each other, and still distinguishable
     * with the commonest colour-vision deficiencies (after Paul Tol's "muted" scheme). The first ones are those
     * furthest from the atlas's own channel colours and the planner's indigo routes.
     */
    public static final List<Integer> PALETTE = List.of(0xcc6677, 0x999933, 0x2b83ba, 0x882255, 0x44aa99,
            0xddcc77, 0x117733, 0x332288, 0xaa4499, 0x88ccee);

    public LayerStyle {
        width = clamp(width, 0.5, 12, 2);
        fillOpacity = clamp(fillOpacity, 0, 1, 0.25);
        opacity = clamp(opacity, 0.1, 1, 1);
        pointSize = clamp(pointSize, 1.5, 20, 4);
        symbol = symbol == null ? Symbol.CIRCLE : symbol;
        categoryProperty = categoryProperty == null || categoryProperty.isBlank() ? null : categoryProperty;
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        colour &= 0xffffff;
        fill &= 0xffffff;
    }

    private static double clamp(double v, double lo, double hi, double dflt) {
        return Double.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : dflt;
    }

    /** The style a new layer gets: the n-th colour of the palette (0 for the first layer). */
    public static LayerStyle defaultFor(int n) {
        int c = PALETTE.get(Math.floorMod(n, PALETTE.size()));
        return new LayerStyle(c, 2, c, 0.25, 1, 4, Symbol.CIRCLE, null, Map.of());
    }

    public LayerStyle withColour(int c) {
        return new LayerStyle(c, width, fill, fillOpacity, opacity, pointSize, symbol, categoryProperty, categories);
    }

    public LayerStyle withWidth(double w) {
        return new LayerStyle(colour, w, fill, fillOpacity, opacity, pointSize, symbol, categoryProperty, categories);
    }

    public LayerStyle withFill(int f, double fo) {
        return new LayerStyle(colour, width, f, fo, opacity, pointSize, symbol, categoryProperty, categories);
    }

    public LayerStyle withOpacity(double o) {
        return new LayerStyle(colour, width, fill, fillOpacity, o, pointSize, symbol, categoryProperty, categories);
    }

    public LayerStyle withPoint(double size, Symbol s) {
        return new LayerStyle(colour, width, fill, fillOpacity, opacity, size, s, categoryProperty, categories);
    }

    public LayerStyle withCategories(String property, Map<String, Integer> given) {
        return new LayerStyle(colour, width, fill, fillOpacity, opacity, pointSize, symbol, property, given);
    }

    /**
     * The colour of each value of the category property among these features, in the order met: a given
     * colour, else the palette's next one. At most {@code max} values; the rest keep the layer's colour.
     */
    public Map<String, Integer> categoryColours(List<AtlasFeature> features, int max) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (categoryProperty == null) {
            return out;
        }
        int next = 0;
        for (AtlasFeature f : features) {
            Object v = f.properties().get(categoryProperty);
            String key = v == null ? "" : v.toString();
            if (!out.containsKey(key)) {
                if (out.size() >= max) {
                    break;
                }
                Integer given = categories.get(key);
                out.put(key, given != null ? given : PALETTE.get(next++ % PALETTE.size()));
            }
        }
        return out;
    }

    /** "#rrggbb". */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    /** An RGB int from "#rrggbb" or "#rgb", or the default for anything else. */
    public static int parseColour(Object o, int dflt) {
        if (!(o instanceof String s) || !s.startsWith("#")) {
            return dflt;
        }
        String h = s.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (h.length() != 6) {
            return dflt;
        }
        try {
            return Integer.parseInt(h, 16);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** As a workspace writes it. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("colour", hex(colour));
        m.put("width", width);
        m.put("fill", hex(fill));
        m.put("fillOpacity", fillOpacity);
        m.put("opacity", opacity);
        m.put("pointSize", pointSize);
        m.put("symbol", symbol.name().toLowerCase(Locale.ROOT));
        if (categoryProperty != null) {
            m.put("categoryProperty", categoryProperty);
            Map<String, Object> c = new LinkedHashMap<>();
            categories.forEach((k, v) -> c.put(k, hex(v)));
            m.put("categories", c);
        }
        return m;
    }

    /** From a workspace's layer style (missing or bad members take the defaults of {@code dflt}). */
    public static LayerStyle fromMap(Map<String, Object> m, LayerStyle dflt) {
        if (m == null || m.isEmpty()) {
            return dflt;
        }
        Symbol symbol = dflt.symbol();
        if (m.get("symbol") instanceof String s) {
            try {
                symbol = Symbol.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                symbol = dflt.symbol();
            }
        }
        Map<String, Integer> cats = new LinkedHashMap<>();
        if (m.get("categories") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> {
                int c = parseColour(v, -1);
                if (k != null && c >= 0 && cats.size() < 256) {
                    cats.put(k.toString(), c);
                }
            });
        }
        int colour = parseColour(m.get("colour"), dflt.colour());
        return new LayerStyle(colour, number(m.get("width"), dflt.width()), parseColour(m.get("fill"), colour),
                number(m.get("fillOpacity"), dflt.fillOpacity()), number(m.get("opacity"), dflt.opacity()),
                number(m.get("pointSize"), dflt.pointSize()), symbol,
                m.get("categoryProperty") instanceof String p ? p : null, cats);
    }

    private static double number(Object o, double dflt) {
        return o instanceof Number n ? n.doubleValue() : dflt;
    }
}
