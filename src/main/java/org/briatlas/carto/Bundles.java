package org.briatlas.carto;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where lines share a path: for every segment of every line, which other lines run along it (within a
 * tolerance, in either direction), so that the painter can draw them side by side as a transit map does,
 * each in its own slot of the bundle. Slots follow a stable order (the members' ranks), the same wherever
 * the same lines meet. Made once from the geometries in normalised Web-Mercator, not per frame. Immutable.
 */
final class Bundles {

    /** A line: its rank in the stable order (lower first) and its parts as interleaved x, y. */
    record Member(int rank, double[][] parts) {
    }

    /** For one member, per part and per segment: its slot in the bundle and the bundle's size. */
    record Slots(int[][] slot, int[][] count) {

        /** True if no segment of the member is shared. */
        boolean alone() {
            for (int[] c : count) {
                for (int n : c) {
                    if (n > 1) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Directions closer than this (|cos| of the angle between segments) count as running together. */
    private static final double PARALLEL = 0.96;

    private record Segment(int member, int part, int index, double x0, double y0, double x1, double y1) {
    }

    private Bundles() {
    }

    /**
     * The slots of every member, in the order given. A segment is shared with another line when its middle
     * lies within {@code tolerance} of one of that line's segments running the same way (or the other way).
     */
    static List<Slots> of(List<Member> members, double tolerance) {
        STRtree tree = new STRtree();
        List<Segment> all = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            double[][] parts = members.get(m).parts();
            for (int p = 0; p < parts.length; p++) {
                double[] xy = parts[p];
                for (int i = 0; i + 3 < xy.length; i += 2) {
                    Segment s = new Segment(m, p, i / 2, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
                    Envelope e = new Envelope(s.x0(), s.x1(), s.y0(), s.y1());
                    e.expandBy(tolerance);
                    tree.insert(e, s);
                    all.add(s);
                }
            }
        }
        tree.build();
        // Who runs along each segment, the segment's own line included; found from both sides, so that two
        // lines that share a stretch see each other even where only one's middle lies on the other.
        Map<Segment, TreeSet<Integer>> with = new HashMap<>();
        for (Segment a : all) {
            with.computeIfAbsent(a, k -> new TreeSet<>()).add(a.member());
            double mx = (a.x0() + a.x1()) / 2;
            double my = (a.y0() + a.y1()) / 2;
            @SuppressWarnings("unchecked")
            List<Segment> near = tree.query(new Envelope(mx, mx, my, my));
            for (Segment b : near) {
                if (b.member() != a.member() && distance(mx, my, b) <= tolerance && parallel(a, b)) {
                    with.get(a).add(b.member());
                    with.computeIfAbsent(b, k -> new TreeSet<>()).add(a.member());
                }
            }
        }
        List<Slots> out = new ArrayList<>();
        for (Member m : members) {
            int[][] slot = new int[m.parts().length][];
            int[][] count = new int[m.parts().length][];
            for (int p = 0; p < m.parts().length; p++) {
                int n = Math.max(0, m.parts()[p].length / 2 - 1);
                slot[p] = new int[n];
                count[p] = new int[n];
                java.util.Arrays.fill(count[p], 1);
            }
            out.add(new Slots(slot, count));
        }
        for (Segment s : all) {
            TreeSet<Integer> set = with.get(s);
            // In rank order (ties by position in the list): the same order at every shared stretch.
            List<Integer> ordered = new ArrayList<>(set);
            ordered.sort((x, y) -> members.get(x).rank() != members.get(y).rank()
                    ? Integer.compare(members.get(x).rank(), members.get(y).rank()) : Integer.compare(x, y));
            Slots slots = out.get(s.member());
            slots.slot()[s.part()][s.index()] = ordered.indexOf(s.member());
            slots.count()[s.part()][s.index()] = ordered.size();
        }
        return out;
    }

    private static double distance(double x, double y, Segment s) {
        double dx = s.x1() - s.x0();
        double dy = s.y1() - s.y0();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x0()) * dx + (y - s.y0()) * dy) / len2));
        return Math.hypot(x - (s.x0() + t * dx), y - (s.y0() + t * dy));
    }

    private static boolean parallel(Segment a, Segment b) {
        double ax = a.x1() - a.x0();
        double ay = a.y1() - a.y0();
        double bx = b.x1() - b.x0();
        double by = b.y1() - b.y0();
        double la = Math.hypot(ax, ay);
        double lb = Math.hypot(bx, by);
        return la > 0 && lb > 0 && Math.abs((ax * bx + ay * by) / (la * lb)) >= PARALLEL;
    }
}
