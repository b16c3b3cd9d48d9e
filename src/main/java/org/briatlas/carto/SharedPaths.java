package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Where the painter's lines share paths, for each set of channels shown: for each line its {@link Bundles}
 * slots, or null where it runs alone. A hidden channel leaves its slot: the others close up around it. Worked
 * out once per set of channels (tens of ms for the shipped corridors), on whichever thread asks first; the
 * loader asks for the layers shown at start off the interface thread. Thread-safe.
 */
final class SharedPaths {

    /** Lines closer than this (normalised Mercator, about 500 m) run along the same path. */
    static final double TOLERANCE = 1.2e-5;

    private final List<AtlasLayer> layers;
    private final List<double[][]> parts;
    private final Map<Set<AtlasLayer>, Bundles.Slots[]> byShown = new ConcurrentHashMap<>();

    /** The lines' layers and projected parts, in the painter's order of lines. */
    SharedPaths(List<AtlasLayer> layers, List<double[][]> parts) {
        this.layers = List.copyOf(layers);
        this.parts = List.copyOf(parts);
    }

    /** The slots of every line with these layers shown (only the channels among them count). */
    Bundles.Slots[] slots(Predicate<AtlasLayer> shown) {
        Set<AtlasLayer> channels = EnumSet.noneOf(AtlasLayer.class);
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l.isChannel() && shown.test(l)) {
                channels.add(l);
            }
        }
        return byShown.computeIfAbsent(Collections.unmodifiableSet(channels), this::workOut);
    }

    private Bundles.Slots[] workOut(Set<AtlasLayer> channels) {
        // Shared paths of the Table 2 channels (a user's layer is drawn as it is: it may be large).
        List<Bundles.Member> members = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (channels.contains(layers.get(i))) {
                members.add(new Bundles.Member(i, parts.get(i)));
                at.add(i);
            }
        }
        Bundles.Slots[] out = new Bundles.Slots[layers.size()];
        List<Bundles.Slots> found = Bundles.of(members, TOLERANCE);
        for (int i = 0; i < at.size(); i++) {
            out[at.get(i)] = found.get(i).alone() ? null : found.get(i);
        }
        return out;
    }
}
