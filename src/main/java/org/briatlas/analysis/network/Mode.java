package org.briatlas.analysis.network;

import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** How goods move along an edge of the corridor network. */
public enum Mode {
    RAIL, ROAD, SEA, RIVER, AIR;

    /** The lower-case name used on the command line and in JSON: rail, road, sea, river, air. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode of that id, if there is one. */
    public static Optional<Mode> byId(String id) {
        for (Mode m : values()) {
            if (m.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The mode of one part of a route, or empty for what carries no goods (pipelines, power lines, cables) and
     * for points. A land-sea corridor mixes modes: a part that runs mostly off land is a sea leg, the rest rail.
     *
     * @param onLand true for a point on land (inside a country of the base map)
     */
    public static Optional<Mode> of(AtlasFeature f, LineString part, Predicate<Coordinate> onLand) {
        if (f.layer() == org.briatlas.model.AtlasLayer.USER) {
            return Optional.of(userMode(f));
        }
        String channel = f.feature().text("channel").orElse("");
        String kind = f.kind();
        return switch (channel) {
            case "railway" -> Optional.of(RAIL);
            case "highway" -> Optional.of(ROAD);
            case "aviation" -> kind.equals("air-route") ? Optional.of(AIR) : Optional.empty();
            case "water" -> Optional.of(RIVER);
            case "land-sea" -> kind.equals("sea-route") ? Optional.of(SEA)
                    : Optional.of(mostlyOffLand(part, onLand) ? SEA : RAIL);
            default -> Optional.empty();
        };
    }

    /**
     * A user's line: the mode its "mode" (or "type", "kind") property names, in English, Chinese or Russian
     * (rail, railway, 铁路, железная дорога; sea, 海运, море; river, 河运, река; air, 航空, авиа), else a road.
     */
    static Mode userMode(AtlasFeature f) {
        for (String key : new String[]{"mode", "type", "kind"}) {
            Object v = f.properties().get(key);
            if (v instanceof String s) {
                String t = s.strip().toLowerCase(Locale.ROOT);
                if (t.startsWith("rail") || t.contains("铁路") || t.startsWith("желез") || t.startsWith("жд")) {
                    return RAIL;
                }
                if (t.startsWith("sea") || t.startsWith("ship") || t.contains("海") || t.startsWith("мор")) {
                    return SEA;
                }
                if (t.startsWith("river") || t.contains("河") || t.startsWith("рек")) {
                    return RIVER;
                }
                if (t.startsWith("air") || t.startsWith("flight") || t.contains("航空") || t.startsWith("авиа")) {
                    return AIR;
                }
                if (t.startsWith("road") || t.startsWith("highway") || t.contains("公路") || t.startsWith("авто")
                        || t.startsWith("дорог")) {
                    return ROAD;
                }
            }
        }
        return ROAD;
    }

    private static boolean mostlyOffLand(LineString part, Predicate<Coordinate> onLand) {
        Coordinate[] cs = part.getCoordinates();
        int off = 0;
        int n = 0;
        for (int i = 0; i < cs.length; i += Math.max(1, cs.length / 40)) {
            n++;
            if (!onLand.test(cs[i])) {
                off++;
            }
        }
        return off * 2 > n;
    }
}
