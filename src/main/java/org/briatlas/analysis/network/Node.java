package org.briatlas.analysis.network;

/**
 * A node of the corridor network: a station, port, crossing or other named place on the routes, or a point
 * where routes meet or end.
 *
 * @param index   its number in the network, from 0
 * @param lon     longitude, degrees
 * @param lat     latitude, degrees
 * @param placeId the place feature it stands for, or null for an unnamed junction or route end
 * @param name    the place's English name, or null
 */
public record Node(int index, double lon, double lat, String placeId, String name) {

    /** The name, or the position for an unnamed node. */
    public String label() {
        return name != null ? name : String.format(java.util.Locale.ROOT, "%.3f, %.3f", lon, lat);
    }
}
