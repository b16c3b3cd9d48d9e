package org.briatlas.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every thematic feature the atlas loaded, by layer, and every problem met while loading.
 * Immutable.
 */
public record AtlasData(List<AtlasFeature> features, List<ReadProblem> problems) {

    public AtlasData {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public List<AtlasFeature> layer(AtlasLayer layer) {
        return features.stream().filter(f -> f.layer() == layer).toList();
    }

    public Map<AtlasLayer, Integer> counts() {
        Map<AtlasLayer, Integer> counts = new EnumMap<>(AtlasLayer.class);
        for (AtlasLayer l : AtlasLayer.values()) {
            counts.put(l, 0);
        }
        features.forEach(f -> counts.merge(f.layer(), 1, Integer::sum));
        return counts;
    }

    /** This data with the user's layer replaced by other features, and their problems added. */
    public AtlasData withUserLayer(List<AtlasFeature> userFeatures, List<ReadProblem> userProblems) {
        List<AtlasFeature> all = new java.util.ArrayList<>(features.stream()
                .filter(f -> f.layer() != AtlasLayer.USER).toList());
        all.addAll(userFeatures);
        List<ReadProblem> p = new java.util.ArrayList<>(problems);
        p.addAll(userProblems);
        return new AtlasData(all, p);
    }

    public Optional<AtlasFeature> byId(String id) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
