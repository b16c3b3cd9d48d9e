package org.briatlas.state;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.model.AtlasFeature;

/**
 * A request for the map to show something: a viewpoint, a named view fitted to the map's size, or a
 * feature's extent. Each request is a new object, so asking twice for the same place moves the map twice.
 * Exactly one of {@code view}, {@code named} and {@code feature} is set, or none for a zoom about the map's
 * centre by {@code zoomBy} levels. Immutable.
 *
 * @param view     a centre and zoom, longitude first
 * @param named    a named view
 * @param feature  a feature whose extent to fit
 * @param animate  true to fly there, false to jump
 * @param millis   length of the flight, when animated
 * @param zoomBy   zoom levels to zoom in (negative: out) about the centre, when nothing else is set
 * @param extent   an extent (longitude, latitude) to fit, when nothing else is set
 * @param serial   number of the request, increasing: two requests for the same place are not equal, so that
 *                 change listeners see both
 */
public record ViewRequest(MapViewpoint view, NamedView named, AtlasFeature feature, boolean animate, long millis,
                          double zoomBy, long serial, org.locationtech.jts.geom.Envelope extent) {

    public ViewRequest(MapViewpoint view, NamedView named, AtlasFeature feature, boolean animate, long millis,
                       double zoomBy, long serial) {
        this(view, named, feature, animate, millis, zoomBy, serial, null);
    }

    /** Fits an extent in longitude and latitude (a user's layer). */
    public static ViewRequest of(org.locationtech.jts.geom.Envelope lonLat) {
        return new ViewRequest(null, null, null, true, 800, 0, next(), new org.locationtech.jts.geom.Envelope(lonLat));
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();

    private static long next() {
        return SERIALS.incrementAndGet();
    }

    public static ViewRequest of(MapViewpoint view, boolean animate, long millis) {
        return new ViewRequest(view, null, null, animate, millis, 0, next());
    }

    public static ViewRequest of(NamedView named, boolean animate) {
        return new ViewRequest(null, named, null, animate, 700, 0, next());
    }

    public static ViewRequest of(AtlasFeature feature) {
        return new ViewRequest(null, null, feature, true, 800, 0, next());
    }

    public static ViewRequest zoom(double levels) {
        return new ViewRequest(null, null, null, true, 220, levels, next());
    }
}
