package org.briatlas.map;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.briatlas.carto.LabelFont;
import org.briatlas.carto.TextMeasurer;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * JavaFX fonts for base-map labels, from the bundled Noto Sans, and a measurer with a width cache.
 * FX thread only.
 */
final class FxLabels implements TextMeasurer {

    private static boolean loaded;
    private final Map<LabelFont, Font> fonts = new EnumMap<>(LabelFont.class);
    private final Map<LabelFont, double[]> metrics = new EnumMap<>(LabelFont.class);
    private final Map<String, Double> widths = new HashMap<>();
    private final Text probe = new Text();

    FxLabels() {
        loadBundledFonts();
        for (LabelFont f : LabelFont.values()) {
            Font font = Font.font("Noto Sans", f.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    f.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, f.size());
            fonts.put(f, font);
            probe.setFont(font);
            probe.setText("Hg");
            double ascent = -probe.getLayoutBounds().getMinY();
            double descent = probe.getLayoutBounds().getMaxY();
            metrics.put(f, new double[]{ascent * INK_ASCENT, descent * INK_DESCENT});
        }
    }

    /** Registers the bundled Noto Sans faces with JavaFX, once per process. */
    static synchronized void loadBundledFonts() {
        if (loaded) {
            return;
        }
        for (String file : new String[]{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"}) {
            try (InputStream in = FxLabels.class.getResourceAsStream("/org/briatlas/fonts/" + file)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + file, e);
            }
        }
        loaded = true;
    }

    Font font(LabelFont f) {
        return fonts.get(f);
    }

    @Override
    public double width(String text, LabelFont font) {
        return widths.computeIfAbsent(font.ordinal() + "|" + text, k -> {
            probe.setFont(fonts.get(font));
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        });
    }

    @Override
    public double ascent(LabelFont font) {
        return metrics.get(font)[0];
    }

    @Override
    public double descent(LabelFont font) {
        return metrics.get(font)[1];
    }
}
