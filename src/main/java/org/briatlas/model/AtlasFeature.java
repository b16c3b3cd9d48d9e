package org.briatlas.model;

import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A corridor, place or thematic point of the atlas: its layer and the feature as read from GeoJSON
 * (geometry in longitude, latitude order; properties as described in geo/corridors/README.md).
 * Immutable.
 */
public record AtlasFeature(AtlasLayer layer, GeoFeature feature) {

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

    /** "Table 2, II. Connectivity of Infrastructure, line 96" style citation of the feature. */
    public String citation() {
        String paper = citationText(object("citation"));
        if (paper.isBlank() && Boolean.FALSE.equals(properties().get("namedInPaper"))) {
            return "not named in the paper; source: " + feature.text("geometrySource").orElse("?");
        }
        return paper;
    }

    /** Formats a citation object: table, section, page (or the line of the source text). */
    public static String citationText(Map<?, ?> c) {
        StringBuilder sb = new StringBuilder();
        append(sb, c.get("table"), "");
        append(sb, c.get("section"), "");
        if (c.get("page") != null) {
            append(sb, c.get("page"), "p. ");
        } else if (c.get("line") != null) {
            append(sb, c.get("line"), "line ");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value, String prefix) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(", ");
        }
        Object v = value instanceof Double d && d == Math.rint(d) ? (Object) d.longValue() : value;
        sb.append(prefix).append(v);
    }

    @Override
    public String toString() {
        return layer.id() + "/" + id() + " (" + name("en") + ", " + kind().toLowerCase(Locale.ROOT) + ")";
    }
}
