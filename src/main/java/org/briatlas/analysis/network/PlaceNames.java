package org.briatlas.analysis.network;

import org.briatlas.model.AtlasFeature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds a place by what a user types: its id, or any of its names (English, Chinese, Russian), in any case.
 * A word of a name that picks out one place also finds it ("Busan" finds Busan Port). Pure.
 */
public final class PlaceNames {

    private final List<AtlasFeature> places;

    /** @param features the atlas's features; its points are the places */
    public PlaceNames(List<AtlasFeature> features) {
        this.places = features.stream().filter(f -> f.geometry().getGeometryType().equals("Point")).toList();
    }

    /** A name that finds no place, or more than one. */
    public static final class NotFound extends Exception {
        private final List<String> candidates;

        NotFound(String message, List<String> candidates) {
            super(message);
            this.candidates = List.copyOf(candidates);
        }

        /** The places it could mean ("id (name)"), empty for an unknown name. */
        public List<String> candidates() {
            return candidates;
        }
    }

    /** The one place the text means. */
    public AtlasFeature find(String text) throws NotFound {
        String q = fold(text);
        if (q.isEmpty()) {
            throw new NotFound("no place given", List.of());
        }
        List<AtlasFeature> exact = new ArrayList<>();
        List<AtlasFeature> byWord = new ArrayList<>();
        for (AtlasFeature p : places) {
            if (fold(p.id()).equals(q)) {
                return p;
            }
            boolean isExact = false;
            boolean hasWord = false;
            for (String name : names(p)) {
                String n = fold(name);
                if (n.equals(q)) {
                    isExact = true;
                } else if ((" " + n.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + q + " ")
                        || (!q.matches(".*\\p{IsLatin}.*") && n.contains(q))) {
                    hasWord = true;
                }
            }
            if (isExact) {
                exact.add(p);
            } else if (hasWord) {
                byWord.add(p);
            }
        }
        List<AtlasFeature> found = preferred(!exact.isEmpty() ? exact : byWord);
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new NotFound("no place is called '" + text + "'", List.of());
        }
        List<String> candidates = found.stream().map(p -> p.id() + " (" + p.name("en") + ")").toList();
        throw new NotFound("'" + text + "' could be " + found.size() + " places: " + String.join(", ", candidates)
                + "; give one of their ids", candidates);
    }

    /**
     * Of several places of one name, the corridors' own places (stations, ports, crossings) before the other
     * points of the corridor layers, and those before the thematic points (an e-commerce site in Harbin is not
     * what "Harbin" means).
     */
    private static List<AtlasFeature> preferred(List<AtlasFeature> found) {
        for (java.util.function.Predicate<AtlasFeature> tier : List.<java.util.function.Predicate<AtlasFeature>>of(
                f -> f.layer() == org.briatlas.model.AtlasLayer.PLACES,
                f -> f.layer() != org.briatlas.model.AtlasLayer.CONFUCIUS
                        && f.layer() != org.briatlas.model.AtlasLayer.ECOMMERCE
                        && f.layer() != org.briatlas.model.AtlasLayer.USER)) {
            List<AtlasFeature> t = found.stream().filter(tier).toList();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return found;
    }

    private static List<String> names(AtlasFeature p) {
        List<String> out = new ArrayList<>();
        if (p.properties().get("name") instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                out.add(String.valueOf(v));
            }
        } else {
            out.add(p.name("en"));
        }
        return out;
    }

    private static String fold(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
