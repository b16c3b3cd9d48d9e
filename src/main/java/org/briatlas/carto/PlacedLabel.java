package org.briatlas.carto;

/**
 * A label the placer kept, in the pixel space of the view it was placed for.
 *
 * @param label   what is named
 * @param font    its type style
 * @param anchorX x of the place (the city dot, or the centre of a water label)
 * @param anchorY y of the place
 * @param textX   x of the text's baseline start, relative to the anchor, before rotation
 * @param textY   y of the text's baseline, relative to the anchor, before rotation
 * @param angle   rotation of the text about the anchor, degrees clockwise
 */
public record PlacedLabel(PlaceLabel label, LabelFont font, double anchorX, double anchorY,
                          double textX, double textY, double angle) {
}
