package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's layers drawn in their own styles, order and visibility, and cheaply when large. */
class UserLayerPainterTest {

    private static final GeometryFactory G = new GeometryFactory();
    private static final double ZOOM = 6;
    private static final double WORLD = WebMercator.worldSize(ZOOM);
    private static final int SIZE = 400;

    private static AtlasFeature feature(String layer, int i, Geometry g, Map<String, Object> props) {
        Map<String, Object> p = new java.util.HashMap<>(props);
        p.put("id", layer + "-" + i);
        return new AtlasFeature(AtlasLayer.USER, new GeoFeature(layer + "-" + i, g, p), layer);
    }

    private static Geometry square(double lon, double lat, double d) {
        return G.createPolygon(new Coordinate[]{new Coordinate(lon - d, lat - d), new Coordinate(lon + d, lat - d),
                new Coordinate(lon + d, lat + d), new Coordinate(lon - d, lat + d), new Coordinate(lon - d, lat - d)});
    }

    private static UserLayer layer(String id, List<AtlasFeature> fs, LayerStyle style, boolean visible) {
        return new UserLayer(id, id, Path.of(id + ".geojson"), FeatureCollection.Format.GEOJSON, style, visible, fs,
                List.of());
    }

    private static ThematicFrame frame() {
        return ThematicFrame.centred(WORLD, WebMercator.x(127), WebMercator.y(47), SIZE, SIZE, null, null, 2020);
    }

    private static int pixel(UserLayerPainter p, double lon, double lat) {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = img.createGraphics();
        p.paint(new Java2DSurface(g), frame());
        g.dispose();
        int x = (int) Math.round(WebMercator.x(lon) * WORLD - (WebMercator.x(127) * WORLD - SIZE / 2.0));
        int y = (int) Math.round(WebMercator.y(lat) * WORLD - (WebMercator.y(47) * WORLD - SIZE / 2.0));
        return img.getRGB(x, y);
    }

    @Test
    void eachLayerIsDrawnInItsStyleAndOrderAndHiddenOnesNotAtAll() {
        LayerStyle red = LayerStyle.defaultFor(0).withColour(0xff0000).withFill(0xff0000, 1);
        LayerStyle blue = LayerStyle.defaultFor(1).withColour(0x0000ff).withFill(0x0000ff, 1);
        AtlasFeature a = feature("a", 0, square(127, 47, 1), Map.of());
        AtlasFeature b = feature("b", 0, square(127.5, 47, 1), Map.of());
        UserLayerPainter p = new UserLayerPainter(List.of(a, b));
        p.setLayers(List.of(layer("a", List.of(a), red, true), layer("b", List.of(b), blue, true)));
        assertEquals(0xff0000ff, pixel(p, 127.2, 47), "b is drawn over a where they overlap");
        assertEquals(0xffff0000, pixel(p, 126.3, 47), "a where b is not");
        p.setLayers(List.of(layer("b", List.of(b), blue, true), layer("a", List.of(a), red, true)));
        assertEquals(0xffff0000, pixel(p, 127.2, 47), "reordered: a over b");
        p.setLayers(List.of(layer("b", List.of(b), blue, true), layer("a", List.of(a), red, false)));
        assertEquals(0xff0000ff, pixel(p, 127.2, 47), "a hidden");
        assertEquals(0, pixel(p, 126.3, 47) >>> 24, "nothing where only the hidden a is");
        p.setLayers(List.of(layer("b", List.of(b), blue.withFill(0x0000ff, 0), true)));
        assertEquals(0, pixel(p, 127.5, 47) >>> 24, "no fill at fill opacity 0, only the outline");
    }

    @Test
    void categoriesColourTheFeaturesByAPropertysValues() {
        AtlasFeature school = feature("c", 0, G.createPoint(new Coordinate(126.5, 47)), Map.of("type", "school"));
        AtlasFeature clinic = feature("c", 1, G.createPoint(new Coordinate(127.5, 47)), Map.of("type", "clinic"));
        AtlasFeature school2 = feature("c", 2, G.createPoint(new Coordinate(127, 46.5)), Map.of("type", "school"));
        UserLayerPainter p = new UserLayerPainter(List.of(school, clinic, school2));
        LayerStyle style = LayerStyle.defaultFor(0).withPoint(6, LayerStyle.Symbol.SQUARE)
                .withCategories("type", Map.of("clinic", 0x00ff00));
        p.setLayers(List.of(layer("c", List.of(school, clinic, school2), style, true)));
        RecordingSurface s = new RecordingSurface();
        p.paint(s, frame());
        List<Integer> fills = s.calls.stream().filter(c -> c.op().equals("fillRect")).map(c -> c.fill()).toList();
        assertEquals(List.of(0xff000000 | LayerStyle.PALETTE.get(0), 0xff00ff00, 0xff000000 | LayerStyle.PALETTE.get(0))
                .stream().sorted().toList(), fills.stream().sorted().toList(),
                "the first value met takes the palette's first colour, a given colour is kept: " + fills);
    }

    @Test
    void aLongLineIsDrawnWithOnlyTheVerticesAPixelApartAndOffScreenOnesNotAtAll() {
        // 20,000 vertices along one degree: at zoom 6 that is about 90 px, so at most ~120 are drawn.
        Coordinate[] cs = new Coordinate[20_000];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(126.5 + i / 20_000.0, 47 + 1e-3 * Math.sin(i));
        }
        AtlasFeature line = feature("l", 0, G.createLineString(cs), Map.of());
        List<AtlasFeature> far = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            far.add(feature("l", i + 1, G.createLineString(new Coordinate[]{new Coordinate(10 + i * 0.01, 10),
                    new Coordinate(10.005 + i * 0.01, 10.005)}), Map.of()));
        }
        List<AtlasFeature> all = new ArrayList<>(far);
        all.add(line);
        UserLayerPainter p = new UserLayerPainter(all);
        p.setLayers(List.of(layer("l", all, LayerStyle.defaultFor(0), true)));
        RecordingSurface s = new RecordingSurface();
        p.paint(s, frame());
        List<RecordingSurface.Call> strokes = s.calls.stream().filter(c -> c.op().equals("strokePath")).toList();
        assertEquals(1, strokes.size(), "one path for the layer's one colour");
        int vertices = strokes.get(0).n();
        assertTrue(vertices >= 60 && vertices <= 200, "thinned to the pixel, far lines culled: " + vertices);
    }

    @Test
    void aMillionPointsInViewAreOneDensitySurfaceAndAFewAreSymbols() {
        java.util.Random r = new java.util.Random(7);
        List<AtlasFeature> many = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            many.add(feature("d", i, G.createPoint(new Coordinate(125 + 4 * r.nextDouble(), 45 + 4 * r.nextDouble())),
                    Map.of()));
        }
        UserLayerPainter p = new UserLayerPainter(many);
        p.setLayers(List.of(layer("d", many, LayerStyle.defaultFor(0), true)));
        RecordingSurface s = new RecordingSurface();
        p.paint(s, frame());
        assertEquals(List.of("drawRaster"), s.calls.stream().map(RecordingSurface.Call::op).distinct().toList());
        // Zoomed in far, a few points of the same layer are symbols again.
        double world = WebMercator.worldSize(13);
        RecordingSurface near = new RecordingSurface();
        p.paint(near, ThematicFrame.centred(world, WebMercator.x(127), WebMercator.y(47), SIZE, SIZE, null, null,
                2020));
        long symbols = near.calls.stream().filter(c -> c.op().equals("fillOval")).count();
        assertTrue(symbols > 0 && symbols < 2000 && near.calls.stream().noneMatch(c -> c.op().equals("drawRaster")),
                "symbols: " + symbols);
    }

    @Test
    void aStyleSurvivesAWorkspaceAndBadValuesAreBroughtIntoRange() {
        LayerStyle s = LayerStyle.defaultFor(3).withWidth(3.5).withFill(0x123456, 0.4).withOpacity(0.8)
                .withPoint(7, LayerStyle.Symbol.STAR).withCategories("type", Map.of("a", 0xabcdef));
        assertEquals(s, LayerStyle.fromMap(s.toMap(), LayerStyle.defaultFor(0)));
        LayerStyle bad = LayerStyle.fromMap(Map.of("colour", "red", "width", 1e9, "opacity", -3, "symbol", "blob",
                "pointSize", Double.NaN), LayerStyle.defaultFor(1));
        assertEquals(LayerStyle.defaultFor(1).colour(), bad.colour());
        assertEquals(12, bad.width());
        assertEquals(0.1, bad.opacity());
        assertEquals(LayerStyle.Symbol.CIRCLE, bad.symbol());
        assertEquals(0xaabbcc, LayerStyle.parseColour("#abc", 0));
    }

    @Test
    void aLayerThatDidNotChangeIsNotPackedAgainWhenAnotherIsAdded() {
        AtlasFeature a = feature("a", 0, square(127, 47, 1), Map.of());
        AtlasFeature b = feature("b", 0, square(128, 47, 1), Map.of());
        UserLayerPainter first = new UserLayerPainter(List.of(a));
        UserLayerPainter second = new UserLayerPainter(List.of(a, b), first);
        assertSame(first.geometry("a"), second.geometry("a"), "a's packing taken over");
        AtlasFeature a2 = feature("a", 1, square(126, 47, 1), Map.of());
        UserLayerPainter third = new UserLayerPainter(List.of(a, a2, b), second);
        assertNotSame(second.geometry("a"), third.geometry("a"), "a changed: packed anew");
        assertSame(second.geometry("b"), third.geometry("b"));
    }
}
