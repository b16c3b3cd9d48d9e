package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelPlacerTest {

    private static final AwtLabels MEASURE = new AwtLabels();

    private static List<PlacedLabel> place(List<PlaceLabel> labels, double lon, double lat, double zoom, int w, int h) {
        double world = WebMercator.worldSize(zoom);
        double ox = WebMercator.x(lon) * world - w / 2.0;
        double oy = WebMercator.y(lat) * world - h / 2.0;
        return LabelPlacer.place(labels, zoom, (x, y, out) -> {
            out[0] = WebMercator.x(x) * world - ox;
            out[1] = WebMercator.y(y) * world - oy;
            return true;
        }, w, h, MEASURE);
    }

    @Test
    void shippedLabelsNeverOverlapAtAnyZoom() {
        List<PlaceLabel> all = new BaseMapData(BaseMapSource.shipped(), Runnable::run).labels();
        for (double zoom = 2; zoom <= 10; zoom += 0.5) {
            List<PlacedLabel> placed = place(all, 127, 47, zoom, 1400, 900);
            List<Rectangle2D> boxes = placed.stream().map(LabelPlacerTest::box).toList();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)), "zoom " + zoom + ": "
                            + placed.get(i).label().name() + " overlaps " + placed.get(j).label().name());
                }
            }
        }
    }

    @Test
    void importantPlacesWinAndMinorOnesWaitForTheirZoom() {
        PlaceLabel harbin = new PlaceLabel("Harbin", 126.65, 45.75, PlaceLabel.Kind.CITY, 1, 0);
        PlaceLabel town = new PlaceLabel("Harbin Town", 126.66, 45.751, PlaceLabel.Kind.CITY, 4, 0);
        List<PlacedLabel> low = place(List.of(town, harbin), 126.65, 45.75, 5, 800, 600);
        assertEquals(List.of("Harbin"), low.stream().map(p -> p.label().name()).toList());
        List<PlacedLabel> close = place(List.of(town, harbin), 126.65, 45.75, 7, 800, 600);
        assertEquals("Harbin", close.get(0).label().name(), "the major city is placed first");
        assertTrue(close.size() <= 2);
    }

    @Test
    void labelsStayInsideTheView() {
        PlaceLabel edge = new PlaceLabel("Edgeville", 126.65, 45.75, PlaceLabel.Kind.CITY, 1, 0);
        List<PlacedLabel> placed = place(List.of(edge), 126.65, 45.75, 6, 800, 600);
        assertEquals(1, placed.size());
        Rectangle2D b = box(placed.get(0));
        assertTrue(new Rectangle2D.Double(0, 0, 800, 600).contains(b));
    }

    private static Rectangle2D box(PlacedLabel p) {
        double w = MEASURE.width(p.label().name(), p.font());
        double a = MEASURE.ascent(p.font());
        double d = MEASURE.descent(p.font());
        Rectangle2D local = new Rectangle2D.Double(p.textX(), p.textY() - a, w, a + d);
        java.awt.geom.AffineTransform at = java.awt.geom.AffineTransform.getTranslateInstance(p.anchorX(), p.anchorY());
        at.rotate(Math.toRadians(p.angle()));
        return at.createTransformedShape(local).getBounds2D();
    }
}
