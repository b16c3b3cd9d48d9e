package org.briatlas.cli;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapException;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.carto.MapComposer;
import org.briatlas.carto.MapLegend;
import org.briatlas.carto.MapScene;
import org.briatlas.carto.PaperStatistics;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.i18n.Messages;
import org.briatlas.i18n.Texts;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.AtomicFiles;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code render}: draws a named view, or a centre and zoom, to a PNG file without opening a window, as the
 * window draws it: the base map, the countries shaded for the year, the chosen thematic layers (through the
 * window's painter, via {@link MapComposer}), the place names, and optionally a legend and a title; the
 * source line always.
 */
final class RenderCommand {

    private final PrintStream out;

    RenderCommand(PrintStream out) {
        this.out = out;
    }

    /** The most characters of a {@code --title}; a longer one is cut and ends with "…". */
    static final int TITLE_LIMIT = 160;
    /** The years the paper's figures and the year control cover. */
    static final int FIRST_YEAR = 2006;
    static final int LAST_YEAR = 2018;

    /**
     * A parsed render request.
     *
     * @param layers   the thematic layers to draw (empty for none)
     * @param select   the id of the feature to halo, or null
     * @param year     the year of the shading and of the faint routes not yet opened
     * @param legend   whether to draw the legend
     * @param title    the title to draw at the top, or null
     */
    record Request(MapViewpoint view, int width, int height, double scale, Path output, String description,
                   boolean labels, String language, List<AtlasLayer> layers, String select, int year, boolean legend,
                   String title, List<UserFile> userFiles, boolean selectOptional) {
    }

    /** A user's file to draw: as a workspace names and styles it, or as --add-layer gives it. */
    record UserFile(Path file, String name, java.util.Map<String, Object> style) {
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        if (args.stream().anyMatch(a -> a.equals("--tour") || a.startsWith("--tour="))) {
            return renderTour(args);
        }
        Request r = parse(args);
        List<org.briatlas.model.UserLayer> userLayers = new ArrayList<>();
        AtlasData atlas = withUserFiles(new AtlasDataReader().read(AtlasDataReader.shipped()), r.userFiles(),
                userLayers);
        AtlasFeature selected = null;
        if (r.select() != null) {
            selected = r.selectOptional() && atlas.byId(r.select()).isEmpty() ? null
                    : atlas.byId(r.select()).orElseThrow(() -> new UsageException("unknown feature '" + r.select()
                    + "' for --select; the ids are those of the features' \"id\" in geo/ (e.g. "
                    + "pipe-east-line-gas)"));
            if (selected == null || !r.layers().contains(selected.layer()) && r.selectOptional()) {
                // The workspace's selection, in a layer the command line left out: not drawn.
                selected = null;
            } else if (!r.layers().contains(selected.layer())) {
                throw new UsageException("--select " + r.select() + " is in the layer '" + selected.layer().id()
                        + "', which --layers leaves out");
            }
        }
        PaperStatistics statistics;
        try {
            statistics = PaperStatistics.shipped();
        } catch (IOException e) {
            throw new Cli.CommandFailure("the paper's tables cannot be read: " + e.getMessage(), e);
        }
        BaseMapData data = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        BufferedImage image;
        try {
            image = new MapComposer(data, atlas, statistics).withUserLayers(userLayers).render(new MapScene(r.view(), r.width(), r.height(),
                    r.layers(), selected, r.year(), Set.of(), r.labels(), r.language()), r.scale());
        } catch (BaseMapException e) {
            throw new Cli.CommandFailure("the base map cannot be drawn: " + e.getMessage(), e);
        }
        overlay(image, r, userLayers);
        try {
            AtomicFiles.write(r.output(), o -> {
                if (!ImageIO.write(image, "png", o)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } catch (IOException e) {
            throw new Cli.CommandFailure("cannot write " + r.output() + ": " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "wrote %s (%dx%d px, %s, centre %.4f, %.4f, zoom %.2f, layers %s, year %d)%n",
                r.output(), image.getWidth(), image.getHeight(), r.description(), r.view().lon(), r.view().lat(),
                r.view().zoom(), layerList(r.layers()), r.year());
        return 0;
    }

    /** The shipped data with the user's files (a workspace's, --add-layer's) as the user's layers, in order. */
    private AtlasData withUserFiles(AtlasData shipped, List<UserFile> files, List<org.briatlas.model.UserLayer> layers)
            throws Cli.CommandFailure {
        if (files.isEmpty()) {
            return shipped;
        }
        List<AtlasFeature> features = new ArrayList<>();
        List<org.briatlas.model.ReadProblem> problems = new ArrayList<>();
        for (UserFile u : files) {
            Path f = u.file();
            try {
                org.briatlas.model.FeatureCollection fc = new AtlasDataReader().readUserCollection(f);
                String id = "u" + (layers.size() + 1);
                List<AtlasFeature> mine = new ArrayList<>();
                fc.features().forEach(g -> mine.add(new AtlasFeature(AtlasLayer.USER, g, id)));
                org.briatlas.model.LayerStyle style = org.briatlas.model.LayerStyle.fromMap(u.style(),
                        org.briatlas.model.LayerStyle.defaultFor(layers.size()));
                layers.add(new org.briatlas.model.UserLayer(id, u.name() == null
                        ? org.briatlas.model.UserLayer.nameOf(f) : u.name(), f, fc.format(), style, true, mine,
                        fc.problems()));
                features.addAll(mine);
                problems.addAll(fc.problems());
                out.printf(Locale.ROOT, "read %s (%s): %d features%s%n", f, fc.format().id(), mine.size(),
                        fc.problems().isEmpty() ? "" : ", " + fc.problems().size() + " problems (the first: "
                                + fc.problems().get(0).describe() + ")");
            } catch (IOException e) {
                throw new Cli.CommandFailure("cannot read the layer " + f + ": " + e.getMessage(), e);
            }
        }
        return shipped.withUserLayer(features, problems);
    }

    /** The title, the legend and the source line, over the map, in the request's language. */
    private static void overlay(BufferedImage image, Request r, List<org.briatlas.model.UserLayer> userLayers) {
        var text = Messages.bundle(r.language());
        Graphics2D g = image.createGraphics();
        try {
            g.scale(r.scale(), r.scale());
            MapComposer.smooth(g);
            if (r.title() != null) {
                MapComposer.drawTitle(g, r.title(), 0, r.width());
            }
            double sourceTop = MapComposer.drawSource(g, text.getString("slide.source"), r.width(), r.height());
            if (r.legend()) {
                MapLegend.draw(g, text, r.layers(), userLayers, r.year(), r.width() - 14, sourceTop - 8);
            }
        } finally {
            g.dispose();
        }
    }

    private static String layerList(List<AtlasLayer> layers) {
        if (layers.equals(MapScene.allLayers())) {
            return "all";
        }
        return layers.isEmpty() ? "none" : layers.stream().map(AtlasLayer::id).collect(Collectors.joining(","));
    }

    /** {@code render --tour FILE --out FOLDER}: one slide per stop, stop-01.png, stop-02.png, ... */
    private int renderTour(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of("tour", "out", "size", "scale", "lang"), Set.of());
        int[] size = parseSize(o.get("size").orElse("1600x1000"));
        double scale = parseNumber("scale", o.get("scale").orElse("1"), 1, 4);
        checkPixels(size, scale);
        String lang = o.language();
        Path folder = Path.of(o.require("out"));
        org.briatlas.model.Tour tour;
        try {
            tour = org.briatlas.io.TourFile.read(Path.of(o.require("tour")));
        } catch (org.briatlas.io.TourFile.TourFileException e) {
            throw new Cli.CommandFailure(e.getMessage(), e);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Cli.CommandFailure("cannot create " + folder + ": " + e.getMessage(), e);
        }
        BaseMapData data = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        org.briatlas.model.AtlasData atlas = new org.briatlas.io.AtlasDataReader().read(
                org.briatlas.io.AtlasDataReader.shipped());
        var bundle = org.briatlas.i18n.Messages.bundle(lang);
        PaperStatistics statistics;
        try {
            statistics = PaperStatistics.shipped();
        } catch (IOException e) {
            throw new Cli.CommandFailure("the paper's tables cannot be read: " + e.getMessage(), e);
        }
        org.briatlas.carto.SlideRenderer slides = new org.briatlas.carto.SlideRenderer(
                new MapComposer(data, atlas, statistics), bundle);
        for (int i = 0; i < tour.stops().size(); i++) {
            BufferedImage image;
            try {
                image = slides.render(tour.stops().get(i), i + 1, tour.stops().size(), lang, size[0], size[1], scale);
            } catch (BaseMapException e) {
                throw new Cli.CommandFailure("the base map cannot be drawn: " + e.getMessage(), e);
            }
            Path file = folder.resolve(String.format(Locale.ROOT, "stop-%02d.png", i + 1));
            try {
                AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
            } catch (IOException e) {
                throw new Cli.CommandFailure("cannot write " + file + ": " + e.getMessage(), e);
            }
            out.println("wrote " + file);
        }
        out.printf(Locale.ROOT, "%d slides of \"%s\" in %s%n", tour.stops().size(),
                org.briatlas.model.Tour.text(tour.title(), lang), folder);
        return 0;
    }

    static Request parse(List<String> args) throws UsageException {
        Options o = Options.parse(args, Set.of("view", "center", "zoom", "size", "scale", "out", "lang", "layers",
                "year", "select", "title", "workspace", "add-layer"), Set.of("no-labels", "legend"));
        org.briatlas.model.Workspace workspace = null;
        Path workspaceFile = null;
        if (o.has("workspace")) {
            workspaceFile = Path.of(o.require("workspace"));
            try {
                workspace = org.briatlas.io.WorkspaceFile.read(workspaceFile);
            } catch (IOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        int[] size = parseSize(o.get("size").orElse("1600x1000"));
        double scale = parseNumber("scale", o.get("scale").orElse("1"), 1, 4);
        checkPixels(size, scale);
        Path output = Path.of(o.require("out"));
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("the folder of --out does not exist: " + folder);
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--out must name a .png file: " + output);
        }
        MapViewpoint view;
        String description;
        if (workspace != null && !o.has("center") && !o.has("view")) {
            org.briatlas.model.Workspace.View v = workspace.view();
            view = new MapViewpoint(v.lon(), v.lat(), o.has("zoom") ? parseNumber("zoom", o.require("zoom"), 2, 10)
                    : v.zoom());
            description = "workspace " + workspaceFile.getFileName();
        } else if (o.has("center")) {
            if (o.has("view")) {
                throw new UsageException("give either --view or --center, not both");
            }
            if (!o.has("zoom")) {
                throw new UsageException("--center needs --zoom");
            }
            String[] ll = o.require("center").split(",");
            if (ll.length != 2) {
                throw new UsageException("--center must be LON,LAT, e.g. 126.65,45.75");
            }
            double lon = parseNumber("center longitude", ll[0], -180, 180);
            double lat = parseNumber("center latitude", ll[1], -85, 85);
            view = new MapViewpoint(lon, lat, parseNumber("zoom", o.require("zoom"), 2, 10));
            description = "custom view";
        } else {
            String name = o.get("view").orElse("heilongjiang");
            NamedView named = NamedView.byId(name).orElseThrow(
                    () -> new UsageException("unknown view '" + name + "'; known views: " + NamedView.ids()));
            view = named.fit(size[0], size[1]);
            if (o.has("zoom")) {
                view = new MapViewpoint(view.lon(), view.lat(), parseNumber("zoom", o.require("zoom"), 2, 10));
            }
            description = "view " + named.id();
        }
        String lang = o.language();
        List<AtlasLayer> layers = parseLayers(o.get("layers").orElse("all"));
        List<UserFile> userFiles = new ArrayList<>();
        if (workspace != null && !o.has("layers")) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (org.briatlas.model.Workspace.Layer l : workspace.layers()) {
                if (l.isFile()) {
                    Path f = org.briatlas.io.WorkspaceFile.resolve(workspaceFile, l.file());
                    if (!Files.isRegularFile(f)) {
                        throw new UsageException("the workspace's layer " + l.file() + " is not where it says (" + f
                                + "); open the workspace in the atlas to find it");
                    }
                    if (l.visible()) {
                        userFiles.add(new UserFile(f, l.name(), l.style()));
                    }
                } else if (l.visible()) {
                    shown.add(l.id());
                }
            }
            // A layer the workspace does not name is shown, as a new layer is in the window.
            java.util.Set<String> named = new java.util.HashSet<>();
            workspace.layers().forEach(l -> named.add(l.id()));
            layers = MapScene.allLayers().stream().filter(l -> shown.contains(l.id()) || !named.contains(l.id()))
                    .toList();
        }
        for (String f : o.all("add-layer")) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                throw new UsageException("--add-layer: " + f + " is not a file");
            }
            userFiles.add(new UserFile(p, null, java.util.Map.of()));
        }
        if (!userFiles.isEmpty()) {
            List<AtlasLayer> withUser = new ArrayList<>(layers);
            withUser.add(AtlasLayer.USER);
            layers = List.copyOf(withUser);
        }
        int year = workspace != null ? Math.max(FIRST_YEAR, Math.min(LAST_YEAR, workspace.year())) : LAST_YEAR;
        if (o.has("year")) {
            String y = o.require("year");
            if (!y.matches("[0-9]{4}")) {
                throw new UsageException("--year must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + "; got '"
                        + y + "'");
            }
            year = (int) parseNumber("--year", y, FIRST_YEAR, LAST_YEAR);
        }
        String select = o.get("select").orElse(workspace == null ? null : workspace.selected());
        if (select != null && select.isBlank()) {
            throw new UsageException("--select needs a feature id");
        }
        String title = o.get("title").map(RenderCommand::oneLine).map(t -> Texts.cap(t, TITLE_LIMIT))
                .filter(t -> !t.isBlank()).orElse(null);
        return new Request(view, size[0], size[1], scale, output, description, !o.has("no-labels"), lang, layers,
                select, year, o.has("legend"), title, List.copyOf(userFiles), !o.has("select"));
    }

    /** The layer ids {@code --layers} takes, as in tour files. */
    static List<String> layerIds() {
        return MapScene.allLayers().stream().map(AtlasLayer::id).toList();
    }

    /** {@code all}, {@code none} or a comma-separated list of layer ids; drawn in the atlas's layer order. */
    static List<AtlasLayer> parseLayers(String spec) throws UsageException {
        String s = spec.strip();
        if (s.equals("all")) {
            return MapScene.allLayers();
        }
        if (s.equals("none")) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : s.split(",", -1)) {
            String i = id.strip();
            if (i.isEmpty() || AtlasLayer.byId(i).filter(AtlasLayer::isShipped).isEmpty()) {
                throw new UsageException((i.isEmpty() ? "an empty layer id in --layers '" + spec + "'"
                        : "unknown layer '" + i + "'") + "; --layers takes all, none or ids separated by commas: "
                        + String.join(", ", layerIds()));
            }
            ids.add(i);
        }
        return MapScene.allLayers().stream().filter(l -> ids.contains(l.id())).toList();
    }

    /** A title on one line: line breaks, tabs and other control characters become spaces. */
    private static String oneLine(String title) {
        return title.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** WIDTHxHEIGHT: two whole numbers of pixels and nothing else (no sign, spaces, decimals or exponents). */
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("([0-9]{1,9})[xX]([0-9]{1,9})");

    static int[] parseSize(String s) throws UsageException {
        java.util.regex.Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            throw new UsageException("--size must be WIDTHxHEIGHT in whole pixels, e.g. 1600x1000; got '" + s + "'");
        }
        int w = (int) parseNumber("width", m.group(1), 64, 8192);
        int h = (int) parseNumber("height", m.group(2), 64, 8192);
        return new int[]{w, h};
    }

    /** The image in pixels, size times scale, must stay within 8192x8192 (about 256 MB of pixels). */
    static void checkPixels(int[] size, double scale) throws UsageException {
        if ((long) Math.round(size[0] * scale) * Math.round(size[1] * scale) > 8192L * 8192L) {
            throw new UsageException("--size times --scale is larger than 8192x8192 pixels");
        }
    }

    static double parseNumber(String what, String text, double min, double max) throws UsageException {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number; got '" + text + "'");
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new UsageException(what + " must be between " + fmt(min) + " and " + fmt(max) + "; got '" + text + "'");
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
