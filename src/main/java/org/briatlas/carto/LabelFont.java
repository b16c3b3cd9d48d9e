package org.briatlas.carto;

/**
 * Type styles of base-map labels, shared by the Java2D and JavaFX drawers so both measure alike.
 * Sizes are in logical pixels.
 */
public enum LabelFont {
    CAPITAL(true, false, 13.5),
    CITY_MAJOR(true, false, 12.5),
    CITY(false, false, 12),
    TOWN(false, false, 11),
    SEA(false, true, 13),
    LAKE(false, true, 11.5),
    RIVER(false, true, 11.5);

    private final boolean bold;
    private final boolean italic;
    private final double size;

    LabelFont(boolean bold, boolean italic, double size) {
        this.bold = bold;
        this.italic = italic;
        this.size = size;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    public double size() {
        return size;
    }

    /** True for labels that name water (drawn in the water colour). */
    public boolean water() {
        return italic;
    }

    public static LabelFont of(PlaceLabel label) {
        return switch (label.kind()) {
            case CAPITAL -> CAPITAL;
            case CITY -> label.rank() <= 1 ? CITY_MAJOR : label.rank() <= 2 ? CITY : TOWN;
            case SEA -> SEA;
            case LAKE -> LAKE;
            case RIVER -> RIVER;
        };
    }
}
