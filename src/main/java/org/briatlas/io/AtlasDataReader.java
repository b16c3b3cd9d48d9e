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
                if (!f.isLocated()) {
                    problems.add(new ReadProblem(layer.file(), i, f.id(), -1, "no location (\"geometry\": null)"));
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
     * kept (no atlas properties are required), those without a location too (not drawn; see
     * {@link GeoFeature#isLocated()}); invalid ones are reported by file, index, id and line. A file that is
     * not a regular file (a folder, a device, a pipe) or is larger than the reader's limit is refused
     * before it is opened, with an {@link IOException} whose message says why in plain words.
     */
    public AtlasData readUserFile(Path file) throws IOException {
        FeatureCollection fc = readUserCollection(file);
        List<AtlasFeature> features = new ArrayList<>();
        for (GeoFeature f : fc.features()) {
            features.add(new AtlasFeature(AtlasLayer.USER, f));
        }
        return new AtlasData(features, fc.problems());
    }

    /** The endings of the files read as users' layers, in every format the atlas reads. */
    public static final List<String> LAYER_ENDINGS = List.of(".geojson", ".json", ".geojsonl", ".geojsons",
            ".geojsonseq", ".ndjson", ".csv", ".tsv", ".kml", ".kmz", ".gpkg");

    /** True for a file name with one of {@link #LAYER_ENDINGS}, in any case. */
    public static boolean isLayerFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return LAYER_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Reads a user's file, keeping what the reader found out about it (its layout, its unlocated features),
     * after refusing what is not a regular file of at most the reader's limit (see {@link #checkUserFile}).
     */
    public FeatureCollection readUserCollection(Path file) throws IOException {
        checkUserFile(file, GeoJsonReader.MAX_DOCUMENT_BYTES);
        if (GeoPackageReader.accepts(file.getFileName().toString())) {
            return new GeoPackageReader().read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readUserCollection(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a user's file as {@link #readUserFile} does, keeping what the reader found out about it (its
     * layout, its unlocated features); the caller closes the stream. The window and the {@code inspect}
     * command both read user files through here.
     */
    public FeatureCollection readUserCollection(InputStream in, String name) throws IOException {
        if (CsvLayerReader.accepts(name)) {
            return new CsvLayerReader().read(in, name);
        }
        if (KmlLayerReader.accepts(name)) {
            return new KmlLayerReader().read(in, name);
        }
        if (GeoPackageReader.accepts(name)) {
            // SQLite reads files: the stream goes to a scratch file first (bounded as every user file is).
            Path scratch = java.nio.file.Files.createTempFile("bri-atlas-", ".gpkg");
            try {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(scratch)) {
                    byte[] buffer = new byte[1 << 16];
                    long total = 0;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > GeoJsonReader.MAX_DOCUMENT_BYTES) {
                            throw new IOException(name + " is larger than the largest layer the atlas reads");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                return new GeoPackageReader().read(scratch);
            } finally {
                java.nio.file.Files.deleteIfExists(scratch);
            }
        }
        return GeoJsonReader.validating().read(in, name);
    }

    /**
     * Refuses, without opening it, a path that is not a regular file of at most {@code maxBytes}: opening
     * a FIFO would wait for a writer, and a device such as /dev/zero never ends.
     */
    public static void checkUserFile(Path file, long maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a regular file (a device, a pipe or a socket); only files are read");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(file + " is " + size(size) + "; files of up to " + size(maxBytes) + " are read");
        }
    }

    /** A file size for a message: bytes, KB, MB or GB (of 1000). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
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
