package org.briatlas.model;

import org.locationtech.jts.geom.Geometry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One feature read from GeoJSON: an optional id, a JTS geometry in (x = longitude, y = latitude) order,
 * and the feature's properties as plain Java values (String, Number, Boolean, List, Map or null; whole
 * numbers are Integer, Long or, beyond 64 bits, BigInteger). A feature without a location (RFC 7946
 * {@code "geometry": null}) has an empty geometry and is not {@link #isLocated() located}.
 * Immutable; the geometry must not be modified after construction.
 */
public record GeoFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        // Compact properties cannot be changed already: no wrapper, which a million points would each hold.
        properties = properties == null ? Map.of()
                : properties instanceof CompactProperties ? properties
                : java.util.Collections.unmodifiableMap(properties);
    }

    /**
     * True if the feature has a place on the map; false for {@code "geometry": null} (or empty coordinates),
     * whose geometry is then an empty GeometryCollection.
     */
    public boolean isLocated() {
        return !geometry.isEmpty();
    }

    /** A property as text, if present and not null. */
    public Optional<String> text(String key) {
        Object v = properties.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    /** A numeric property, if present and a number. */
    public Optional<Double> number(String key) {
        return properties.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }
}
