package org.briatlas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every thematic feature the atlas loaded, by layer, and every problem met while loading. The lists by
 * layer, the counts and the look-up by id are made once, when the data is made (so off the interface
 * thread, by whoever reads the files), and cost nothing afterwards, however many features a user's layer
 * has. Immutable; any thread.
 */
public final class AtlasData {

    private final List<AtlasFeature> features;
    private final List<ReadProblem> problems;
    private final Map<AtlasLayer, List<AtlasFeature>> byLayer = new EnumMap<>(AtlasLayer.class);
    private final Map<AtlasLayer, Integer> counts = new EnumMap<>(AtlasLayer.class);
    private final Map<String, AtlasFeature> byId = new HashMap<>();

    public AtlasData(List<AtlasFeature> features, List<ReadProblem> problems) {
        this.features = List.copyOf(features);
        this.problems = List.copyOf(problems);
        Map<AtlasLayer, List<AtlasFeature>> lists = new EnumMap<>(AtlasLayer.class);
        for (AtlasLayer l : AtlasLayer.values()) {
            lists.put(l, new ArrayList<>());
        }
        for (AtlasFeature f : this.features) {
            lists.get(f.layer()).add(f);
            // The first feature of an id wins, as the shipped reader keeps ids unique.
            byId.putIfAbsent(f.id(), f);
        }
        lists.forEach((l, list) -> {
            byLayer.put(l, Collections.unmodifiableList(list));
            counts.put(l, list.size());
        });
    }

    public List<AtlasFeature> features() {
        return features;
    }

    public List<ReadProblem> problems() {
        return problems;
    }

    /** The features of one layer, in the order read. */
    public List<AtlasFeature> layer(AtlasLayer layer) {
        return byLayer.get(layer);
    }

    /** The number of features of every layer (read-only). */
    public Map<AtlasLayer, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** This data with the user's layer replaced by other features, and their problems added. */
    public AtlasData withUserLayer(List<AtlasFeature> userFeatures, List<ReadProblem> userProblems) {
        List<AtlasFeature> all = new ArrayList<>(features.size() - layer(AtlasLayer.USER).size()
                + userFeatures.size());
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l != AtlasLayer.USER) {
                all.addAll(layer(l));
            }
        }
        all.addAll(userFeatures);
        List<ReadProblem> p = new ArrayList<>(problems);
        p.addAll(userProblems);
        return new AtlasData(all, p);
    }

    public Optional<AtlasFeature> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
