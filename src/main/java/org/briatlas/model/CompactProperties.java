package org.briatlas.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A feature's properties in little memory: its values in an array, its member names in an array shared by
 * every feature of a file that has the same names in the same order (a million rows of a table share one).
 * Keeps the order read; looks a name up by a scan, which for the few properties a feature has is as fast as
 * hashing. Immutable; any thread.
 */
public final class CompactProperties extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    /** Properties of these names (shared, not copied; never changed after) and values (not copied). */
    public CompactProperties(String[] keys, Object[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " names for " + values.length + " values");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public int size() {
        return keys.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    /**
     * Shares member-name arrays among the features of one file, and short texts that recur (codes,
     * categories). At most {@link #MAX_SHAPES} different sets of names and {@link #MAX_TEXTS} texts are kept;
     * beyond that new ones are used as they are. One reader, one thread.
     */
    public static final class Sharing {
        static final int MAX_SHAPES = 4096;
        static final int MAX_TEXTS = 65_536;
        static final int MAX_TEXT_LENGTH = 24;
        private final Map<Key, String[]> shapes = new java.util.HashMap<>();
        private final Map<String, String> texts = new java.util.HashMap<>();

        private record Key(String[] names) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Arrays.equals(names, k.names);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(names);
            }
        }

        /** The shared array of these names (the first {@code n} of {@code names}). */
        public String[] names(String[] names, int n) {
            // Features of a file mostly repeat the names of the one before, as the parser's shared instances.
            String[] last = lastShape;
            if (last != null && last.length == n && sameInstances(last, names, n)) {
                return last;
            }
            String[] shared = shared(names, n);
            lastShape = shared;
            return shared;
        }

        private String[] lastShape;

        private static boolean sameInstances(String[] a, String[] b, int n) {
            for (int i = 0; i < n; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        private String[] shared(String[] names, int n) {
            String[] mine = Arrays.copyOf(names, n);
            Key k = new Key(mine);
            String[] shared = shapes.get(k);
            if (shared != null) {
                return shared;
            }
            if (shapes.size() < MAX_SHAPES) {
                shapes.put(k, mine);
            }
            return mine;
        }

        /** A short text read before, or this one. */
        public String text(String s) {
            if (s == null || s.length() > MAX_TEXT_LENGTH) {
                return s;
            }
            String shared = texts.get(s);
            if (shared != null) {
                return shared;
            }
            if (texts.size() < MAX_TEXTS) {
                texts.put(s, s);
            }
            return s;
        }
    }
}
