package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
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

    /** Distance between the lines of a bundle, in pixels at weight 1; narrower at low zoom. */
    static double spacing(ThematicFrame f) {
        double zoom = Math.log(f.world() / WebMercator.TILE_SIZE) / Math.log(2);
        return ThematicStyle.BUNDLE_SPACING * f.weight() * Math.max(0.5, Math.min(1, 0.5 + (zoom - 3) * 0.25));
    }

    /**
     * Moves the screen points of a part sideways to the line's slot in each bundle it runs in: the offset
     * of a segment is its slot's distance from the bundle's middle along the segment's normal (the same
     * normal for every line of the bundle, whichever way each runs); a vertex takes the mitre of its two
     * segments' offsets.
     */
    static void offset(double[] xs, double[] ys, int n, int[] slot, int[] count, double spacing) {
        if (n < 2) {
            return;
        }
        double[] ox = new double[n - 1];
        double[] oy = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            double dx = xs[k + 1] - xs[k];
            double dy = ys[k + 1] - ys[k];
            double len = Math.hypot(dx, dy);
            if (len == 0 || count[k] < 2) {
                continue;
            }
            // One normal for the undirected segment: lines drawn the other way round get the same one.
            if (dx < 0 || (dx == 0 && dy < 0)) {
                dx = -dx;
                dy = -dy;
            }
            double o = (slot[k] - (count[k] - 1) / 2.0) * spacing;
            ox[k] = -dy / len * o;
            oy[k] = dx / len * o;
        }
        // The segments' offsets are known; each vertex now moves by its own, so in place is safe.
        xs[0] += ox[0];
        ys[0] += oy[0];
        for (int v = 1; v < n - 1; v++) {
            double ax = ox[v - 1];
            double ay = oy[v - 1];
            double bx = ox[v];
            double by = oy[v];
            double mx = (ax + bx) / 2;
            double my = (ay + by) / 2;
            double la = Math.hypot(ax, ay);
            double lm = Math.hypot(mx, my);
            // Equal offsets on both sides: a mitre, so that the line keeps its distance around the bend.
            if (la > 0 && Math.abs(la - Math.hypot(bx, by)) < 1e-9 && lm > 1e-9) {
                double k = Math.min(2, la * la / (lm * lm));
                mx *= k;
                my *= k;
            }
            xs[v] += mx;
            ys[v] += my;
        }
        xs[n - 1] += ox[n - 2];
        ys[n - 1] += oy[n - 2];
    }
}
