package org.briatlas.layers;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.briatlas.carto.Java2DSurface;
import org.briatlas.carto.ThematicFrame;
import org.briatlas.carto.UserLayerPainter;
import org.briatlas.fx.FxSurface;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The user's layers on the map, drawn off the interface thread: a picture of the view and a margin around
 * it is drawn by a thread of its own and shown as an image, which the map moves (and scales, while zooming)
 * as it pans, so that a frame costs the interface thread the same for ten features or a million. When the
 * view nears the picture's edge, the zoom settles, or the layers, their styles or the year change, a new
 * picture is drawn; the old one stays until it is ready (a newer request supersedes one in progress). The
 * selected and hovered feature's halo is drawn on a small canvas over it, on the interface thread (one
 * feature). FX thread only, but for the drawing thread.
 */
final class UserLayerRaster {

    /** The picture reaches this share of the view's width and height beyond each edge. */
    private static final double MARGIN = 0.3;

    private final ImageView image = new ImageView();
    private final Canvas halo = new Canvas();
    private final ExecutorService drawer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "user-layer-drawing");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** What a picture shows: world size, the world pixel of its top-left corner, its size in logical pixels. */
    private record Shot(double world, double x, double y, double w, double h, long content) {
    }

    private Shot shown;
    private Request wanted;
    private boolean drawing;
    private long content;
    private long drawNanos;

    UserLayerRaster() {
        image.setId("user-layers-image");
        image.setMouseTransparent(true);
        image.setSmooth(true);
        halo.setMouseTransparent(true);
        halo.setId("user-layers-halo");
    }

    javafx.scene.Node imageNode() {
        return image;
    }

    javafx.scene.Node haloNode() {
        return halo;
    }

    /** The layers, their styles or what they show changed: the picture is drawn anew. */
    void contentChanged() {
        content++;
    }

    /** Nanoseconds the last picture took to draw, off the interface thread (for the benchmark). */
    long lastDrawNanos() {
        return drawNanos;
    }

    /** True while a picture is being drawn or one is due (for the benchmark and tests). */
    boolean busy() {
        return drawing || shown == null || shown.content() != content;
    }

    /**
     * Places the picture for the view (world size, the world pixel at the view's top-left, its size), asks for
     * a new one where needed, and draws the halos.
     *
     * @param frame the view's frame, for the halos and as the template of a new picture's
     */
    void layout(UserLayerPainter painter, boolean shownAtAll, ThematicFrame frame, double scale) {
        boolean any = shownAtAll && painter.layers().stream().anyMatch(l -> l.visible())
                || shownAtAll && painter.has("");
        image.setVisible(any);
        halo.setVisible(any);
        if (!any) {
            return;
        }
        double world = frame.world();
        lastFrame = frame;
        place(frame);
        Shot s = shown;
        boolean inside = s != null && s.world() == world && s.content() == content
                && frame.originX() - s.x() >= frame.width() * MARGIN / 2
                && frame.originY() - s.y() >= frame.height() * MARGIN / 2
                && s.x() + s.w() - (frame.originX() + frame.width()) >= frame.width() * MARGIN / 2
                && s.y() + s.h() - (frame.originY() + frame.height()) >= frame.height() * MARGIN / 2;
        if (!inside) {
            double mx = Math.ceil(frame.width() * MARGIN);
            double my = Math.ceil(frame.height() * MARGIN);
            request(painter, new Shot(world, frame.originX() - mx, frame.originY() - my, frame.width() + 2 * mx,
                    frame.height() + 2 * my, content), frame, scale);
        }
        drawHalo(painter, frame, scale);
    }

    private ThematicFrame lastFrame;

    /** Puts the picture where its part of the world is in the frame, scaled while the zoom differs. */
    private void place(ThematicFrame frame) {
        Shot s = shown;
        if (s != null) {
            double k = frame.world() / s.world();
            image.setLayoutX(s.x() * k - frame.originX());
            image.setLayoutY(s.y() * k - frame.originY());
            image.setFitWidth(s.w() * k);
            image.setFitHeight(s.h() * k);
        }
    }

    private void drawHalo(UserLayerPainter painter, ThematicFrame frame, double scale) {
        halo.setWidth(frame.width() * scale);
        halo.setHeight(frame.height() * scale);
        halo.getTransforms().setAll(new javafx.scene.transform.Scale(1 / scale, 1 / scale, 0, 0));
        GraphicsContext g = halo.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.clearRect(0, 0, frame.width() + 1, frame.height() + 1);
        painter.paintHighlights(new FxSurface(g), frame);
    }

    /** A picture asked for: what it shows, drawn by which painter, at which year, weight and scale. */
    private record Request(Shot shot, UserLayerPainter painter, ThematicFrame frame, double scale) {
    }

    private void request(UserLayerPainter painter, Shot shot, ThematicFrame frame, double scale) {
        wanted = new Request(shot, painter, frame, scale);
        if (!drawing) {
            drawNext();
        }
    }

    private void drawNext() {
        Request r = wanted;
        if (r == null) {
            return;
        }
        wanted = null;
        drawing = true;
        Shot shot = r.shot();
        ThematicFrame at = new ThematicFrame(shot.world(), shot.x(), shot.y(), shot.w(), shot.h(), l -> true, null,
                null, r.frame().year(), r.frame().weight(), null, null, null);
        drawer.execute(() -> {
            WritableImage done = null;
            long t0 = System.nanoTime();
            try {
                done = draw(r.painter(), at, r.scale());
            } catch (RuntimeException | OutOfMemoryError e) {
                java.util.logging.Logger.getLogger(UserLayerRaster.class.getName()).log(
                        java.util.logging.Level.WARNING, "user layers not drawn", e);
            }
            long took = System.nanoTime() - t0;
            WritableImage result = done;
            Platform.runLater(() -> {
                drawing = false;
                drawNanos = took;
                if (result != null) {
                    shown = shot;
                    image.setImage(result);
                    if (lastFrame != null) {
                        place(lastFrame);
                    }
                }
                drawNext();
            });
        });
    }

    /** Draws the layers for a frame at a scale into an image (on the drawing thread). */
    private static WritableImage draw(UserLayerPainter painter, ThematicFrame f, double scale) {
        int w = Math.max(1, (int) Math.ceil(f.width() * scale));
        int h = Math.max(1, (int) Math.ceil(f.height() * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            painter.paintLayers(new Java2DSurface(g), f);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return out;
    }

    /** Stops the drawing thread. */
    void dispose() {
        drawer.shutdownNow();
    }
}
