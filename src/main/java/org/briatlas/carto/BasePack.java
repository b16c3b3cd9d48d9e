package org.briatlas.carto;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The base map of one zoom band in a compact binary form ({@code low.pack}, {@code mid.pack}, {@code high.pack}
 * beside the band folders), which the build writes once from the band's GeoJSON files so that a start reads a
 * few hundred kilobytes of integers instead of parsing megabytes of text.
 *
 * <p>The shapes are kept exactly as {@link BaseMapData} cuts them from the GeoJSON (polygons whole, lines in
 * short runs), already projected: normalised Web-Mercator coordinates as integers in units of 2<sup>-30</sup>
 * of the world's width (a quarter of a pixel at zoom 20), each vertex stored as the zig-zag varint difference
 * from the one before. Layout: the magic {@code BRIPACK1}; the number of layers; per layer its name and
 * number of shapes; per shape its winding rule and number of rings; per ring whether it is closed, its number
 * of vertices and the vertices; then {@code END.}. The GeoJSON stays the source of record; the pack is derived
 * from it at every build and checked against it by a test.
 */
public final class BasePack {

    private static final byte[] MAGIC = "BRIPACK1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "END.".getBytes(StandardCharsets.US_ASCII);
    private static final double UNIT = 1 << 30;

    private BasePack() {
    }

    /** The pack's file name of a band, relative to geo/basemap/. */
    public static String fileOf(ZoomBand band) {
        return band.folder() + ".pack";
    }

    /** Writes the packs of every band of the shipped GeoJSON base map into a folder: {@code BasePack DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BasePack OUTPUT_FOLDER");
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (ZoomBand band : ZoomBand.values()) {
            Map<BaseLayer, List<MapShape>> layers = BaseMapData.shapesFromGeoJson(BaseMapSource.shipped(), band);
            Path target = dir.resolve(fileOf(band));
            Path tmp = dir.resolve(fileOf(band) + ".tmp");
            Files.write(tmp, encode(layers));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The pack of a band's layers. */
    static byte[] encode(Map<BaseLayer, List<MapShape>> layers) {
        Writer w = new Writer();
        w.out.writeBytes(MAGIC);
        w.varint(layers.size());
        double[] c = new double[6];
        for (Map.Entry<BaseLayer, List<MapShape>> e : layers.entrySet()) {
            byte[] name = e.getKey().name().getBytes(StandardCharsets.US_ASCII);
            w.varint(name.length);
            w.out.writeBytes(name);
            w.varint(e.getValue().size());
            int[] last = {0, 0};
            for (MapShape shape : e.getValue()) {
                List<double[]> rings = new ArrayList<>();
                List<Boolean> closed = new ArrayList<>();
                GrowableArrays.Doubles ring = null;
                for (PathIterator it = shape.path().getPathIterator(null); !it.isDone(); it.next()) {
                    switch (it.currentSegment(c)) {
                        case PathIterator.SEG_MOVETO -> {
                            if (ring != null) {
                                rings.add(ring.trimmed());
                                closed.add(false);
                            }
                            ring = new GrowableArrays.Doubles();
                            ring.add(c[0]);
                            ring.add(c[1]);
                        }
                        case PathIterator.SEG_LINETO -> {
                            ring.add(c[0]);
                            ring.add(c[1]);
                        }
                        case PathIterator.SEG_CLOSE -> {
                            rings.add(ring.trimmed());
                            closed.add(true);
                            ring = null;
                        }
                        default -> throw new IllegalArgumentException("base-map shapes hold straight segments only");
                    }
                }
                if (ring != null) {
                    rings.add(ring.trimmed());
                    closed.add(false);
                }
                w.out.write(shape.path().getWindingRule());
                w.varint(rings.size());
                for (int r = 0; r < rings.size(); r++) {
                    double[] xy = rings.get(r);
                    w.out.write(closed.get(r) ? 1 : 0);
                    w.varint(xy.length / 2);
                    for (int i = 0; i < xy.length; i += 2) {
                        int x = (int) Math.round(xy[i] * UNIT);
                        int y = (int) Math.round(xy[i + 1] * UNIT);
                        w.zigzag(x - last[0]);
                        w.zigzag(y - last[1]);
                        last[0] = x;
                        last[1] = y;
                    }
                }
            }
        }
        w.out.writeBytes(END);
        return w.out.toByteArray();
    }

    /**
     * The band's layers from a pack. Throws {@link BaseMapException} naming the file where the pack is
     * damaged or lacks a layer.
     */
    static Map<BaseLayer, List<MapShape>> decode(byte[] bytes, String file) {
        Reader r = new Reader(bytes);
        try {
            for (byte b : MAGIC) {
                if (r.bytes[r.at++] != b) {
                    throw new BaseMapException(file, "not a packed base map (no BRIPACK1 header); rebuild with mvn package", null);
                }
            }
            Map<BaseLayer, List<MapShape>> layers = new EnumMap<>(BaseLayer.class);
            int layerCount = r.varint();
            for (int l = 0; l < layerCount; l++) {
                int length = r.count(64);
                String name = new String(bytes, r.at, length, StandardCharsets.US_ASCII);
                r.at += length;
                BaseLayer layer;
                try {
                    layer = BaseLayer.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new BaseMapException(file, "holds an unknown layer '" + name + "'; rebuild with mvn package", e);
                }
                int shapes = r.count(bytes.length);
                List<MapShape> out = new ArrayList<>(shapes);
                int x = 0;
                int y = 0;
                for (int s = 0; s < shapes; s++) {
                    int rule = r.bytes[r.at++];
                    int rings = r.count(bytes.length);
                    Path2D.Double path = new Path2D.Double(rule == Path2D.WIND_EVEN_ODD ? Path2D.WIND_EVEN_ODD
                            : Path2D.WIND_NON_ZERO, 16);
                    for (int k = 0; k < rings; k++) {
                        boolean closed = r.bytes[r.at++] != 0;
                        int n = r.count(bytes.length);
                        for (int i = 0; i < n; i++) {
                            x += r.zigzag();
                            y += r.zigzag();
                            if (i == 0) {
                                path.moveTo(x / UNIT, y / UNIT);
                            } else {
                                path.lineTo(x / UNIT, y / UNIT);
                            }
                        }
                        if (closed) {
                            path.closePath();
                        }
                    }
                    out.add(new MapShape(path));
                }
                layers.put(layer, out);
            }
            for (byte b : END) {
                if (r.bytes[r.at++] != b) {
                    throw new BaseMapException(file, "the packed base map does not end where it should; rebuild "
                            + "with mvn package", null);
                }
            }
            for (BaseLayer layer : BaseLayer.values()) {
                if (!layers.containsKey(layer)) {
                    throw new BaseMapException(file, "lacks the " + layer.name().toLowerCase(java.util.Locale.ROOT)
                            + " layer; rebuild with mvn package", null);
                }
            }
            return layers;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new BaseMapException(file, "the packed base map is cut short at byte " + bytes.length
                    + "; rebuild with mvn package", e);
        }
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

        void varint(int v) {
            while ((v & ~0x7F) != 0) {
                out.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        void zigzag(int v) {
            varint((v << 1) ^ (v >> 31));
        }
    }

    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new ArrayIndexOutOfBoundsException("varint longer than 5 bytes");
        }

        /** A count, which cannot exceed what the remaining bytes could hold. */
        int count(int max) {
            int n = varint();
            if (n < 0 || n > max || n > bytes.length - at) {
                throw new ArrayIndexOutOfBoundsException("count " + n + " beyond the file");
            }
            return n;
        }

        int zigzag() {
            int v = varint();
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
