package org.briatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reading of one file by {@link GeoJsonReader}: the features and problems found so far, the index of
 * the next feature, and where the current JSON text starts in the file (a text of a sequence is parsed on
 * its own, and its positions are moved to the file's). One thread.
 */
final class ReadSession {

    /** So many bytes were not UTF-8 that the file is not text; the reading stops. */
    static final class NotTextException extends IOException {
        final int line;

        NotTextException(int line) {
            super("not UTF-8 text");
            this.line = line;
        }
    }

    /** Members of a top-level Feature or geometry that are kept; any other member is skipped. */
    private static final Set<String> SINGLE_MEMBERS = Set.of("geometry", "geometries", "properties", "id",
            "coordinates");

    private final String source;
    private final CheckedInput in;
    private final GeoJsonReader.Limits limits;
    private final GeometryBuilder geometries;
    private final List<GeoFeature> features = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private FeatureCollection.Format format = FeatureCollection.Format.GEOJSON;
    private int nextIndex;

    /** The current JSON text: its parser, and its first byte's file offset, line and column. */
    private JsonParser p;
    private ValueReader values;
    private long base;
    private int baseLine = 1;
    private int baseColumn = 1;

    ReadSession(String source, CheckedInput in, GeoJsonReader.Limits limits, GeometryBuilder geometries) {
        this.source = source;
        this.in = in;
        this.limits = limits;
        this.geometries = geometries;
    }

    FeatureCollection result() {
        return new FeatureCollection(source, features, problems, format);
    }

    void problem(int index, String id, int line, int column, String message) {
        problems.add(new ReadProblem(source, index, named(id), line, column, message));
    }

    /** A problem that ends the reading of the file, with how much was read before it. */
    void stopped(int line, int column, String reason) {
        int n = features.size();
        problem(-1, null, line, column, reason + "; reading stopped there, " + switch (n) {
            case 0 -> "nothing was read before it";
            case 1 -> "1 feature was read before it";
            default -> n + " features were read before it";
        });
    }

    private int line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? -1 : baseLine + at.getLineNr() - 1;
    }

    private int column(JsonLocation at) {
        if (at == null || at.getColumnNr() < 1) {
            return -1;
        }
        return at.getLineNr() == 1 ? baseColumn + at.getColumnNr() - 1 : at.getColumnNr();
    }

    private long offset(JsonLocation at) {
        return at == null || at.getByteOffset() < 0 ? in.position() : base + at.getByteOffset();
    }

    private final org.briatlas.model.CompactProperties.Sharing sharing = new org.briatlas.model.CompactProperties.Sharing();

    private void begin(JsonFactory json, InputStream text) throws IOException {
        base = in.position();
        p = json.createParser(text);
        // One sharing of names and texts for the whole file: in a text sequence each record has a parser of its
        // own, and a million records would otherwise each keep their own copy of the same names.
        values = new ValueReader(p, limits, sharing);
    }

    // ---- one JSON document -------------------------------------------------------------------------

    /** The whole file as one JSON text: a GeoJSON object, or Features and geometries one after another. */
    void readDocument(JsonFactory json) throws IOException {
        baseColumn = (int) in.position() + 1;
        begin(json, in);
        try (JsonParser parser = p) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                problem(-1, null, -1, -1, in.position() == 0 ? "the file is empty" : "the file holds only white space");
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                problem(-1, null, line(at), column(at), "not GeoJSON: the file holds " + what(t)
                        + " at the top level, not a GeoJSON object");
                return;
            }
            String kind = readRoot();
            boolean sequence = kind != null && !"FeatureCollection".equals(kind);
            while (true) {
                JsonToken next;
                try {
                    next = parser.nextToken();
                } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                    throw e;
                } catch (JsonProcessingException e) {
                    trailing(kind, e.getLocation() != null ? e.getLocation() : parser.currentLocation());
                    return;
                }
                if (next == null) {
                    break;
                }
                if (!sequence || next != JsonToken.START_OBJECT) {
                    trailing(kind, parser.currentTokenLocation());
                    return;
                }
                // Features written one after another: a sequence without separators.
                format = FeatureCollection.Format.GEOJSON_SEQ;
                String k = readRoot();
                kind = k == null ? kind : k;
            }
            outsideFeatures(Long.MAX_VALUE, -1);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            String reason = JsonErrors.describe(e);
            CheckedInput.Invalid cause = causeOf(e, at);
            if (cause != null) {
                stopped(cause.line(), cause.column(), "not valid UTF-8: " + cause.what());
            } else {
                stopped(line(at), column(at), reason);
            }
        }
    }

    private void trailing(String kind, JsonLocation at) throws IOException {
        outsideFeatures(offset(at), -1);
        String what = kind == null ? "top-level object" : kind;
        stopped(line(at), column(at), "the file goes on after the end of the " + what + " (a GeoJSON file holds one"
                + " object; for one feature per line write a GeoJSON text sequence)");
    }

    /**
     * The invalid UTF-8 that made the parser fail, if that is what it met: a replaced byte, read as '?',
     * before the place where it stopped. Invalid bytes before it that were in no feature are reported too.
     */
    private CheckedInput.Invalid causeOf(JsonProcessingException e, JsonLocation at) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<CheckedInput.Invalid> before = in.invalidBefore(at == null ? Long.MAX_VALUE : offset(at) + 1);
        boolean aboutReplacement = m.contains("'?' (code 63)") || m.matches("(?s)^Unrecognized token '[^']*\\?.*");
        CheckedInput.Invalid cause = aboutReplacement && !before.isEmpty() ? before.remove(before.size() - 1) : null;
        for (CheckedInput.Invalid bad : before) {
            problem(-1, null, bad.line(), bad.column(), "not valid UTF-8: " + bad.what());
        }
        return cause;
    }

    /** Reports the invalid UTF-8 met before an offset that lay in no feature. */
    private void outsideFeatures(long offset, int index) throws NotTextException {
        if (in.tooManyInvalid()) {
            throw new NotTextException(-1);
        }
        for (CheckedInput.Invalid bad : in.invalidBefore(offset)) {
            problem(index, null, bad.line(), bad.column(), "not valid UTF-8: " + bad.what()
                    + (index < 0 ? " (outside any feature)" : ""));
        }
    }

    private static String what(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    // ---- GeoJSON objects ---------------------------------------------------------------------------

    /**
     * Reads a top-level GeoJSON object whose START_OBJECT is current: the features of a FeatureCollection
     * as they come, or the one Feature or geometry. Returns its type, or null if it is not GeoJSON.
     */
    private String readRoot() throws IOException {
        JsonLocation start = p.currentTokenLocation();
        outsideFeatures(offset(start), -1);
        values.beginFeature();
        String type = null;
        boolean sawFeatures = false;
        Map<String, Object> single = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("features".equals(field) && t == JsonToken.START_ARRAY) {
                sawFeatures = true;
                Object[] saved = values.save();
                readFeatureArray();
                values.restore(saved);
            } else if ("type".equals(field) && t == JsonToken.VALUE_STRING) {
                type = values.string();
            } else if ("crs".equals(field) && t == JsonToken.START_OBJECT) {
                crs = crsName(values.value(t, 2, false));
            } else if (SINGLE_MEMBERS.contains(field)) {
                Object value = "coordinates".equals(field) && t == JsonToken.START_ARRAY ? values.coordinates(2)
                        : "properties".equals(field) && t == JsonToken.START_OBJECT ? values.properties(2)
                        : values.value(t, 2, !"properties".equals(field));
                single.put(field, value);
                if ("id".equals(field)) {
                    values.noteId(value);
                }
            } else {
                values.skip(t);
            }
        }
        long end = offset(p.currentLocation());
        if (crs != null && !isLonLat(crs)) {
            // Coordinates in another system would be read as degrees and land in the wrong places.
            features.clear();
            problem(-1, null, line(start), column(start), "the file's coordinates are in " + GeometryBuilder.shorten(crs)
                    + "; the atlas reads longitude and latitude (CRS84 or EPSG:4326) only: reproject the file, e.g."
                    + " ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson");
            return type;
        }
        if ("FeatureCollection".equals(type)) {
            outsideFeatures(end, -1);
            if (!sawFeatures) {
                problem(-1, null, line(start), column(start), "FeatureCollection without a features array");
            }
            return type;
        }
        if ("Feature".equals(type)) {
            single.put("type", type);
            finishFeature(nextIndex++, single, start, end);
            return type;
        }
        if (type != null && GeometryBuilder.isGeometryType(type)) {
            single.put("type", type);
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", single);
            finishFeature(nextIndex++, feature, start, end);
            return type;
        }
        outsideFeatures(end, -1);
        problem(-1, null, line(start), column(start), type == null ? "not GeoJSON: no \"type\" member at the top level"
                : "unknown GeoJSON type \"" + GeometryBuilder.shorten(type) + "\"");
        return null;
    }

    /** The legacy (GeoJSON 2008) {@code crs} member's name, or "" when it names none. */
    private String crs;

    private static String crsName(Object crs) {
        if (crs instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> props
                && props.get("name") instanceof String name) {
            return name.strip();
        }
        return "";
    }

    /** True for the names of longitude-latitude on WGS84 (and for a crs that names nothing, as if absent). */
    static boolean isLonLat(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return n.isEmpty() || n.endsWith(":CRS84") || n.endsWith("/CRS84") || n.equals("EPSG:4326")
                || n.endsWith(":EPSG::4326") || n.endsWith(":EPSG:4326") || n.endsWith("/EPSG/0/4326")
                || n.equals("WGS84") || n.equals("WGS 84");
    }

    private void readFeatureArray() throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            JsonLocation start = p.currentTokenLocation();
            int index = nextIndex++;
            outsideFeatures(offset(start), -1);
            if (t != JsonToken.START_OBJECT) {
                problem(index, null, line(start), -1, "a feature must be a JSON object");
                values.skip(t);
                continue;
            }
            values.beginFeature();
            Map<String, Object> raw = values.feature();
            finishFeature(index, raw, start, offset(p.currentLocation()));
        }
    }

    /** Checks a feature read up to its closing brace (at file offset {@code end}) and keeps it or reports it. */
    private void finishFeature(int index, Map<String, Object> raw, JsonLocation start, long end) throws IOException {
        if (in.tooManyInvalid()) {
            throw new NotTextException(line(start));
        }
        String id = idOf(raw);
        List<CheckedInput.Invalid> bad = in.invalidBefore(end);
        if (!bad.isEmpty()) {
            problem(index, id, bad.get(0).line(), bad.get(0).column(), "not valid UTF-8: " + bad.get(0).what());
            return;
        }
        if (values.violation() != null) {
            JsonLocation at = values.violationAt();
            problem(index, id, line(at), -1, values.violation());
            return;
        }
        Object type = raw.get("type");
        if (!"Feature".equals(type)) {
            problem(index, id, line(start), -1, "\"type\" is " + (type == null ? "missing"
                    : "\"" + GeometryBuilder.shorten(String.valueOf(type)) + "\"") + ", expected \"Feature\"");
            return;
        }
        try {
            Object g = raw.get("geometry");
            Geometry geometry;
            if (g == null) {
                geometry = GeometryBuilder.FACTORY.createGeometryCollection();
            } else if (g instanceof Map<?, ?> geometryMap) {
                geometry = geometries.build(geometryMap);
            } else {
                throw new GeometryBuilder.FeatureException("\"geometry\" must be an object or null");
            }
            Object props = raw.get("properties");
            if (props != null && !(props instanceof Map)) {
                throw new GeometryBuilder.FeatureException("\"properties\" must be an object or null");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = props == null ? Map.of() : (Map<String, Object>) props;
            features.add(new GeoFeature(id, geometry, properties));
        } catch (GeometryBuilder.FeatureException e) {
            problem(index, id, line(start), -1, e.getMessage());
        } catch (RuntimeException e) {
            // JTS refusing a geometry the checks above let through: still a problem of this feature alone.
            problem(index, id, line(start), -1, "the geometry cannot be used: " + e.getMessage());
        }
    }

    private static String idOf(Map<String, Object> raw) {
        Object id = raw.get("id");
        if (id == null && raw.get("properties") instanceof Map<?, ?> props) {
            id = props.get("id");
        }
        return id == null ? null : id.toString();
    }

    /** An id as a problem names it: a pathologically long one is cut. */
    private static String named(String id) {
        return id == null || id.length() <= 200 ? id : id.substring(0, 200) + "...";
    }

    // ---- text sequences ----------------------------------------------------------------------------

    /**
     * The file as a sequence of JSON texts, each parsed on its own: separated by RS bytes (RFC 8142), or
     * with {@code lines}, one per line. A text that cannot be read is reported and the next one is read.
     */
    void readRecords(JsonFactory json, boolean lines) throws IOException {
        format = FeatureCollection.Format.GEOJSON_SEQ;
        while (in.skipToRecord(lines)) {
            outsideFeatures(in.position(), -1);
            int index = nextIndex;
            baseLine = in.servedLine();
            baseColumn = in.servedColumn();
            try (InputStream text = in.record(lines)) {
                begin(json, text);
                try (JsonParser parser = p) {
                    JsonToken t = parser.nextToken();
                    if (t != JsonToken.START_OBJECT) {
                        JsonLocation at = parser.currentTokenLocation();
                        problem(nextIndex++, null, line(at), column(at), "not GeoJSON: the " + (lines ? "line" : "text")
                                + " holds " + what(t) + ", not a GeoJSON object");
                        values.skip(t);
                    } else {
                        readRoot();
                    }
                    JsonLocation after = null;
                    try {
                        if (parser.nextToken() != null) {
                            after = parser.currentTokenLocation();
                        }
                    } catch (JsonProcessingException e) {
                        after = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                    }
                    if (after != null) {
                        problem(index, null, line(after), column(after), "the " + (lines ? "line" : "text")
                                + " goes on after the end of its GeoJSON object");
                    }
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                    CheckedInput.Invalid cause = causeOf(e, at);
                    // The feature being read: the record's own, or the last begun of a FeatureCollection in it.
                    index = Math.max(index, nextIndex - 1);
                    if (cause != null) {
                        problem(index, values.featureId(), cause.line(), cause.column(),
                                "not valid UTF-8: " + cause.what());
                    } else if (JsonErrors.isEndOfInput(e)) {
                        // Where the cut-short text starts, rather than where the next one does.
                        String ends = lines ? "the line ends" : "the text ends";
                        problem(index, values.featureId(), baseLine, baseColumn,
                                JsonErrors.describe(e).replace("the file ends", ends));
                    } else {
                        problem(index, values.featureId(), line(at), column(at), JsonErrors.describe(e));
                    }
                    nextIndex = Math.max(nextIndex, index + 1);
                }
            }
            outsideFeatures(in.position(), index);
        }
    }
}
