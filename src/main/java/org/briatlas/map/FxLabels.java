package org.briatlas.map;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.briatlas.carto.LabelFont;
import org.briatlas.carto.TextMeasurer;
import org.briatlas.carto.Typefaces;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * JavaFX fonts for base-map labels, from the bundled fonts, and a measurer with a width cache.
 * FX thread only.
 */
public final class FxLabels implements TextMeasurer {

    private static boolean loaded;
    private final Map<LabelFont, Font> fonts = new EnumMap<>(LabelFont.class);
    private final Map<LabelFont, Font> cjkFonts = new EnumMap<>(LabelFont.class);
    private final Map<LabelFont, double[]> metrics = new EnumMap<>(LabelFont.class);
    private final Map<String, Double> widths = new HashMap<>();
    private final Text probe = new Text();

    private double scale = 1;

    FxLabels() {
        loadBundledFonts();
        build();
    }

    private void build() {
        widths.clear();
        for (LabelFont f : LabelFont.values()) {
            double size = f.size() * scale;
            Font font = Font.font(Typefaces.LATIN, f.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    f.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size);
            fonts.put(f, font);
            cjkFonts.put(f, Font.font(Typefaces.CJK, f.bold() ? FontWeight.BOLD : FontWeight.NORMAL, size));
            probe.setFont(font);
            probe.setText("Hg");
            double ascent = -probe.getLayoutBounds().getMinY();
            double descent = probe.getLayoutBounds().getMaxY();
            metrics.put(f, new double[]{ascent * INK_ASCENT, descent * INK_DESCENT});
        }
    }

    /** Sets every label size to {@code scale} times its normal size (presentation mode enlarges them). */
    void setScale(double scale) {
        if (scale != this.scale) {
            this.scale = scale;
            build();
        }
    }

    double scale() {
        return scale;
    }

    /** Registers the bundled faces ({@link Typefaces}) with JavaFX, once per process. */
    public static synchronized void loadBundledFonts() {
        if (loaded) {
            return;
        }
        for (String file : Typefaces.FILES) {
            try (InputStream in = FxLabels.class.getResourceAsStream(Typefaces.FOLDER + file)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + file, e);
            }
        }
        loaded = true;
    }

    /** The font a label's text is set in: Noto Sans, or the bundled CJK face for Chinese. */
    Font font(LabelFont f, String text) {
        return (Typefaces.needsCjk(text) ? cjkFonts : fonts).get(f);
    }

    @Override
    public double width(String text, LabelFont font) {
        return widths.computeIfAbsent(font.ordinal() + "|" + text, k -> {
            probe.setFont(font(font, text));
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
