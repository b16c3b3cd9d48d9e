package org.briatlas.carto;

/**
 * A name written on the base map: a city (with a dot) or a water body (a sea, lake or river).
 *
 * @param name    the label text
 * @param lon     anchor longitude, degrees
 * @param lat     anchor latitude, degrees
 * @param kind    what is named; decides the type style
 * @param rank    1 (most important) to 4; decides from which zoom the label shows
 * @param angle   text rotation in degrees, clockwise; 0 for cities
 * @param names   the name per language ("en", "zh", "ru")
 * @param country ISO 3166 code of the country a city lies in; empty for water and where unknown
 * @param corridor true for a crossing or port that the paper names on the corridors: offered from zoom 5
 *                 and placed right after the first-rank cities, so the corridors' own places keep their names
 */
public record PlaceLabel(String name, double lon, double lat, Kind kind, int rank, double angle,
                         java.util.Map<String, String> names, String country, boolean corridor) {

    public PlaceLabel {
        names = names == null ? java.util.Map.of() : java.util.Map.copyOf(names);
        country = country == null ? "" : country;
    }

    /** A label of no known country that is not one of the corridors' places. */
    public PlaceLabel(String name, double lon, double lat, Kind kind, int rank, double angle,
                      java.util.Map<String, String> names) {
        this(name, lon, lat, kind, rank, angle, names, "", false);
    }

    /** A label with its English name only. */
    public PlaceLabel(String name, double lon, double lat, Kind kind, int rank, double angle) {
        this(name, lon, lat, kind, rank, angle, java.util.Map.of());
    }

    /** The same label named in a language ("en", "zh", "ru"), English where that name is missing. */
    public PlaceLabel inLanguage(String language) {
        return new PlaceLabel(names.getOrDefault(language, name), lon, lat, kind, rank, angle, names, country,
                corridor);
    }

    /** The same label marked as one of the corridors' crossings or ports. */
    public PlaceLabel asCorridorPlace() {
        return new PlaceLabel(name, lon, lat, kind, rank, angle, names, country, true);
    }

    /** What a label names. */
    public enum Kind { CAPITAL, CITY, SEA, LAKE, RIVER }

    /** The smallest zoom at which this label is offered to the placer. */
    public double minZoom() {
        return switch (kind) {
            case CAPITAL, CITY -> corridor ? Math.min(5, rankZoom()) : rankZoom();
            case SEA -> rank == 1 ? 2 : rank == 2 ? 4 : 5;
            case LAKE, RIVER -> rank <= 2 ? 4 : rank == 3 ? 5 : 6;
        };
    }

    private double rankZoom() {
        return switch (rank) {
            case 1 -> 2;
            case 2 -> 4;
            case 3 -> 5;
            default -> 7;
        };
    }

    /** True if the label marks a point (a city dot) rather than naming an area or a line. */
    public boolean hasMarker() {
        return kind == Kind.CAPITAL || kind == Kind.CITY;
    }
}
