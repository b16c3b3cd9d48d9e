package org.briatlas.map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.briatlas.carto.TileRenderer;
import org.briatlas.geo.TileId;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tile source behind the map: draws base-map tiles with {@link TileRenderer} on background threads,
 * converts them to JavaFX images and keeps recent ones in a memory cache bounded in bytes.
 *
 * <p>Gluon Maps finds its retriever through {@code ServiceLoader} once per process and constructs it
 * itself, so the retriever ({@link OfflineTileRetriever}) delegates here; the application calls
 * {@link #install} when the base map is ready. Requests made before that wait, they are not lost.
 * Newest requests are drawn first, so the view the user is looking at now fills in before tiles they
 * have already scrolled past. Thread-safe.
 */
public final class OfflineTiles {

    private static final Logger LOG = Logger.getLogger(OfflineTiles.class.getName());
    private static final long DEFAULT_CACHE_BYTES = 160L * 1024 * 1024;

    private static final OfflineTiles INSTANCE = new OfflineTiles(DEFAULT_CACHE_BYTES);

    private final CompletableFuture<TileRenderer> renderer = new CompletableFuture<>();
    private final ThreadPoolExecutor workers;
    private final Cache cache;
    private final Map<Key, CompletableFuture<Image>> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile double pixelScale = 1;
    private volatile Consumer<Throwable> failureListener = t -> { };
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong drawn = new AtomicLong();
    private final AtomicInteger pending = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean warnedFailure = new java.util.concurrent.atomic.AtomicBoolean();

    OfflineTiles(long cacheBytes) {
        this.cache = new Cache(cacheBytes);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LifoQueue(), r -> {
            Thread t = new Thread(r, "tile-painter-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    /** The process-wide tile source that Gluon's map uses. */
    public static OfflineTiles shared() {
        return INSTANCE;
    }

    /** Connects the tile source to the base map; tiles requested earlier are drawn now. */
    public void install(TileRenderer tileRenderer) {
        renderer.complete(tileRenderer);
    }

    /**
     * Sets the device pixels per logical pixel for new tiles (the screen's output scale). A change
     * empties the cache so that tiles are redrawn crisp.
     */
    public void setPixelScale(double scale) {
        double s = Math.max(1, Math.min(4, scale));
        if (s != pixelScale) {
            pixelScale = s;
            cache.clear();
        }
    }

    public double pixelScale() {
        return pixelScale;
    }

    /** Called on a background thread with the cause whenever a tile cannot be drawn. */
    public void setFailureListener(Consumer<Throwable> listener) {
        failureListener = listener == null ? t -> { } : listener;
    }

    /** Tiles asked for since start. */
    public long requestedCount() {
        return requested.get();
    }

    /** Tiles delivered since start, drawn or from the cache. */
    public long servedCount() {
        return served.get();
    }

    /** Tiles drawn since start (not taken from the cache or from a drawing under way). */
    public long drawnCount() {
        return drawn.get();
    }

    /** Tiles asked for and not yet delivered. */
    public int pendingCount() {
        return pending.get();
    }

    /** The executor tiles are drawn on, for other background drawing that should share its threads. */
    public Executor executor() {
        return workers;
    }

    /** A tile image, from the cache at once or drawn in the background. */
    public CompletableFuture<Image> tile(int zoom, long col, long row) {
        if (requested.incrementAndGet() == 1) {
            org.briatlas.timing.StartupTimeline.mark("tiles-asked");
        }
        double scale = pixelScale;
        TileId id;
        try {
            id = new TileId(zoom, col, row);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Key key = new Key(id, scale);
        Image cached = cache.get(key);
        if (cached != null) {
            served.incrementAndGet();
            return CompletableFuture.completedFuture(cached);
        }
        pending.incrementAndGet();
        return draw(key).whenComplete((image, error) -> {
            pending.decrementAndGet();
            if (error == null) {
                served.incrementAndGet();
                org.briatlas.timing.StartupTimeline.mark("first-tile");
            } else {
                // One broken base map fails every tile: the first failure is worth a warning, the rest are noise.
                LOG.log(warnedFailure.getAndSet(true) ? Level.FINE : Level.WARNING,
                        "tile " + id + " could not be drawn", error);
                failureListener.accept(error);
            }
        });
    }

    /** The tile drawn in the background, into the cache; a tile already being drawn is not drawn twice. */
    private CompletableFuture<Image> draw(Key key) {
        CompletableFuture<Image> drawing = inFlight.get(key);
        if (drawing != null) {
            return drawing;
        }
        CompletableFuture<Image> mine = new CompletableFuture<>();
        drawing = inFlight.putIfAbsent(key, mine);
        if (drawing != null) {
            return drawing;
        }
        renderer.thenApplyAsync(r -> {
            drawn.incrementAndGet();
            Image image = toFxImage(r.render(key.tile(), key.scale()));
            cache.put(key, image);
            return image;
        }, workers).whenComplete((image, error) -> {
            inFlight.remove(key, mine);
            if (error == null) {
                mine.complete(image);
            } else {
                mine.completeExceptionally(error);
            }
        });
        return mine;
    }

    /**
     * Starts drawing the tiles that the map will ask for first, before it asks: those of a view centred on
     * {@code lon, lat} at {@code zoom} in a map of about {@code width x height} logical pixels, by the rule
     * Gluon's map chooses its tiles with (the zoom level {@code floor(zoom + 0.2)}; one column more to the west;
     * three more columns and rows than fill the map). The start calls it as the window shows, with the map's
     * size estimated from the window's, so the tiles are drawn while the views are built; a tile the map then
     * asks for is taken from the cache or joins its drawing. Returns how many tiles it started.
     */
    public int prefetch(double lon, double lat, double zoom, double width, double height) {
        if (!(width > 0 && height > 0 && zoom >= 0 && zoom <= 30) || !Double.isFinite(lon) || !Double.isFinite(lat)) {
            return 0;
        }
        int level = Math.min((int) Math.floor(zoom + 0.2), 19);
        double s = Math.pow(2, level - zoom);
        double worldPx = 256 * Math.pow(2, zoom);
        double tx = width / 2 - org.briatlas.geo.WebMercator.x(lon) * worldPx;
        double ty = height / 2 - org.briatlas.geo.WebMercator.y(lat) * worldPx;
        long n = 1L << level;
        long iMin = Math.max(0, (long) (-tx * s / 256) - 1);
        long jMin = Math.max(0, (long) (-ty * s / 256));
        long iMax = Math.min(n - 1, iMin + (long) (width * s / 256) + 3);
        long jMax = Math.min(n - 1, jMin + (long) (height * s / 256) + 3);
        double scale = pixelScale;
        int started = 0;
        for (long i = iMin; i <= iMax; i++) {
            for (long j = jMin; j <= jMax; j++) {
                Key key = new Key(new TileId(level, i, j), scale);
                if (cache.get(key) == null) {
                    draw(key);
                    started++;
                }
            }
        }
        return started;
    }

    /** Copies a Java2D image (premultiplied ARGB) into a JavaFX image; safe off the FX thread. */
    static Image toFxImage(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage argb = src;
        if (src.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            argb.createGraphics().drawImage(src, 0, 0, null);
        }
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        // The image wraps the drawn pixels, no copy: a copy into JavaFX's own byte layout cost a conversion
        // here and another back to premultiplied ints when the renderer made its texture, and twice the memory
        // per cached tile. Nothing writes to the tile's pixels once drawn.
        return new WritableImage(new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }

    private record Key(TileId tile, double scale) {
        // Written out, as TileId's are: no method handles linked for the first tile asked.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && tile.equals(k.tile) && Double.compare(scale, k.scale) == 0;
        }

        @Override
        public int hashCode() {
            return tile.hashCode() * 31 + Double.hashCode(scale);
        }
    }

    /** Least-recently-used images up to a byte budget. */
    private static final class Cache {
        private final long budget;
        private long bytes;
        private final LinkedHashMap<Key, Image> map = new LinkedHashMap<>(256, 0.75f, true);

        Cache(long budget) {
            this.budget = budget;
        }

        synchronized Image get(Key k) {
            return map.get(k);
        }

        synchronized void put(Key k, Image image) {
            Image old = map.put(k, image);
            if (old != null) {
                bytes -= size(old);
            }
            bytes += size(image);
            var it = map.entrySet().iterator();
            while (bytes > budget && it.hasNext()) {
                Map.Entry<Key, Image> e = it.next();
                bytes -= size(e.getValue());
                it.remove();
            }
        }

        synchronized void clear() {
            map.clear();
            bytes = 0;
        }

        private static long size(Image i) {
            return (long) i.getWidth() * (long) i.getHeight() * 4;
        }
    }

    /** A work queue that hands out the newest task first. */
    private static final class LifoQueue extends LinkedBlockingDeque<Runnable> {
        @Override
        public boolean offer(Runnable r) {
            return offerFirst(r);
        }

        @Override
        public boolean add(Runnable r) {
            return offerFirst(r);
        }
    }
}
