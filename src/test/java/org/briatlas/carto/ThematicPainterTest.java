package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the thematic painter asks of a surface for one frame, recorded without drawing: dashes for
 * schematic routes, stars for Confucius institutes, fading before a route opened, halos, order, culling.
 */
class ThematicPainterTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double ZOOM = 6;
    private static final double WORLD = WebMercator.worldSize(ZOOM);
    private static final double CENTRE_LON = 127;
    private static final double CENTRE_LAT = 47;
    private static final int YEAR = 2015;

    private static final AtlasFeature SURVEYED = line(AtlasLayer.RAILWAY, "surveyed", Map.of(), 126, 46.5, 128, 46.5);
    private static final AtlasFeature SCHEMATIC = line(AtlasLayer.RAILWAY, "schematic",
            Map.of("geometryMethod", "schematic: straight segments through the named ports"), 126, 47.5, 128, 47.5);
    private static final AtlasFeature OPENS_LATER = line(AtlasLayer.PIPELINE, "opens-later",
            opened("2017-05", "opened"), 126, 47, 128, 47);
    private static final AtlasFeature OPENED_BEFORE = line(AtlasLayer.PIPELINE, "opened-before",
            opened("2010", "put into operation"), 126, 46, 128, 46);
    private static final AtlasFeature SELECTED = line(AtlasLayer.HIGHWAY, "selected", Map.of(), 126, 48, 128, 48);
    private static final AtlasFeature HOVERED = line(AtlasLayer.CABLE, "hovered", Map.of(), 126, 45.5, 128, 45.5);
    private static final AtlasFeature INSTITUTE = point(AtlasLayer.CONFUCIUS, "ci", "confucius-institute", Map.of(),
            127.5, 47.2);
    private static final AtlasFeature HUB_LATER = point(AtlasLayer.PLACES, "hub", "hub", opened("2016", "opened"),
            126.5, 47.2);
    private static final AtlasFeature FAR_AWAY = line(AtlasLayer.RAILWAY, "far", Map.of(), 10, 50, 12, 50);

    private static final List<AtlasFeature> ALL = List.of(INSTITUTE, HUB_LATER, OPENS_LATER, OPENED_BEFORE, SURVEYED,
            SCHEMATIC, SELECTED, HOVERED, FAR_AWAY);

    private static Map<String, Object> opened(String date, String event) {
        return Map.of("dates", List.of(Map.of("date", date, "event", event)),
                "opened", Map.of("date", date, "event", event));
    }

    private static AtlasFeature line(AtlasLayer layer, String id, Map<String, Object> extra, double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return feature(layer, id, "railway", extra, GEOMETRY.createLineString(cs));
    }

    private static AtlasFeature point(AtlasLayer layer, String id, String kind, Map<String, Object> extra,
                                      double lon, double lat) {
        return feature(layer, id, kind, extra, GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    private static AtlasFeature feature(AtlasLayer layer, String id, String kind, Map<String, Object> extra,
                                        org.locationtech.jts.geom.Geometry g) {
        Map<String, Object> p = new HashMap<>(extra);
        p.put("id", id);
        p.put("kind", kind);
        return new AtlasFeature(layer, new GeoFeature(id, g, p));
    }

    private static ThematicFrame frame(AtlasFeature selected, AtlasFeature hovered, double weight) {
        double w = 800;
        double h = 600;
        return new ThematicFrame(WORLD, WebMercator.x(CENTRE_LON) * WORLD - w / 2,
                WebMercator.y(CENTRE_LAT) * WORLD - h / 2, w, h, l -> true, selected, hovered, YEAR, weight, null,
                Set.of(), null);
    }

    private static List<RecordingSurface.Call> paint(ThematicFrame f) {
        RecordingSurface s = new RecordingSurface();
        new ThematicPainter(ALL).paint(s, f);
        return s.calls;
    }

    private static double screenX(double lon) {
        return WebMercator.x(lon) * WORLD - (WebMercator.x(CENTRE_LON) * WORLD - 400);
    }

    private static double screenY(double lat) {
        return WebMercator.y(lat) * WORLD - (WebMercator.y(CENTRE_LAT) * WORLD - 300);
    }

    /** The polylines stroked for a line feature: casing (or halo) first, then the line itself. */
    private static List<RecordingSurface.Call> strokesOf(List<RecordingSurface.Call> calls, AtlasFeature f) {
        Coordinate start = f.geometry().getCoordinates()[0];
        List<RecordingSurface.Call> out = new ArrayList<>();
        for (RecordingSurface.Call c : calls) {
            if (c.op().equals("strokePolyline") && Math.abs(c.x(0) - screenX(start.x)) < 1e-6
                    && Math.abs(c.y(0) - screenY(start.y)) < 1e-6) {
                out.add(c);
            }
        }
        assertEquals(2, out.size(), f + ": casing and line, got " + out);
        return out;
    }

    /** The calls that draw a point symbol (or its halo) centred on a feature. */
    private static List<RecordingSurface.Call> symbolOf(List<RecordingSurface.Call> calls, AtlasFeature f) {
        Coordinate at = f.geometry().getCoordinate();
        List<RecordingSurface.Call> out = new ArrayList<>();
        for (RecordingSurface.Call c : calls) {
            if (c.op().endsWith("Polyline") || c.op().endsWith("Path")) {
                continue;
            }
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < c.n(); i++) {
                cx += c.x(i) / c.n();
                cy += c.y(i) / c.n();
            }
            if (Math.abs(cx - screenX(at.x)) < 1e-6 && Math.abs(cy - screenY(at.y)) < 1e-6) {
                out.add(c);
            }
        }
        assertTrue(!out.isEmpty(), "no symbol drawn for " + f);
        return out;
    }

    @Test
    void aSchematicRouteIsDashedAndLighter() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 1));
        RecordingSurface.Call schematic = strokesOf(calls, SCHEMATIC).get(1);
        RecordingSurface.Call surveyed = strokesOf(calls, SURVEYED).get(1);
        assertArrayEquals(ThematicStyle.schematicDash(), schematic.dash());
        assertEquals(ThematicStyle.SCHEMATIC_ALPHA, schematic.alpha(), 1e-9);
        assertEquals(ThematicStyle.of(AtlasLayer.RAILWAY).colour(), schematic.stroke());
        assertNull(surveyed.dash(), "a surveyed railway is solid");
        assertEquals(1, surveyed.alpha(), 1e-9);
        // The casing under a schematic route stays solid: the gaps show the casing, not the map.
        assertNull(strokesOf(calls, SCHEMATIC).get(0).dash());
    }

    @Test
    void aConfuciusInstituteIsAStar() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 1));
        RecordingSurface.Call fill = symbolOf(calls, INSTITUTE).stream().filter(c -> c.op().equals("fillPolygon"))
                .findFirst().orElseThrow(() -> new AssertionError("no polygon for the institute: " + calls));
        assertEquals(10, fill.n(), "five points and five notches");
        assertEquals(ThematicStyle.of(AtlasLayer.CONFUCIUS).colour(), fill.fill());
        double r = ThematicStyle.point("confucius-institute").radius();
        double x = screenX(127.5);
        double y = screenY(47.2);
        assertEquals(1.3 * r, Math.hypot(fill.x(0) - x, fill.y(0) - y), 1e-9, "a point");
        assertEquals(0.55 * r, Math.hypot(fill.x(1) - x, fill.y(1) - y), 1e-9, "a notch");
        assertEquals(y - 1.3 * r, fill.y(0), 1e-9, "the first point straight up");
    }

    @Test
    void aFeatureOpenedAfterTheYearIsFaint() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 1));
        for (RecordingSurface.Call c : strokesOf(calls, OPENS_LATER)) {
            assertEquals(ThematicStyle.NOT_YET_OPEN_ALPHA, c.alpha(), 1e-9, "opens 2017, shown in 2015: " + c);
        }
        for (RecordingSurface.Call c : strokesOf(calls, OPENED_BEFORE)) {
            assertEquals(1, c.alpha(), 1e-9, "opened 2010, shown in 2015: " + c);
        }
        for (RecordingSurface.Call c : symbolOf(calls, HUB_LATER)) {
            assertEquals(ThematicStyle.NOT_YET_OPEN_ALPHA, c.alpha(), 1e-9, "a hub that opens in 2016: " + c);
        }
        for (RecordingSurface.Call c : symbolOf(calls, INSTITUTE)) {
            assertEquals(1, c.alpha(), 1e-9, "an institute without an opening date: " + c);
        }
    }

    @Test
    void theSelectedAndHoveredFeaturesHaveHalos() {
        List<RecordingSurface.Call> calls = paint(frame(SELECTED, HOVERED, 1));
        double highway = ThematicStyle.of(AtlasLayer.HIGHWAY).width();
        RecordingSurface.Call halo = strokesOf(calls, SELECTED).get(0);
        assertEquals(ThematicStyle.HALO_SELECTED, halo.stroke());
        assertEquals(highway + ThematicStyle.HALO_SELECTED_EXTRA_WIDTH, halo.width(), 1e-9);
        assertEquals(highway + ThematicStyle.SELECTED_EXTRA_WIDTH, strokesOf(calls, SELECTED).get(1).width(), 1e-9);
        assertEquals(ThematicStyle.HALO_HOVER, strokesOf(calls, HOVERED).get(0).stroke());
        RecordingSurface.Call casing = strokesOf(calls, SURVEYED).get(0);
        assertEquals(ThematicStyle.CASING, casing.stroke(), "the others have their casing only");
        assertEquals(ThematicStyle.of(AtlasLayer.RAILWAY).width() + ThematicStyle.CASING_EXTRA_WIDTH, casing.width(),
                1e-9);

        List<RecordingSurface.Call> point = symbolOf(paint(frame(INSTITUTE, null, 1)), INSTITUTE);
        assertEquals("fillOval", point.get(0).op(), "the halo under the symbol");
        assertEquals(ThematicStyle.HALO_SELECTED, point.get(0).fill());
        assertTrue(symbolOf(paint(frame(null, null, 1)), INSTITUTE).stream()
                .noneMatch(c -> c.colour() == ThematicStyle.HALO_SELECTED), "no halo when not selected");
    }

    @Test
    void linesComeInLayerOrderAndPointsOnTop() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 1));
        int lastRailway = calls.lastIndexOf(strokesOf(calls, SCHEMATIC).get(1));
        int firstPipeline = calls.indexOf(strokesOf(calls, OPENS_LATER).get(0));
        int lastLine = calls.lastIndexOf(strokesOf(calls, HOVERED).get(1));
        int firstSymbol = calls.indexOf(symbolOf(calls, HUB_LATER).get(0));
        assertTrue(lastRailway < firstPipeline, "railways under pipelines (AtlasLayer order)");
        assertTrue(lastLine < firstSymbol, "symbols over every line");
    }

    /** n user points spread over the frame of {@link #frame}, one of them the given feature first. */
    private static List<AtlasFeature> crowd(int n) {
        List<AtlasFeature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(point(AtlasLayer.USER, "u" + i, "", Map.of(), 124.5 + (i % 500) * 0.01, 45.5 + (i / 500) * 0.005));
        }
        return out;
    }

    @Test
    void aCrowdedPointLayerIsOneDensitySurfaceWithTheSelectionStillASymbol() {
        List<AtlasFeature> many = crowd(DensitySurface.DENSE_POINTS + 1);
        RecordingSurface s = new RecordingSurface();
        ThematicFrame all = frame(null, null, 1);
        new ThematicPainter(many).paint(s, new ThematicFrame(all.world(), all.originX(), all.originY(), all.width(),
                all.height(), l -> true, many.get(7), null, YEAR, 1, null, Set.of(), null));
        List<RecordingSurface.Call> rasters = s.calls.stream().filter(c -> c.op().equals("drawRaster")).toList();
        assertEquals(1, rasters.size(), "one surface for the layer");
        assertTrue(rasters.get(0).xy()[5] > 300, "many cells hold points: " + rasters.get(0));
        long symbols = s.calls.stream().filter(c -> c.op().equals("fillOval")).count();
        assertEquals(2, symbols, "only the selected point as a symbol, with its halo");

        RecordingSurface few = new RecordingSurface();
        new ThematicPainter(crowd(100)).paint(few, frame(null, null, 1));
        assertTrue(few.calls.stream().noneMatch(c -> c.op().equals("drawRaster")), "a hundred points: symbols");
        assertEquals(100, few.calls.stream().filter(c -> c.op().equals("fillOval")).count());
    }

    @Test
    void aLayerMovedDownIsDrawnUnderTheOthers() {
        RecordingSurface s = new RecordingSurface();
        new ThematicPainter(ALL, List.of(AtlasLayer.PIPELINE)).paint(s, frame(null, null, 1));
        int lastPipeline = s.calls.lastIndexOf(strokesOf(s.calls, OPENS_LATER).get(0));
        int firstRailway = s.calls.indexOf(strokesOf(s.calls, SCHEMATIC).get(0));
        assertTrue(lastPipeline < firstRailway, "the pipelines first, then the layers not listed");
    }

    @Test
    void linesOffScreenAndHiddenLayersAreNotDrawn() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 1));
        assertTrue(calls.stream().noneMatch(c -> c.op().equals("strokePolyline") && c.x(0) < -1000),
                "Germany is far off a view of Heilongjiang");
        RecordingSurface s = new RecordingSurface();
        ThematicFrame all = frame(null, null, 1);
        new ThematicPainter(ALL).paint(s, new ThematicFrame(all.world(), all.originX(), all.originY(), all.width(),
                all.height(), l -> l == AtlasLayer.CONFUCIUS, null, null, YEAR, 1, null, Set.of(), null));
        assertTrue(s.calls.stream().noneMatch(c -> c.op().equals("strokePolyline")), "no channel shown: " + s.calls);
        assertTrue(s.calls.stream().anyMatch(c -> c.op().equals("fillPolygon")), "the institute's star");
    }

    @Test
    void presentationWeightThickensLinesDashesAndSymbols() {
        List<RecordingSurface.Call> calls = paint(frame(null, null, 2));
        RecordingSurface.Call schematic = strokesOf(calls, SCHEMATIC).get(1);
        assertEquals(2 * ThematicStyle.of(AtlasLayer.RAILWAY).width(), schematic.width(), 1e-9);
        double[] dash = ThematicStyle.schematicDash();
        assertArrayEquals(new double[]{2 * dash[0], 2 * dash[1]}, schematic.dash(), 1e-9);
        RecordingSurface.Call star = symbolOf(calls, INSTITUTE).get(0);
        assertEquals(2 * 1.3 * ThematicStyle.point("confucius-institute").radius(), screenY(47.2) - star.y(0), 1e-9);
    }

    @Test
    void chosenAndHighlightedCountriesAreOutlinedUnderTheLines() {
        GeoFeature russia = country("RU", 126, 49, 128, 50);
        GeoFeature mongolia = country("MN", 126, 44, 128, 45);
        GeoFeature japan = country("JP", 129, 44, 130, 45);
        ThematicPainter painter = new ThematicPainter(ALL);
        painter.setCountries(List.of(russia, mongolia, japan));
        RecordingSurface s = new RecordingSurface();
        ThematicFrame f = frame(null, null, 1);
        painter.paint(s, new ThematicFrame(f.world(), f.originX(), f.originY(), f.width(), f.height(), f.visible(),
                null, null, YEAR, 1, null, Set.of("MN"), "RU"));
        List<RecordingSurface.Call> outlines = s.calls.stream().filter(c -> c.op().equals("strokePath")).toList();
        assertEquals(2, outlines.size(), "Japan is neither chosen, highlighted nor shaded: " + outlines);
        assertEquals(ThematicStyle.CHOSEN_OUTLINE, outlines.get(0).stroke());
        assertNull(outlines.get(0).dash());
        assertEquals(ThematicStyle.HIGHLIGHT_OUTLINE, outlines.get(1).stroke());
        assertArrayEquals(ThematicStyle.highlightDash(), outlines.get(1).dash());
        assertTrue(s.calls.indexOf(outlines.get(1)) < s.calls.indexOf(strokesOf(s.calls, SURVEYED).get(0)),
                "countries under the lines");
        assertTrue(s.calls.stream().noneMatch(c -> c.op().equals("fillPath")), "no trade figures, no shading");
    }

    private static GeoFeature country(String iso, double west, double south, double east, double north) {
        return new GeoFeature(iso, GEOMETRY.createPolygon(new Coordinate[]{new Coordinate(west, south),
            new Coordinate(east, south), new Coordinate(east, north), new Coordinate(west, north),
            new Coordinate(west, south)}), Map.of("iso", iso));
    }

    @Test
    void swatchesShowTheLineOverItsCasingOrTheLayersSymbol() {
        RecordingSurface rail = new RecordingSurface();
        ThematicPainter.paintSwatch(rail, AtlasLayer.WATER, 34, 14);
        assertEquals(List.of("strokePolyline", "strokePolyline"), rail.calls.stream().map(c -> c.op()).toList());
        assertEquals(ThematicStyle.CASING, rail.calls.get(0).stroke());
        assertArrayEquals(ThematicStyle.of(AtlasLayer.WATER).dash(), rail.calls.get(1).dash());
        RecordingSurface ci = new RecordingSurface();
        ThematicPainter.paintSwatch(ci, AtlasLayer.CONFUCIUS, 34, 14);
        assertEquals(10, ci.calls.get(0).n(), "a star: " + ci.calls);
        assertEquals(ThematicStyle.of(AtlasLayer.CONFUCIUS).colour(), ci.calls.get(0).fill());
    }
}
