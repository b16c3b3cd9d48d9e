package org.briatlas.model;

import java.util.List;

/**
 * What a GeoJSON file yielded: every feature that could be read, and every problem met on the way.
 * A file with problems still gives all of its valid features. Features without a location (RFC 7946
 * {@code "geometry": null}) are among the features; {@link #unlocated()} counts them. Immutable.
 *
 * @param format how the file was laid out
 */
public record FeatureCollection(String source, List<GeoFeature> features, List<ReadProblem> problems, Format format) {

    /** The layouts the reader understands. */
    public enum Format {
        /** One GeoJSON object (RFC 7946): a FeatureCollection, a Feature or a geometry. */
        GEOJSON("geojson"),
        /**
         * A sequence of GeoJSON texts: record-separated (RFC 8142, each text after an RS byte, 0x1E), one
         * per line, or written one after another.
         */
        GEOJSON_SEQ("geojsonseq"),
        /** A table with longitude and latitude columns, or a WKT column. */
        CSV("csv"),
        /** Google Earth's KML. */
        KML("kml"),
        /** KML in a zip. */
        KMZ("kmz"),
        /** An OGC GeoPackage's vector tables. */
        GPKG("gpkg");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        /** "geojson", "geojsonseq", "csv", "kml", "kmz" or "gpkg", as GDAL names them. */
        public String id() {
            return id;
        }
    }

    public FeatureCollection {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(format, "format");
    }

    /** A single GeoJSON object's features and problems. */
    public FeatureCollection(String source, List<GeoFeature> features, List<ReadProblem> problems) {
        this(source, features, problems, Format.GEOJSON);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** How many of the features have no location (they are listed, but not drawn). */
    public int unlocated() {
        return (int) features.stream().filter(f -> !f.isLocated()).count();
    }
}
