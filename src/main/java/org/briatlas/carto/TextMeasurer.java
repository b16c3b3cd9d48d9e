package org.briatlas.carto;

/**
 * Measures label text in one toolkit (Java2D or JavaFX), in logical pixels.
 */
public interface TextMeasurer {

    double width(String text, LabelFont font);

    /** Height of capitals above the baseline. */
    double ascent(LabelFont font);

    /** Depth of descenders below the baseline. */
    double descent(LabelFont font);
}
