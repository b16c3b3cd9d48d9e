package org.briatlas.carto;

import org.briatlas.analysis.Geodesic;
import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks the base-map city labels that name the corridors' own places: the Chinese crossings and ports the
 * paper names (Heihe, Suifenhe, Dongning, Tongjiang, Fuyuan, Mohe, Manzhouli, Raohe and the rest). Marked
 * labels are placed right after the first-rank cities (see {@link LabelPlacer}), so that at the Heilongjiang
 * view the paper's places are named and a Russian town across the river, whose dot would touch theirs, gives
 * way. Only the labels are marked; the base map itself stays as generated. Pure; safe on any thread.
 */
public final class CorridorPlaceLabels {

    /** The kinds of corridor point that a label is marked for. */
    static final Set<String> KINDS = Set.of("border-crossing", "river-port", "sea-port");
    /** The country whose crossings are the paper's subject: Heilongjiang's side of every border. */
    static final String COUNTRY = "CN";
    /** How far a city's dot may lie from the corridor point it names. */
    static final double MATCH_KM = 20;

    private CorridorPlaceLabels() {
    }

    /**
     * @param labels   the base map's labels
     * @param features the corridor features; only the points of {@link #KINDS} that the paper names count
     * @return the labels, those naming such a point within {@link #MATCH_KM} marked
     */
    public static List<PlaceLabel> mark(List<PlaceLabel> labels, List<AtlasFeature> features) {
        List<Coordinate> places = new ArrayList<>();
        for (AtlasFeature f : features) {
            if (f.isPoint() && KINDS.contains(f.kind())
                    && !Boolean.FALSE.equals(f.properties().get("namedInPaper"))) {
                places.add(f.geometry().getCoordinate());
            }
        }
        if (places.isEmpty()) {
            return labels;
        }
        List<PlaceLabel> out = new ArrayList<>(labels.size());
        for (PlaceLabel l : labels) {
            out.add(names(l, places) ? l.asCorridorPlace() : l);
        }
        return List.copyOf(out);
    }

    private static boolean names(PlaceLabel l, List<Coordinate> places) {
        if (!l.hasMarker() || l.corridor() || !COUNTRY.equals(l.country())) {
            return false;
        }
        for (Coordinate c : places) {
            if (Geodesic.distanceKm(l.lon(), l.lat(), c.x, c.y) <= MATCH_KM) {
                return true;
            }
        }
        return false;
    }
}
