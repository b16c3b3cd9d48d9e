package org.briatlas.analysis.network;

import org.briatlas.analysis.Geodesic;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's distance claims of Section II (line 127) checked over the atlas's network: goods from Harbin via
 * Suifenhe and the Russian Far East ports reach Busan "224 km shorter way than via Dalian Port", and Niigata
 * and Yokohama 1390 km and 740 km shorter. The way via Suifenhe is the network's shortest rail-and-sea route
 * through Suifenhe; the way via Dalian is the network's shortest rail route to Dalian Port and a sea leg drawn
 * only for this comparison ({@link #LEGS}), schematic, through sea waypoints. The paper's figures stay as
 * printed; the atlas's stand beside them with the difference. Pure; safe on any thread.
 */
public final class Claims {

    /** The sea legs from Dalian drawn for the comparison, in the application. */
    public static final String LEGS = "/geo/analysis/comparison-legs.geojson";

    /**
     * @param port          the place the goods reach
     * @param paperKm       the saving the paper prints, km
     * @param viaSuifenhe   the atlas's route via Suifenhe, or null if there is none
     * @param viaDalianKm   the atlas's length via Dalian: rail to Dalian Port and the comparison sea leg
     * @param leg           the comparison leg used
     * @param citation      where the paper says so
     */
    public record Claim(AtlasFeature port, double paperKm, Route viaSuifenhe, Route toDalian, double viaDalianKm,
                        AtlasFeature leg, String citation) {

        /** The saving the atlas measures, km (NaN if a way is missing). */
        public double atlasKm() {
            return viaSuifenhe == null || toDalian == null ? Double.NaN : viaDalianKm - viaSuifenhe.lengthKm();
        }

        /** The atlas's saving less the paper's, km. */
        public double differenceKm() {
            return atlasKm() - paperKm;
        }
    }

    private Claims() {
    }

    /** The comparison legs shipped with the atlas. */
    public static List<AtlasFeature> legs() throws IOException {
        try (InputStream in = Claims.class.getResourceAsStream(LEGS)) {
            if (in == null) {
                throw new IOException(LEGS.substring(1) + " is missing from the application");
            }
            List<AtlasFeature> out = new ArrayList<>();
            for (GeoFeature f : GeoJsonReader.trusting().read(in, "comparison-legs.geojson").features()) {
                out.add(new AtlasFeature(AtlasLayer.LAND_SEA, f));
            }
            return List.copyOf(out);
        }
    }

    /** The paper's three savings, each checked over the planner's network with its comparison leg. */
    public static List<Claim> check(Planner planner, List<AtlasFeature> legs) {
        Map<String, Double> printed = Map.of("busan", 224.0, "niigata", 1390.0, "yokohama", 740.0);
        CorridorNetwork net = planner.network();
        RouteFinder finder = new RouteFinder(net);
        Node harbin = net.nodeOf("place-harbin").orElseThrow();
        Node suifenhe = net.nodeOf("place-suifenhe").orElseThrow();
        Node dalian = net.nodeOf("place-dalian-port").orElseThrow();
        List<Claim> out = new ArrayList<>();
        for (String claim : List.of("busan", "niigata", "yokohama")) {
            Optional<AtlasFeature> leg = legs.stream().filter(l -> claim.equals(l.properties().get("claim")))
                    .findFirst();
            if (leg.isEmpty()) {
                continue;
            }
            List<?> places = leg.get().list("places");
            String portId = String.valueOf(places.get(places.size() - 1));
            AtlasFeature port = planner.data().byId(portId).orElseThrow();
            Route north = net.nodeOf(portId).flatMap(n -> finder.find(harbin, n, List.of(suifenhe),
                    EnumSet.of(Mode.RAIL, Mode.SEA), 0).stream().findFirst()).orElse(null);
            Route toDalian = finder.find(harbin, dalian, List.of(), EnumSet.of(Mode.RAIL), 0).stream().findFirst()
                    .orElse(null);
            double south = toDalian == null ? Double.NaN : toDalian.lengthKm() + Geodesic.lengthKm(leg.get().geometry());
            out.add(new Claim(port, printed.get(claim), north, toDalian, south, leg.get(), leg.get().citation()));
        }
        return List.copyOf(out);
    }
}
