package org.briatlas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON values of one feature from a streaming parser into plain Java values (maps, lists,
 * strings, Integer, Long, BigInteger, Double, booleans, null; positions as {@code double[]}), holding each
 * value to the reader's per-feature limits.
 *
 * <p>A value beyond a limit is skipped as a whole and remembered as the feature's {@link #violation()}; the
 * reading goes on to the end of the feature, so the parser always stops at a known place (the feature's
 * closing brace) and the feature's id can still be named. Only the parser's own limits, set higher, end the
 * reading of the file. One parser, one thread.
 */
final class ValueReader {

    private final JsonParser p;
    private final GeoJsonReader.Limits limits;
    private String violation;
    private JsonLocation violationAt;
    private String featureId;
    /** The position being parsed (coordinates are copied out of it at their count). */
    private double[] scratch = new double[4];

    ValueReader(JsonParser p, GeoJsonReader.Limits limits, org.briatlas.model.CompactProperties.Sharing sharing) {
        this.p = p;
        this.limits = limits;
        this.sharing = sharing;
    }

    /** Forgets the previous feature's violation. */
    void beginFeature() {
        violation = null;
        violationAt = null;
        featureId = null;
    }

    /** The current feature's "id" member, once it has been read (for problems that end its reading). */
    String featureId() {
        return featureId;
    }

    void noteId(Object id) {
        if (id instanceof String || id instanceof Number) {
            featureId = id.toString();
        }
    }

    /** The first value of the current feature that broke a limit, in plain words, or null. */
    String violation() {
        return violation;
    }

    JsonLocation violationAt() {
        return violationAt;
    }

    /** Saves and clears the violation (around the features of a collection), to {@link #restore} it after. */
    Object[] save() {
        Object[] saved = {violation, violationAt, featureId};
        beginFeature();
        return saved;
    }

    void restore(Object[] saved) {
        violation = (String) saved[0];
        violationAt = (JsonLocation) saved[1];
        featureId = (String) saved[2];
    }

    private void violate(String what) {
        if (violation == null) {
            violation = what;
            violationAt = p.currentTokenLocation();
        }
    }

    /** Skips the value whose first token is current. */
    void skip(JsonToken t) throws IOException {
        if (t != null && t.isStructStart()) {
            p.skipChildren();
        }
    }

    /**
     * The members of the object whose START_OBJECT is current, at a nesting depth within the feature (1 for
     * the feature itself). Where {@code geometric}, a "coordinates" array is read as positions; a feature's
     * "properties" are plain values at any depth.
     */
    Map<String, Object> object(int depth, boolean geometric) throws IOException {
        // A feature's and a geometry's members are looked up by name and thrown away: two small arrays will do.
        // Objects among the properties keep their order, for the attribute table.
        return members(geometric ? new Members() : new LinkedHashMap<>(), depth, geometric, false);
    }

    private final Members featureMembers = new Members();
    private final Members geometryMembers = new Members();

    /**
     * The members of a feature of a collection, whose START_OBJECT is current: as {@link #object} at depth 1,
     * but into the same two maps every time (the feature's, and its "geometry" member's), valid until the next
     * call. The reader builds the feature from them and lets them go; a million features make no maps.
     */
    Map<String, Object> feature() throws IOException {
        featureMembers.clear();
        return members(featureMembers, 1, true, true);
    }

    private Map<String, Object> members(Map<String, Object> map, int depth, boolean geometric, boolean reused)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName();
            if (name == null) {
                continue;
            }
            JsonToken t = p.nextToken();
            boolean positions = geometric && "coordinates".equals(name) && t == JsonToken.START_ARRAY;
            boolean properties = depth == 1 && "properties".equals(name);
            boolean geometry = reused && t == JsonToken.START_OBJECT && "geometry".equals(name)
                    && !map.containsKey(name);
            if (geometry) {
                geometryMembers.clear();
            }
            Object value = positions ? coordinates(depth + 1)
                    : properties && t == JsonToken.START_OBJECT ? properties(depth + 1)
                    : geometry ? members(geometryMembers, depth + 1, true, false)
                    : value(t, depth + 1, geometric && !properties);
            map.put(name, value);
            if (depth == 1 && "id".equals(name)) {
                noteId(value);
            }
        }
        return map;
    }

    private final org.briatlas.model.CompactProperties.Sharing sharing;
    private String[] names = new String[16];
    private Object[] values = new Object[16];

    /**
     * A feature's "properties" object (its START_OBJECT current), as compact properties: names shared with
     * the file's other features, short texts shared too. A name given twice keeps its last value, as a map
     * would.
     */
    Map<String, Object> properties(int depth) throws IOException {
        int n = 0;
        java.util.Map<String, Integer> index = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = memberName();
            if (name == null) {
                continue;
            }
            JsonToken t = p.nextToken();
            Object v = value(t, depth + 1, false);
            if (v instanceof String text) {
                v = sharing.text(text);
            }
            int at = -1;
            if (index != null) {
                at = index.getOrDefault(name, -1);
            } else {
                for (int i = 0; i < n; i++) {
                    if (names[i].equals(name)) {
                        at = i;
                    }
                }
            }
            if (at >= 0) {
                values[at] = v;
                continue;
            }
            if (n == names.length) {
                names = Arrays.copyOf(names, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            names[n] = name;
            values[n++] = v;
            // Many names: look them up by hash, so that a hostile feature of a million names stays linear.
            if (n == 32) {
                index = new java.util.HashMap<>();
                for (int i = 0; i < n; i++) {
                    index.put(names[i], i);
                }
            } else if (index != null) {
                index.put(name, n - 1);
            }
        }
        return new org.briatlas.model.CompactProperties(sharing.names(names, n), Arrays.copyOf(values, n));
    }

    /**
     * The current member's name, or null (its value skipped, the violation noted) if it is longer than the
     * limit.
     */
    private String memberName() throws IOException {
        String name = p.currentName();
        if (name.length() > limits.featureName()) {
            violate("a member name of " + name.length() + " characters (the limit is " + limits.featureName() + ")");
            skip(p.nextToken());
            return null;
        }
        return name;
    }

    /** The value whose first token is {@code t}, at a nesting depth within the feature; null if it broke a limit. */
    Object value(JsonToken t, int depth, boolean geometric) throws IOException {
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                if (depth > limits.featureDepth()) {
                    violate("a value nested more than " + limits.featureDepth() + " levels deep");
                    p.skipChildren();
                    return null;
                }
                if (t == JsonToken.START_OBJECT) {
                    return object(depth, geometric);
                }
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    list.add(value(next, depth + 1, geometric));
                }
                return list;
            }
            case VALUE_STRING -> {
                return string();
            }
            case VALUE_NUMBER_INT -> {
                return integer();
            }
            case VALUE_NUMBER_FLOAT -> {
                return floating();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    /** The current string token, or null if it is longer than the limit. */
    String string() throws IOException {
        int length = p.getTextLength();
        if (length > limits.featureString()) {
            violate("a text of " + length + " characters (the limit is " + limits.featureString() + ")");
            return null;
        }
        String word = length <= LONGEST_WORD ? word(p.getTextCharacters(), p.getTextOffset(), length) : null;
        return word != null ? word : p.getText();
    }

    /** GeoJSON's own words, which every feature and geometry repeats: matched in place, not made anew. */
    private static final String[] WORDS = {"Feature", "Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection", "FeatureCollection"};
    private static final int LONGEST_WORD = 18;

    /** The word among {@link #WORDS} that these characters spell, or null. */
    static String word(char[] chars, int offset, int length) {
        for (String w : WORDS) {
            if (w.length() == length && spells(w, chars, offset)) {
                return w;
            }
        }
        return null;
    }

    private static boolean spells(String w, char[] chars, int offset) {
        for (int i = 0; i < w.length(); i++) {
            if (chars[offset + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current whole number, exactly: Integer, Long or BigInteger; null if it has too many digits. */
    private Number integer() throws IOException {
        return integerTooLong() ? null : p.getNumberValue();
    }

    private Double floating() throws IOException {
        return floatingTooLong() ? null : p.getDoubleValue();
    }

    /** True, and the violation noted, if the current integer has more digits than the limit. */
    private boolean integerTooLong() throws IOException {
        int length = p.getTextLength();
        int digits = p.getTextCharacters()[p.getTextOffset()] == '-' ? length - 1 : length;
        if (digits > limits.featureNumber()) {
            violate("a number of " + digits + " digits (the limit is " + limits.featureNumber() + ")");
            return true;
        }
        return false;
    }

    /** True, and the violation noted, if the current decimal number is longer than the limit. */
    private boolean floatingTooLong() throws IOException {
        int length = p.getTextLength();
        if (length > limits.featureNumber()) {
            violate("a number of " + length + " characters (the limit is " + limits.featureNumber() + ")");
            return true;
        }
        return false;
    }

    /** Coordinates: arrays of plain numbers (positions) become double[]; nesting levels become Lists. */
    Object coordinates(int depth) throws IOException {
        if (depth > limits.featureDepth()) {
            violate("a value nested more than " + limits.featureDepth() + " levels deep");
            p.skipChildren();
            return null;
        }
        // A position (the innermost array, all numbers) is parsed into a scratch array without boxing and copied
        // out at its length; only the nesting levels above it are lists.
        List<Object> list = null;
        double[] numbers = scratch;
        int count = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (list == null && t.isNumeric()) {
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                    scratch = numbers;
                }
                numbers[count++] = t == JsonToken.VALUE_NUMBER_INT ? integerAsDouble() : floatingAsDouble();
                continue;
            }
            if (list == null) {
                list = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    list.add(numbers[i]);
                }
            }
            list.add(t == JsonToken.START_ARRAY ? coordinates(depth + 1) : value(t, depth + 1, true));
        }
        if (list == null) {
            return count > 0 ? Arrays.copyOf(numbers, count) : new ArrayList<>();
        }
        return list;
    }

    /** An integer coordinate as a double; NaN (and a problem) beyond the digit limit. */
    private double integerAsDouble() throws IOException {
        return integerTooLong() ? Double.NaN : p.getDoubleValue();
    }

    /** A decimal coordinate; NaN (and a problem) beyond the length limit. */
    private double floatingAsDouble() throws IOException {
        return floatingTooLong() ? Double.NaN : p.getDoubleValue();
    }
}
