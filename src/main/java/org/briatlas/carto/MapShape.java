package org.briatlas.carto;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A piece of base-map geometry ready for Java2D, in normalised Web-Mercator coordinates (0..1).
 * Large polygons arrive cut into grid cells and long lines are cut into short runs, so that a tile only
 * touches the pieces near it. Immutable after construction; safe to share between drawing threads.
 */
public record MapShape(Path2D.Double path, Rectangle2D bounds) {

    public MapShape(Path2D.Double path) {
        this(path, path.getBounds2D());
    }
}
