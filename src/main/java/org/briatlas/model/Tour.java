package org.briatlas.model;

import java.util.List;
import java.util.Map;

/**
 * A guided tour: a title and an ordered list of stops. Texts are per language ("en", "zh", "ru");
 * a missing language falls back to English. Immutable. The file format is described in
 * {@code org.briatlas.io.TourFile}.
 */
public record Tour(Map<String, String> title, List<Stop> stops) {

    public Tour {
        title = Map.copyOf(title);
        stops = List.copyOf(stops);
    }

    /**
     * One stop of a tour: where the map looks, which layers show, what is selected, which year and which
     * table are shown, a caption for the class and notes for the speaker.
     *
     * @param lon             map centre longitude, degrees
     * @param lat             map centre latitude, degrees
     * @param zoom            map zoom, 2 to 10
     * @param layers          ids of the visible layers (see {@link AtlasLayer#id()}); empty means all
     * @param feature         id of the selected feature, or null
     * @param year            year of the year control, 2006 to 2018
     * @param table           number of the table shown in the statistics, or null
     * @param caption         the caption, per language
     * @param notes           the speaker notes, per language
     */
    public record Stop(double lon, double lat, double zoom, List<String> layers, String feature, int year,
                       Integer table, Map<String, String> caption, Map<String, String> notes) {

        public Stop {
            layers = List.copyOf(layers);
            caption = Map.copyOf(caption);
            notes = Map.copyOf(notes);
        }
    }

    /** A text in a language, falling back to English, then to any language. */
    public static String text(Map<String, String> texts, String language) {
        String t = texts.get(language);
        if (t == null || t.isBlank()) {
            t = texts.get("en");
        }
        return t != null ? t : texts.values().stream().findFirst().orElse("");
    }
}
