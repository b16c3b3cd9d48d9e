package org.briatlas.carto;

/** Arrays of doubles and ints that grow as they are filled, for packing geometry. */
final class GrowableArrays {

    private GrowableArrays() {
    }

    /** A growable array of doubles. */
    static final class Doubles {
        double[] a = new double[64];
        int n;

        void add(double v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        double[] trimmed() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    /** A growable array of ints. */
    static final class Ints {
        int[] a = new int[64];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        int[] trimmed() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
