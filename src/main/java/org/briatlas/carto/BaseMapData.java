package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * The offline base map: land, lakes, rivers, coastlines, borders and the province outline for each
 * {@link ZoomBand}, plus the place and water labels.
 *
 * <p>Bands load lazily on the given executor, the first time a zoom needs them, so the first view only
 * pays for its own band. {@link #band(ZoomBand)} never blocks; a failed load completes its future
 * exceptionally with a {@link BaseMapException} that names the file. Thread-safe.
 */
public final class BaseMapData {

    private static final Logger LOG = Logger.getLogger(BaseMapData.class.getName());
    /** Lines are cut into runs of at most this many vertices, so a tile only strokes what is near it. */
    private static final int LINE_RUN = 48;

    private final org.briatlas.io.DataSource source;
    private final Executor loader;
    private final Map<ZoomBand, CompletableFuture<BandData>> bands = new ConcurrentHashMap<>();
    private volatile List<PlaceLabel> labels;

    public BaseMapData(org.briatlas.io.DataSource source, Executor loader) {
        this.source = source;
        this.loader = loader;
    }

    /** The band's data, loading it on first request. */
    public CompletableFuture<BandData> band(ZoomBand band) {
        return bands.computeIfAbsent(band, b -> CompletableFuture.supplyAsync(() -> loadBand(b), loader));
    }

    /** The band's data, loading it on the calling thread if needed. Throws {@link BaseMapException}. */
    public BandData bandNow(ZoomBand band) {
        try {
            return band(band).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof BaseMapException bme ? bme : e;
        }
    }

    /** City and water labels, read on first call. Throws {@link BaseMapException}. */
    public List<PlaceLabel> labels() {
        List<PlaceLabel> l = labels;
        if (l == null) {
            synchronized (this) {
                if (labels == null) {
                    labels = loadLabels();
                }
                l = labels;
            }
        }
        return l;
    }

    /**
     * The band from its pack (see {@link BasePack}) where the source has one, as the shipped base map does;
     * from its GeoJSON files otherwise (a folder laid out like geo/basemap/).
     */
    private BandData loadBand(ZoomBand band) {
        long start = System.nanoTime();
        Map<BaseLayer, List<MapShape>> shapes = packed(band);
        if (shapes == null) {
            shapes = shapesFromGeoJson(source, band);
        }
        Map<BaseLayer, ShapeIndex> layers = new EnumMap<>(BaseLayer.class);
        shapes.forEach((layer, list) -> layers.put(layer, new ShapeIndex(list)));
        LOG.fine(() -> String.format("base map band %s loaded in %d ms", band, (System.nanoTime() - start) / 1_000_000));
        return new BandData(band, layers);
    }

    private Map<BaseLayer, List<MapShape>> packed(ZoomBand band) {
        String file = BasePack.fileOf(band);
        byte[] bytes;
        try (InputStream in = source.open(file)) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new BaseMapException(file, "the packed base map cannot be read (" + e.getMessage() + ")", e);
        }
        Map<BaseLayer, List<MapShape>> shapes = BasePack.decode(bytes, file);
        if (shapes.get(BaseLayer.LAND).isEmpty()) {
            throw new BaseMapException(file, "holds no land at all; the file is damaged", null);
        }
        return shapes;
    }

    /** The band's shapes, cut from its GeoJSON files. Throws {@link BaseMapException} naming a bad file. */
    static Map<BaseLayer, List<MapShape>> shapesFromGeoJson(org.briatlas.io.DataSource source, ZoomBand band) {
        Map<BaseLayer, List<MapShape>> layers = new EnumMap<>(BaseLayer.class);
        for (BaseLayer layer : BaseLayer.values()) {
            String path = band.folder() + "/" + layer.file();
            List<MapShape> shapes = new ArrayList<>();
            for (GeoFeature f : read(source, path).features()) {
                addShapes(f.geometry(), layer.areal(), shapes);
            }
            if (shapes.isEmpty() && layer == BaseLayer.LAND) {
                throw new BaseMapException(path, "holds no land at all; the file is damaged", null);
            }
            layers.put(layer, shapes);
        }
        return layers;
    }

    private static FeatureCollection read(org.briatlas.io.DataSource source, String path) {
        try (InputStream in = source.open(path)) {
            FeatureCollection fc = GeoJsonReader.trusting().read(in, path);
            if (fc.hasProblems()) {
                throw new BaseMapException(path, fc.problems().get(0).describe()
                        + (fc.problems().size() > 1 ? " (and " + (fc.problems().size() - 1) + " more problems)" : ""),
                        null);
            }
            return fc;
        } catch (NoSuchFileException e) {
            throw new BaseMapException(path, "the base-map file is missing", e);
        } catch (IOException e) {
            throw new BaseMapException(path, "the base-map file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<PlaceLabel> loadLabels() {
        List<PlaceLabel> out = new ArrayList<>();
        for (GeoFeature f : read(source, "cities.geojson").features()) {
            Coordinate c = f.geometry().getCoordinate();
            boolean capital = Boolean.TRUE.equals(f.properties().get("capital"));
            out.add(new PlaceLabel(f.text("name").orElse("?"), c.x, c.y,
                    capital ? PlaceLabel.Kind.CAPITAL : PlaceLabel.Kind.CITY,
                    f.number("rank").orElse(4.0).intValue(), 0, names(f), f.text("country").orElse(""), false));
        }
        for (GeoFeature f : read(source, "water-labels.geojson").features()) {
            Coordinate c = f.geometry().getCoordinate();
            PlaceLabel.Kind kind = switch (f.text("kind").orElse("sea")) {
                case "river" -> PlaceLabel.Kind.RIVER;
                case "lake" -> PlaceLabel.Kind.LAKE;
                default -> PlaceLabel.Kind.SEA;
            };
            out.add(new PlaceLabel(f.text("name").orElse("?"), c.x, c.y, kind,
                    f.number("rank").orElse(4.0).intValue(), f.number("angle").orElse(0.0), names(f)));
        }
        return List.copyOf(out);
    }

    private static Map<String, String> names(GeoFeature f) {
        Map<String, String> names = new java.util.HashMap<>();
        if (f.properties().get("names") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> names.put(k.toString(), v.toString()));
        }
        return names;
    }

    private static void addShapes(Geometry g, boolean areal, List<MapShape> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && areal) {
                out.add(new MapShape(polygonPath(p)));
            } else if (part instanceof LineString l) {
                addRuns(l.getCoordinates(), out);
            } else if (part instanceof Polygon p) {
                addRuns(p.getExteriorRing().getCoordinates(), out);
            } else if (part.getNumGeometries() > 1) {
                addShapes(part, areal, out);
            }
        }
    }

    private static Path2D.Double polygonPath(Polygon p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, p.getNumPoints());
        appendRing(path, p.getExteriorRing().getCoordinates());
        for (int r = 0; r < p.getNumInteriorRing(); r++) {
            appendRing(path, p.getInteriorRingN(r).getCoordinates());
        }
        return path;
    }

    private static void appendRing(Path2D.Double path, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            double x = WebMercator.x(cs[i].x);
            double y = WebMercator.y(cs[i].y);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }

    private static void addRuns(Coordinate[] cs, List<MapShape> out) {
        for (int start = 0; start < cs.length - 1; start += LINE_RUN) {
            int end = Math.min(cs.length - 1, start + LINE_RUN);
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, end - start + 1);
            for (int i = start; i <= end; i++) {
                double x = WebMercator.x(cs[i].x);
                double y = WebMercator.y(cs[i].y);
                if (i == start) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            out.add(new MapShape(path));
        }
    }
}
