package org.briatlas.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a feature or geometry object as the reader hands them on: a handful of names, looked up a
 * few times and thrown away, so two small arrays scanned in order beat a hash table (which the reader made
 * and filled for every feature and every geometry). An object of many members, as a hostile file may have,
 * moves to a hash table at {@value #SPILL}, so that filling it stays linear. The reader keeps one for every
 * feature object and one for its geometry, {@link #clear() cleared} between features. Keeps the order of insertion; a
 * name given twice keeps its last value. Not thread-safe; the reader's own.
 */
final class Members extends AbstractMap<String, Object> {

    static final int SPILL = 32;

    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private int n;
    private Map<String, Object> spilled;

    private int indexOf(Object name) {
        for (int i = 0; i < n; i++) {
            // Jackson hands out interned member names, so the identity test usually settles it.
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object name) {
        if (spilled != null) {
            return spilled.get(name);
        }
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return spilled != null ? spilled.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public Object put(String name, Object value) {
        if (spilled != null) {
            return spilled.put(name, value);
        }
        int i = indexOf(name);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (n == SPILL) {
            spilled = new LinkedHashMap<>(SPILL * 4);
            for (int k = 0; k < n; k++) {
                spilled.put(names[k], values[k]);
            }
            return spilled.put(name, value);
        }
        if (n == names.length) {
            names = java.util.Arrays.copyOf(names, n * 2);
            values = java.util.Arrays.copyOf(values, n * 2);
        }
        names[n] = name;
        values[n++] = value;
        return null;
    }

    /** Empties it for the next object, keeping its arrays (the reader reuses one for every feature). */
    @Override
    public void clear() {
        java.util.Arrays.fill(values, 0, n, null);
        n = 0;
        spilled = null;
    }

    @Override
    public int size() {
        return spilled != null ? spilled.size() : n;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        if (spilled != null) {
            return spilled.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int at;

                    @Override
                    public boolean hasNext() {
                        return at < n;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (at >= n) {
                            throw new NoSuchElementException();
                        }
                        int i = at++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
