package org.briatlas.model;

import org.briatlas.i18n.Messages;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A corridor, place or thematic point of the atlas: its layer and the feature as read from GeoJSON
 * (geometry in longitude, latitude order; properties as described in geo/corridors/README.md) and, for a
 * user's feature, the id of the {@link UserLayer} it was read into (null for shipped features). Immutable.
 */
public record AtlasFeature(AtlasLayer layer, GeoFeature feature, String userLayer) {

    /** A shipped feature, or a user's feature of no particular layer. */
    public AtlasFeature(AtlasLayer layer, GeoFeature feature) {
        this(layer, feature, null);
    }


    public String id() {
        return feature.text("id").or(() -> Optional.ofNullable(feature.id())).orElse("?");
    }

    public Geometry geometry() {
        return feature.geometry();
    }

    public Map<String, Object> properties() {
        return feature.properties();
    }

    /** The name in a language ("en", "zh", "ru"), falling back to English, then to the id. */
    public String name(String language) {
        if (feature.properties().get("name") instanceof Map<?, ?> names) {
            Object n = names.get(language);
            if (n == null) {
                n = names.get("en");
            }
            if (n != null) {
                return n.toString();
            }
        }
        return feature.text("name").orElse(id());
    }

    public String kind() {
        return feature.text("kind").orElse("");
    }

    /** True for points (ports, airports, hubs, crossings, institutes); false for routes. */
    public boolean isPoint() {
        String t = feature.geometry().getGeometryType();
        return t.equals("Point") || t.equals("MultiPoint");
    }

    /** A map-valued property, or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String key) {
        return feature.properties().get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A list-valued property, or an empty list. */
    public List<?> list(String key) {
        return feature.properties().get(key) instanceof List<?> l ? l : List.of();
    }

    /**
     * The year the feature opened, from its explicit, cited {@code opened} property ({"date": "2011-01",
     * "event", "citation"}), which the data gives only where the paper dates an opening; empty otherwise
     * (a feature without it is drawn as open in every year). Read once by whoever draws it, not per frame.
     */
    public java.util.OptionalInt openedYear() {
        if (feature.properties().get("opened") instanceof Map<?, ?> opened && opened.get("date") instanceof String d
                && d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return java.util.OptionalInt.of(Integer.parseInt(d.substring(0, 4)));
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * The event of one of the feature's dates ({"date", "event", "eventText": {"zh", "ru"}}) in a
     * language ("en", "zh", "ru"), falling back to the English event; empty when there is none.
     */
    public static String event(Map<?, ?> date, String language) {
        if (!"en".equals(language) && date.get("eventText") instanceof Map<?, ?> texts
                && texts.get(language) instanceof String t && !t.isBlank()) {
            return t;
        }
        Object event = date.get("event");
        return event == null ? "" : event.toString();
    }

    /**
     * A text property of the feature ("geometryMethod", "notes", ...) in a language ("en", "zh", "ru"): the
     * translation kept beside the English in {@code <key>I18n} ({"zh": ..., "ru": ...}), falling back to
     * the English text where there is none (or it is blank); empty when the feature has no such text.
     */
    public Optional<String> text(String key, String language) {
        Object english = properties().get(key);
        if (english == null) {
            return Optional.empty();
        }
        return Optional.of(inLanguage(english.toString(), properties().get(key + TRANSLATIONS), language));
    }

    /** The suffix of the property holding a text's translations: "notesI18n" beside "notes". */
    public static final String TRANSLATIONS = "I18n";

    /** "Table 2, II. Connectivity of Infrastructure, line 96" style citation of the feature, in English. */
    public String citation() {
        return citation("en");
    }

    /**
     * The feature's citation in a language ("en", "zh", "ru"; others give English): "Table 2,
     * II. Connectivity of Infrastructure, line 94", "表2，二、设施联通，第94行"; for a route node the paper does
     * not name, that it is not named and where its position comes from (that source is English).
     */
    public String citation(String language) {
        String paper = citationText(object("citation"), language);
        if (paper.isBlank() && Boolean.FALSE.equals(properties().get("namedInPaper"))) {
            return String.format(Locale.ROOT, Messages.bundle(language).getString("citation.notNamed"),
                    feature.text("geometrySource").orElse("?"));
        }
        return paper;
    }

    /** Formats a citation object in English: table, section, page (or the line of the source text). */
    public static String citationText(Map<?, ?> c) {
        return citationText(c, "en");
    }

    /**
     * Formats a citation object ({"table", "section", "sectionI18n": {"zh", "ru"}, "line", "page"}) in a
     * language: the words "Table", "line" and "p." from the interface's bundle, the section's translation
     * where the citation has one (else the paper's English heading). Empty for an empty citation.
     */
    public static String citationText(Map<?, ?> c, String language) {
        java.util.ResourceBundle words = Messages.bundle(language);
        List<String> parts = new java.util.ArrayList<>();
        if (present(c.get("table"))) {
            java.util.regex.Matcher m = TABLE.matcher(c.get("table").toString());
            parts.add(m.matches() ? String.format(Locale.ROOT, words.getString("citation.table"), m.group(1))
                    : c.get("table").toString());
        }
        if (present(c.get("section"))) {
            parts.add(inLanguage(c.get("section").toString(), c.get("section" + TRANSLATIONS), language));
        }
        if (c.get("page") != null) {
            if (present(c.get("page"))) {
                parts.add(String.format(Locale.ROOT, words.getString("citation.page"), whole(c.get("page"))));
            }
        } else if (present(c.get("line"))) {
            parts.add(String.format(Locale.ROOT, words.getString("citation.line"), whole(c.get("line"))));
        }
        return String.join(words.getString("citation.separator"), parts);
    }

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("Table (\\d+)");

    private static boolean present(Object value) {
        return value != null && !value.toString().isBlank();
    }

    /** A number without ".0" when it is whole (JSON readers may give 94 as 94.0). */
    private static Object whole(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? (Object) d.longValue() : value;
    }

    /** The English text, or its translation into a language from a {"zh": ..., "ru": ...} object. */
    private static String inLanguage(String english, Object translations, String language) {
        if (!"en".equals(language) && translations instanceof Map<?, ?> texts
                && texts.get(language) instanceof String t && !t.isBlank()) {
            return t;
        }
        return english;
    }

    @Override
    public String toString() {
        return layer.id() + "/" + id() + " (" + name("en") + ", " + kind().toLowerCase(Locale.ROOT) + ")";
    }
}
