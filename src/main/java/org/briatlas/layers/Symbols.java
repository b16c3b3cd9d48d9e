package org.briatlas.layers;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws the point symbols of {@link LayerStyle}, on the map and in the legend alike. */
public final class Symbols {

    private Symbols() {
    }

    public static void draw(GraphicsContext g, LayerStyle.Symbol symbol, double x, double y, double r, Color color) {

        g.setFill(color);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        switch (symbol) {
            case CIRCLE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case RING -> {
                g.setFill(Color.WHITE);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(color);
                g.setLineWidth(3);
                g.strokeOval(x - r + 1.5, y - r + 1.5, 2 * r - 3, 2 * r - 3);
                g.setFill(color);
                g.fillOval(x - r / 3, y - r / 3, 2 * r / 3, 2 * r / 3);
            }
            case SQUARE -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case DIAMOND -> polygon(g, new double[]{x, x + r * 1.2, x, x - r * 1.2}, new double[]{y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(g, new double[]{x, x + r * 1.15, x - r * 1.15}, new double[]{y - r * 1.2, y + r, y + r});
            case STAR -> {
                double[] xs = new double[10];
                double[] ys = new double[10];
                for (int i = 0; i < 10; i++) {
                    double a = Math.PI / 2 + i * Math.PI / 5;
                    double rr = i % 2 == 0 ? r * 1.3 : r * 0.55;
                    xs[i] = x + rr * Math.cos(a);
                    ys[i] = y - rr * Math.sin(a);
                }
                polygon(g, xs, ys);
            }
        }
    }


    private static void polygon(GraphicsContext g, double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }
}
