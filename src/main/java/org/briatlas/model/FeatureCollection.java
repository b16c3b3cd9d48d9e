package org.briatlas.model;

import java.util.List;

/**
 * What a GeoJSON file yielded: every feature that could be read, and every problem met on the way.
 * A file with problems still gives all of its valid features.
 */
public record FeatureCollection(String source, List<GeoFeature> features, List<ReadProblem> problems) {

    public FeatureCollection {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
