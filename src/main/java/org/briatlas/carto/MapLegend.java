package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The legend of a headless map (slides, {@code render --legend}): one row per visible layer with the
 * painter's own swatch, and, when countries are shaded, the year's shading classes as the window's key
 * shows them. Drawn in a white box whose bottom right corner is given, in logical pixels. Any thread, one
 * graphics at a time.
 */
public final class MapLegend {

    private static final double SWATCH_WIDTH = 36;
    private static final double SWATCH_HEIGHT = 14;
    private static final float SIZE = 14f;
    private static final float SMALL = 12f;

    private MapLegend() {
    }

    /**
     * @param layers       the layers to list, in order (none: only the shading, if any)
     * @param shadingYear  the year the countries are shaded for, or null when they are not shaded
     * @param right        x of the box's right edge
     * @param bottom       y of the box's bottom edge
     * @return the height of the box drawn (0 when there was nothing to draw)
     */
    public static double draw(Graphics2D g, ResourceBundle text, List<AtlasLayer> layers, Integer shadingYear,
                              double right, double bottom) {
        return draw(g, text, layers, List.of(), shadingYear, right, bottom);
    }

    /** A row of the legend: its name, and what draws its swatch into (0, 0, width, height). */
    private record Row(String name, java.util.function.Consumer<Surface> swatch) {
    }

    /**
     * As {@link #draw(Graphics2D, ResourceBundle, List, Integer, double, double)}, the user's layer row replaced
     * by a row for each of {@code user}'s shown layers, by its name, in its own style (none given: one row).
     */
    public static double draw(Graphics2D g, ResourceBundle text, List<AtlasLayer> layers,
                              List<org.briatlas.model.UserLayer> user, Integer shadingYear, double right,
                              double bottom) {
        List<Row> rows = new ArrayList<>();
        for (AtlasLayer l : layers) {
            if (l == AtlasLayer.USER && !user.isEmpty()) {
                for (org.briatlas.model.UserLayer u : user) {
                    if (u.visible()) {
                        rows.add(new Row(u.name(), s -> userSwatch(s, u.style())));
                    }
                }
            } else {
                rows.add(new Row(text.getString("layer." + l.id()),
                        s -> ThematicPainter.paintSwatch(s, l, SWATCH_WIDTH, SWATCH_HEIGHT)));
            }
        }
        String heading = shadingYear == null ? null
                : String.format(Locale.ROOT, text.getString("shade.title"), shadingYear);
        if (rows.isEmpty() && heading == null) {
            return 0;
        }
        List<String> names = rows.stream().map(Row::name).toList();
        List<String> classes = new ArrayList<>();
        for (int c = 0; heading != null && c < ThematicStyle.shadeClasses(); c++) {
            classes.add(text.getString("shade.class." + c));
        }
        String all = String.join("", names) + String.join("", classes) + (heading == null ? "" : heading);
        Font font = Typefaces.awtFor(all, false, false, SIZE);
        Font bold = Typefaces.awtFor(all, true, false, SIZE);
        Font small = Typefaces.awtFor(all, false, false, SMALL);
        FontMetrics fm = g.getFontMetrics(font);
        FontMetrics sfm = g.getFontMetrics(small);
        int row = fm.getHeight() + 2;
        // The shading as one row of swatches, each over its class.
        int cell = classes.stream().mapToInt(sfm::stringWidth).max().orElse(0) + 10;
        int w = names.stream().mapToInt(fm::stringWidth).max().orElse(0) + 44;
        if (heading != null) {
            w = Math.max(w, Math.max(g.getFontMetrics(bold).stringWidth(heading), cell * classes.size()));
        }
        int shadingH = heading == null ? 0 : row + (int) SWATCH_HEIGHT + 4 + sfm.getHeight() + (rows.isEmpty() ? 0 : 8);
        int boxW = w + 20;
        int boxH = row * rows.size() + 16 + shadingH;
        int x0 = (int) Math.round(right - boxW);
        int y0 = (int) Math.round(bottom - boxH);
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRoundRect(x0, y0, boxW, boxH, 10, 10);
        g.setColor(new Color(180, 180, 180));
        g.drawRoundRect(x0, y0, boxW, boxH, 10, 10);
        g.setFont(font);
        int y = y0 + 8 + fm.getAscent();
        for (int i = 0; i < rows.size(); i++) {
            int cy = y - fm.getAscent() / 2 + 2;
            Graphics2D swatch = (Graphics2D) g.create();
            try {
                swatch.translate(x0 + 8, cy - SWATCH_HEIGHT / 2);
                rows.get(i).swatch().accept(new Java2DSurface(swatch));
            } finally {
                swatch.dispose();
            }
            g.setColor(new Color(40, 40, 40));
            g.drawString(names.get(i), x0 + 52, y);
            y += row;
        }
        if (heading != null) {
            y += rows.isEmpty() ? 0 : 8;
            g.setFont(bold);
            g.setColor(new Color(40, 40, 40));
            g.drawString(heading, x0 + 10, y);
            int top = y + fm.getDescent() + 4;
            int cellW = Math.max(cell, w / classes.size());
            g.setFont(small);
            for (int c = 0; c < classes.size(); c++) {
                int cx = x0 + 10 + c * cellW;
                // Over the box's white, as the window's key: the key's alpha looks like the map's shade over land.
                g.setColor(new Color(ThematicStyle.withAlpha(ThematicStyle.shade(c), ThematicStyle.SHADE_KEY_ALPHA),
                        true));
                g.fillRect(cx + 2, top, cellW - 4, (int) SWATCH_HEIGHT);
                g.setColor(new Color(150, 150, 150));
                g.drawRect(cx + 2, top, cellW - 4, (int) SWATCH_HEIGHT);
                g.setColor(new Color(40, 40, 40));
                g.drawString(classes.get(c), cx + (cellW - sfm.stringWidth(classes.get(c))) / 2f,
                        top + (float) SWATCH_HEIGHT + 2 + sfm.getAscent());
            }
        }
        return boxH;
    }

    /** A user's layer style as a swatch: its line, its fill and its point, at the layer's opacity. */
    private static void userSwatch(Surface s, org.briatlas.model.LayerStyle style) {
        double h = SWATCH_HEIGHT;
        int line = 0xff000000 | style.colour();
        s.setAlpha(style.opacity());
        s.setDash(null);
        s.setStroke(line);
        s.setLineWidth(Math.min(4, style.width()));
        s.strokePolyline(new double[]{1, 11}, new double[]{h / 2, h / 2}, 2);
        s.setFill(ThematicStyle.withAlpha(0xff000000 | style.fill(), Math.max(0.15, style.fillOpacity())));
        s.fillRect(14, h / 2 - 5, 12, 10);
        s.setLineWidth(1);
        s.strokeRect(14, h / 2 - 5, 12, 10);
        double r = Math.min(5, style.pointSize());
        s.setFill(line);
        s.fillOval(SWATCH_WIDTH - 2 * r - 1, h / 2 - r, 2 * r, 2 * r);
        s.setAlpha(1);
    }
}
