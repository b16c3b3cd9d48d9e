package org.briatlas.cli;

import org.briatlas.analysis.Near;
import org.briatlas.analysis.network.BorderCrossings;
import org.briatlas.analysis.network.CorridorNetwork;
import org.briatlas.analysis.network.LandMask;
import org.briatlas.analysis.network.Mode;
import org.briatlas.analysis.network.Node;
import org.briatlas.analysis.network.Planner;
import org.briatlas.analysis.network.RouteFinder;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.GeoFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The planner's part of {@code bench}: building the network, computing the crossings, route and near
 * queries, each timed as a median of several runs after a warm-up, and each also as a ratio to reading the
 * corridor layers (a Jackson pass with validation) timed interleaved with it in this process, which a noisy
 * machine slows alike.
 */
final class PlannerBench {

    private static final int RUNS = 7;

    private final PrintStream out;

    PlannerBench(PrintStream out) {
        this.out = out;
    }

    void run() throws Cli.CommandFailure {
        AtlasData data;
        List<GeoFeature> land;
        List<GeoFeature> borders;
        List<GeoFeature> countries;
        try {
            data = new AtlasDataReader().read(AtlasDataReader.shipped());
            land = Planner.read(Planner.LAND);
            borders = Planner.read(Planner.BORDERS);
            countries = Planner.read(Planner.COUNTRIES);
        } catch (IOException e) {
            throw new Cli.CommandFailure("the planner's data cannot be read: " + e.getMessage(), e);
        }
        LandMask onLand = new LandMask(land);
        LandMask country = new LandMask(countries, c -> c.text("iso").orElse(null));
        Supplier<Object> reference = () -> new AtlasDataReader().read(AtlasDataReader.shipped());
        CorridorNetwork net = CorridorNetwork.build(data.features(), onLand);
        RouteFinder finder = new RouteFinder(net);
        Node harbin = net.nodeOf("place-harbin").orElseThrow();
        Node busan = net.nodeOf("place-busan-port").orElseThrow();
        Node hamburg = net.nodeOf("place-hamburg-port").orElseThrow();
        AtlasFeature train = data.byId("rail-harbin-europe-train").orElseThrow();
        out.println("planner (median of " + RUNS + " after a warm-up; ratio to reading the corridor layers, timed"
                + " interleaved):");
        time("network built (" + net.nodes().size() + " nodes, " + net.graph().edgeSet().size() + " edges)",
                () -> CorridorNetwork.build(data.features(), onLand), reference);
        time("border crossings computed", () -> BorderCrossings.compute(data.features(), borders, onLand,
                country::labelAt), reference);
        time("route Harbin - Busan, 2 alternatives", () -> finder.find(harbin, busan, List.of(),
                EnumSet.allOf(Mode.class), 2), reference);
        time("route Harbin - Hamburg, shortest", () -> finder.find(harbin, hamburg, List.of(),
                EnumSet.allOf(Mode.class), 0), reference);
        time("near: within 50 km of the Harbin-Europe train", () -> Near.within(train.geometry(), 50,
                data.features(), train), reference);
    }

    private void time(String what, Supplier<Object> work, Supplier<Object> reference) {
        work.get();
        reference.get();
        double[] ms = new double[RUNS];
        double[] ref = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            reference.get();
            ref[i] = (System.nanoTime() - t1) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(ref);
        double m = ms[RUNS / 2];
        double r = ref[RUNS / 2];
        out.printf(Locale.ROOT, "  %-52s median %7.2f ms   %5.2fx the corridor read (%.1f ms)%n", what, m, m / r, r);
    }
}
