package org.briatlas.analysis.network;

import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.GeoFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What the planner tools work on: the shipped corridors, their network, their places and their border
 * crossings, read and built once. The window and the command line use the same one. Safe to read from any
 * thread once made.
 *
 * @param land      the base map's land (1:50m), which tells sea legs from land legs
 * @param countries the countries the statistics concern, which tell the side of a border a town is on
 */
public record Planner(AtlasData data, CorridorNetwork network, PlaceNames places, List<BorderCrossings.Crossing>
        crossings, LandMask land, LandMask countries) {

    /** The base map's land, boundaries and country outlines, in the application. */
    public static final String LAND = "/geo/basemap/mid/land.geojson";
    public static final String BORDERS = "/geo/basemap/high/borders.geojson";
    public static final String COUNTRIES = "/geo/basemap/countries.geojson";

    /** Builds the planner over these features and base-map shapes. */
    public static Planner of(AtlasData data, List<GeoFeature> land, List<GeoFeature> borders,
                             List<GeoFeature> countries) {
        LandMask onLand = new LandMask(land);
        LandMask country = new LandMask(countries, c -> c.text("iso").orElse(null));
        // The user's lines join the network; the places and the crossings are the atlas's own.
        AtlasData shipped = data.withUserLayer(List.of(), List.of());
        return new Planner(data, CorridorNetwork.build(data.features(), onLand), new PlaceNames(shipped.features()),
                BorderCrossings.compute(shipped.features(), borders, onLand, country::labelAt), onLand, country);
    }

    /** How near a route must pass a crossing to pass through it. */
    public static final double CROSSING_KM = 10;

    /** The border crossings a route passes, in the order met. */
    public List<BorderCrossings.Crossing> crossingsOn(Route route) {
        java.util.List<BorderCrossings.Crossing> out = new java.util.ArrayList<>();
        org.locationtech.jts.geom.GeometryFactory gf = new org.locationtech.jts.geom.GeometryFactory();
        for (Edge e : route.edges()) {
            org.locationtech.jts.geom.Coordinate[] path = e.path();
            org.locationtech.jts.geom.Geometry line = path.length >= 2 ? gf.createLineString(path) : gf.createPoint(path[0]);
            for (BorderCrossings.Crossing c : crossings) {
                if (!out.contains(c) && org.briatlas.analysis.Near.distanceKm(line,
                        gf.createPoint(new org.locationtech.jts.geom.Coordinate(c.lon(), c.lat())), CROSSING_KM)
                        <= CROSSING_KM) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The planner over the data shipped with the atlas. */
    public static Planner shipped() throws IOException {
        AtlasData data = new AtlasDataReader().read(AtlasDataReader.shipped());
        return of(data, read(LAND), read(BORDERS), read(COUNTRIES));
    }

    /** A GeoJSON file of the application's base map. */
    public static List<GeoFeature> read(String resource) throws IOException {
        try (InputStream in = Planner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource.substring(1) + " is missing from the application");
            }
            return GeoJsonReader.trusting().read(in, resource.substring(resource.lastIndexOf('/') + 1)).features();
        }
    }
}
