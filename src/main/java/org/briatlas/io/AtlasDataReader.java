package org.briatlas.io;

import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the atlas's thematic layers (the Table 2 channels, places and thematic points) with the same
 * {@link GeoJsonReader} that reads any user file, validating geometry, and checks that every feature
 * carries what the atlas promises: an id unique across layers, an English name, a kind and a citation.
 * A file that is missing or damaged is reported, and every other layer and feature still loads.
 * Stateless; safe on any thread.
 */
public final class AtlasDataReader {

    /** The layers shipped inside the application (geo/ in the repository). */
    public static DataSource shipped() {
        return DataSource.shipped("/geo/", "geo/");
    }

    /** Layers in a folder laid out like geo/. */
    public static DataSource folder(Path root) {
        return DataSource.folder(root);
    }

    public AtlasData read(DataSource source) {
        List<AtlasFeature> features = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (AtlasLayer layer : AtlasLayer.values()) {
            if (!layer.isShipped()) {
                continue;
            }
            FeatureCollection fc;
            try (InputStream in = source.open(layer.file())) {
                fc = GeoJsonReader.validating().read(in, layer.file());
            } catch (NoSuchFileException e) {
                problems.add(new ReadProblem(layer.file(), -1, null, -1, "the layer file is missing"));
                continue;
            } catch (IOException e) {
                problems.add(new ReadProblem(layer.file(), -1, null, -1, "cannot be read: " + e.getMessage()));
                continue;
            }
            problems.addAll(fc.problems());
            for (int i = 0; i < fc.features().size(); i++) {
                GeoFeature f = fc.features().get(i);
                AtlasFeature af = new AtlasFeature(layer, f);
                String missing = missingProperty(f);
                if (missing != null) {
                    problems.add(new ReadProblem(layer.file(), i, f.id(), -1, missing));
                    continue;
                }
                if (!ids.add(af.id())) {
                    problems.add(new ReadProblem(layer.file(), i, af.id(), -1, "id is used by another feature too"));
                    continue;
                }
                features.add(af);
            }
        }
        return new AtlasData(features, problems);
    }

    /**
     * Reads a GeoJSON file of the user's as the {@link AtlasLayer#USER} layer: any valid feature is
     * kept (no atlas properties are required); invalid ones are reported by file, index, id and line.
     */
    public AtlasData readUserFile(Path file) throws IOException {
        FeatureCollection fc = GeoJsonReader.validating().read(file);
        List<AtlasFeature> features = new ArrayList<>();
        for (GeoFeature f : fc.features()) {
            features.add(new AtlasFeature(AtlasLayer.USER, f));
        }
        return new AtlasData(features, fc.problems());
    }

    private static String missingProperty(GeoFeature f) {
        Map<String, Object> p = f.properties();
        if (!(p.get("id") instanceof String id) || id.isBlank()) {
            return "no \"id\" property";
        }
        if (!(p.get("name") instanceof Map<?, ?> name) || !(name.get("en") instanceof String)) {
            return "no English name (\"name\": {\"en\": ...})";
        }
        if (!(p.get("kind") instanceof String)) {
            return "no \"kind\" property";
        }
        boolean cited = p.get("citation") instanceof Map<?, ?> c && (c.get("table") != null || c.get("section") != null);
        // A place the paper does not name (a route node such as a Russian border station) must name its source.
        boolean outside = Boolean.FALSE.equals(p.get("namedInPaper")) && p.get("geometrySource") instanceof String;
        if (!cited && !outside) {
            return "no citation (\"citation\" with a table or section, or \"namedInPaper\": false with a "
                    + "\"geometrySource\")";
        }
        return null;
    }
}
