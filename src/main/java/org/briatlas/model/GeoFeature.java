package org.briatlas.model;

import org.locationtech.jts.geom.Geometry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One feature read from GeoJSON: an optional id, a JTS geometry in (x = longitude, y = latitude) order,
 * and the feature's properties as plain Java values (String, Number, Boolean, List, Map or null).
 * Immutable; the geometry must not be modified after construction.
 */
public record GeoFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public GeoFeature {
        Objects.requireNonNull(geometry, "geometry");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(properties);
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
