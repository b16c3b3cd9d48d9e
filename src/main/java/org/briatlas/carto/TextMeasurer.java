package org.briatlas.carto;

/**
 * Measures label text in one toolkit (Java2D or JavaFX), in logical pixels.
 */
public interface TextMeasurer {

    /**
     * Share of a font's ascent that capitals and lower-case letters really use; fonts reserve room for
     * accents above that, which would push labels needlessly far apart.
     */
    double INK_ASCENT = 0.78;
    /** Share of a font's descent that descenders really use. */
    double INK_DESCENT = 0.8;

    double width(String text, LabelFont font);

    /** Height of capitals above the baseline. */
    double ascent(LabelFont font);

    /** Depth of descenders below the baseline. */
    double descent(LabelFont font);
}
