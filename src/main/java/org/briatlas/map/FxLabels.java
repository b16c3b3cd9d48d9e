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

    private static boolean latinLoaded;
    private static boolean cjkLoaded;
    /** True once the CJK face is to be loaded later, or is being loaded, off the interface thread. */
    private static boolean cjkLater;

    /**
     * Registers the bundled faces ({@link Typefaces}) with JavaFX, once per process: the Latin ones now, and the
     * CJK one now too unless {@link #deferCjk()} put it off.
     */
    public static void loadBundledFonts() {
        synchronized (FxLabels.class) {
            loadLatin();
            if (cjkLater) {
                return;
            }
        }
        loadCjk();
    }

    /**
     * Registers the Latin faces on a thread of its own, so that the interface thread does not spend the start
     * reading them; {@link #loadBundledFonts()} then finds them in, or waits for the loading under way.
     */
    public static void loadLatinInBackground() {
        Thread t = new Thread(FxLabels::loadLatin, "font-loader");
        t.setDaemon(true);
        t.start();
    }

    private static synchronized void loadLatin() {
        if (!latinLoaded) {
            Typefaces.FILES.stream().filter(f -> !isCjkFile(f)).forEach(FxLabels::load);
            latinLoaded = true;
        }
    }

    private static boolean isCjkFile(String file) {
        return file.contains("CJK");
    }

    private static synchronized void loadCjk() {
        if (!cjkLoaded) {
            Typefaces.FILES.stream().filter(FxLabels::isCjkFile).forEach(FxLabels::load);
            cjkLoaded = true;
        }
    }

    /**
     * Puts off the CJK face (7 MB, the most of the bundled fonts): {@link #loadBundledFonts()} skips it, so that
     * a window in English or Russian does not wait for it; {@link #loadCjkInBackground()} loads it later, and
     * its Chinese text (a menu's 中文, a place's Chinese name) appears after it is in.
     */
    public static synchronized void deferCjk() {
        if (!cjkLoaded) {
            cjkLater = true;
        }
    }

    /** Loads the CJK face on a thread of its own (nothing if it is in). */
    public static void loadCjkInBackground() {
        synchronized (FxLabels.class) {
            if (cjkLoaded) {
                return;
            }
            cjkLater = true;
        }
        Thread t = new Thread(FxLabels::loadCjk, "cjk-font-loader");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the CJK face now (waits for the background loading if it is under way). */
    public static void loadCjkNow() {
        loadCjk();
    }

    private static void load(String file) {
        try (InputStream in = FxLabels.class.getResourceAsStream(Typefaces.FOLDER + file)) {
            if (in != null) {
                Font.loadFont(in, 12);
            }
        } catch (IOException e) {
            throw new IllegalStateException("bundled font unreadable: " + file, e);
        }
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
