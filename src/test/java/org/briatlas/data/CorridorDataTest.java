package org.briatlas.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briatlas.analysis.Geodesic;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped corridor data against the paper: every channel, every named place, cited and valid. The
 * GeoJSON files under geo/corridors, geo/places and geo/thematic are the source (edited by hand, see
 * geo/corridors/README.md); these tests are what keeps them consistent.
 */
class CorridorDataTest {

    /** The paper, beside the repository as the workplace lays it out (and as CI gets it). */
    private static final Path PAPER = Path.of("../shared/seed/000_801427d08cd55730.txt");
    /** The properties geo/corridors/README.md promises on every feature. */
    private static final List<String> REQUIRED = List.of("id", "name", "nameSource", "channel", "kind", "status",
            "dates", "figures", "citation", "geometryMethod", "geometrySource");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> CERTAINTIES = Set.of("certain", "probable", "uncertain");

    private static AtlasData data;

    @BeforeAll
    static void load() {
        data = new AtlasDataReader().read(AtlasDataReader.shipped());
    }

    @Test
    void openingDatesAreExplicitAndTracedToADateOfTheFeature() {
        int opened = 0;
        for (AtlasFeature f : data.features()) {
            if (!(f.properties().get("opened") instanceof java.util.Map<?, ?> o)) {
                continue;
            }
            opened++;
            assertTrue(o.get("date") instanceof String d && d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), f.id());
            assertTrue(o.get("citation") instanceof java.util.Map<?, ?>, f.id() + ": cited");
            boolean traced = f.list("dates").stream().anyMatch(x -> x instanceof java.util.Map<?, ?> m
                    && o.get("date").equals(m.get("date")) && java.util.Objects.equals(o.get("citation"),
                    m.get("citation")));
            assertTrue(traced, f.id() + ": the opening is one of the feature's cited dates");
        }
        assertTrue(opened >= 10, "the pipeline, the land-sea route, the express route and the institutes");
        assertEquals(2011, data.byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow().openedYear().getAsInt());
        assertEquals(2016, data.byId("corridor-harbin-suifenhe-russia-asia").orElseThrow().openedYear().getAsInt());
        assertTrue(data.byId("pipe-east-line-gas").orElseThrow().openedYear().isEmpty(), "a planned date is no opening");
    }

    @Test
    void everyShippedFeatureReadsValidAndCited() {
        assertEquals(List.of(), data.problems().stream().map(p -> p.describe()).toList());
        for (AtlasFeature f : data.features()) {
            assertTrue(f.geometry().isValid(), f + " invalid");
            assertTrue(!f.citation().isBlank(), f + " has no citation");
        }
    }

    @Test
    void everyFeatureIsNamedInEnglishChineseAndRussian() {
        List<String> missing = data.features().stream()
                .filter(f -> !(f.properties().get("name") instanceof Map<?, ?> names)
                        || Set.of("en", "zh", "ru").stream().anyMatch(l -> names.get(l) == null
                        || names.get(l).toString().isBlank()))
                .map(AtlasFeature::id).toList();
        assertEquals(List.of(), missing, "features without a name in every interface language");
    }

    @Test
    void everyKindAndStatusHasAWordInTheInterfaceLanguages() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.briatlas.i18n.messages", java.util.Locale.ROOT);
        List<String> missing = new java.util.ArrayList<>();
        for (AtlasFeature f : data.features()) {
            if (!f.kind().isEmpty() && !en.containsKey("feature.kind." + f.kind())) {
                missing.add("feature.kind." + f.kind());
            }
            Object status = f.properties().get("status");
            if (status != null && !en.containsKey("feature.status." + status.toString().replace(' ', '-'))) {
                missing.add("feature.status." + status);
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList(), "bundle keys (the other languages are checked by BundlesTest)");
    }

    @Test
    void everyChannelOfTable2IsPresent() {
        Map<AtlasLayer, Integer> counts = data.counts();
        for (AtlasLayer l : AtlasLayer.values()) {
            assertTrue(counts.get(l) > 0 || !l.isShipped(), l + " is empty");
        }
        for (AtlasFeature f : data.features()) {
            if (f.layer().isChannel()) {
                assertEquals(f.layer().id(), f.properties().get("channel"), f + " is in the wrong file");
            }
        }
    }

    @Test
    void everyPlaceTable2AndSectionTwoNameIsOnTheMap() {
        Set<String> names = data.features().stream().map(f -> f.name("en").toLowerCase())
                .collect(Collectors.toSet());
        // Places as Table 2 and Section II print them (resolved spellings where the paper misspells).
        for (String place : List.of("harbin", "suifenhe", "manzhouli", "tongjiang", "heihe", "mohe", "dongning",
                "fuyuan", "hulin", "raohe", "xunke", "laoheishan", "mingshan", "jiamusi", "qiqihar", "mudanjiang",
                "vladivostok", "nakhodka", "vostochny", "busan", "niigata", "dalian", "khabarovsk",
                "blagoveshchensk", "yekaterinburg", "hamburg", "rotterdam", "murmansk", "taicang", "daqing",
                "skovorodino", "guangzhou", "ningbo", "shanghai")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(place)), place + " is not on the map");
        }
    }

    /**
     * Every pipeline length the paper prints against the drawing. The drawings run straight between
     * the towns the lines pass, so they may fall short of a surveyed route, but by no more than a
     * quarter, and they may never be more than 10% longer. (The details panel flags every difference
     * above 10% beside the printed figure.)
     */
    @Test
    void measuredPipelineLengthsAreConsistentWithThePrintedFigures() {
        int checked = 0;
        for (AtlasFeature f : data.layer(AtlasLayer.PIPELINE)) {
            double km = Geodesic.lengthKm(f.geometry());
            for (Object o : f.list("figures")) {
                if (o instanceof Map<?, ?> m && "length".equals(m.get("quantity")) && "km".equals(m.get("unit"))) {
                    double stated = ((Number) m.get("value")).doubleValue();
                    if (stated == 3371) {
                        // "The newly built pipelines in the Chinese territory": the three Chinese sections.
                        km = data.layer(AtlasLayer.PIPELINE).stream()
                                .filter(p -> p.id().startsWith("pipe-east-line-gas-"))
                                .mapToDouble(p -> Geodesic.lengthKm(p.geometry())).sum();
                    }
                    double ratio = km / stated;
                    assertTrue(ratio > 0.75 && ratio < 1.10,
                            f.id() + ": drawn " + Math.round(km) + " km, printed " + stated + " km");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 3, "the crude line, the gas line and its north section state lengths");
    }

    @Test
    void theArcticCableIsSplitAt180AndMeasuredAsOneRoute() {
        AtlasFeature cable = data.layer(AtlasLayer.CABLE).stream().filter(f -> f.kind().equals("cable"))
                .findFirst().orElseThrow();
        assertTrue(cable.geometry().getNumGeometries() >= 2, "split into parts");
        double maxLon = cable.geometry().getEnvelopeInternal().getMaxX();
        double minLon = cable.geometry().getEnvelopeInternal().getMinX();
        assertEquals(180, maxLon, 1e-9);
        assertEquals(-180, minLon, 1e-9);
        assertTrue(Geodesic.lengthKm(cable.geometry()) > 8000, "Murmansk to Harbin is a long way");
    }

    @Test
    void aDamagedLayerIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
        for (AtlasLayer l : java.util.Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped).toList()) {
            Path target = dir.resolve(l.file());
            Files.createDirectories(target.getParent());
            try (var in = AtlasDataReader.shipped().open(l.file())) {
                Files.write(target, in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve(AtlasLayer.GRID.file()), "{\"type\":\"FeatureCollection\",\"features\":[");
        Files.delete(dir.resolve(AtlasLayer.CABLE.file()));
        AtlasData partial = new AtlasDataReader().read(AtlasDataReader.folder(dir));
        assertEquals(0, partial.counts().get(AtlasLayer.GRID));
        assertEquals(0, partial.counts().get(AtlasLayer.CABLE));
        assertEquals(data.counts().get(AtlasLayer.RAILWAY), partial.counts().get(AtlasLayer.RAILWAY));
        List<String> problems = partial.problems().stream().map(p -> p.describe()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("corridors/grid.geojson") && p.contains("malformed JSON")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("corridors/cable.geojson") && p.contains("missing")),
                problems.toString());
    }

    @Test
    void everyFeatureCarriesTheDocumentedProperties() {
        Set<String> channels = Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isChannel).map(AtlasLayer::id)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        channels.add("none");
        List<String> wrong = new ArrayList<>();
        for (AtlasFeature f : data.features()) {
            Map<String, Object> p = f.properties();
            String id = f.id();
            for (String key : REQUIRED) {
                if (!p.containsKey(key)) {
                    wrong.add(id + ": no \"" + key + "\"");
                }
            }
            if (!KEBAB.matcher(id).matches()) {
                wrong.add(id + ": the id is not lower-case words and digits joined by hyphens");
            }
            if (!channels.contains(String.valueOf(p.get("channel")))) {
                wrong.add(id + ": channel \"" + p.get("channel") + "\" is none of " + channels);
            }
            citationProblems(id, p.get("citation"), wrong);
            if (!p.containsKey("paperText") && !Boolean.FALSE.equals(p.get("namedInPaper"))) {
                wrong.add(id + ": no \"paperText\" (only a place with \"namedInPaper\": false may lack it)");
            }
            if (!(p.get("dates") instanceof List<?>) || !(p.get("figures") instanceof List<?>)) {
                wrong.add(id + ": \"dates\" and \"figures\" must be lists (empty if the paper gives none)");
            }
            for (Object o : f.list("dates")) {
                Map<?, ?> d = o instanceof Map<?, ?> m ? m : Map.of();
                for (String key : List.of("event", "date", "asPrinted", "citation")) {
                    if (!d.containsKey(key)) {
                        wrong.add(id + ": a date without \"" + key + "\"");
                    }
                }
                if (!(d.get("date") instanceof String date && DATE.matcher(date).matches())) {
                    wrong.add(id + ": date " + d.get("date") + " is not YYYY, YYYY-MM or YYYY-MM-DD");
                }
                citationProblems(id + " date", d.get("citation"), wrong);
            }
            for (Object o : f.list("figures")) {
                Map<?, ?> fig = o instanceof Map<?, ?> m ? m : Map.of();
                for (String key : List.of("quantity", "value", "unit", "asPrinted", "citation")) {
                    if (!fig.containsKey(key)) {
                        wrong.add(id + ": a figure without \"" + key + "\"");
                    }
                }
                citationProblems(id + " figure", fig.get("citation"), wrong);
            }
            if (p.containsKey("asPrinted") && !p.containsKey("resolution")) {
                wrong.add(id + ": \"asPrinted\" without a \"resolution\"");
            }
            if (p.containsKey("resolution") && !(p.get("resolution") instanceof Map<?, ?> r
                    && r.keySet().equals(Set.of("resolvedAs", "how", "certainty"))
                    && CERTAINTIES.contains(r.get("certainty")))) {
                wrong.add(id + ": \"resolution\" must have exactly resolvedAs, how and certainty (one of "
                        + CERTAINTIES + ")");
            }
            if (!f.isPoint() && f.list("places").isEmpty()) {
                wrong.add(id + ": a line without its \"places\"");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A citation names table, section, line and page (the page always null: see the README). */
    private static void citationProblems(String where, Object citation, List<String> wrong) {
        if (!(citation instanceof Map<?, ?> c)) {
            wrong.add(where + ": no citation");
            return;
        }
        for (String key : List.of("table", "section", "line", "page")) {
            if (!c.containsKey(key)) {
                wrong.add(where + ": citation without \"" + key + "\"");
            }
        }
        if (c.get("page") != null) {
            wrong.add(where + ": citation.page is not null (pages cannot be read from the paper's text)");
        }
    }

    @Test
    void everyReferenceNamesAShippedFeature() {
        Set<String> places = data.layer(AtlasLayer.PLACES).stream().map(AtlasFeature::id).collect(Collectors.toSet());
        Set<String> all = data.features().stream().map(AtlasFeature::id).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        for (AtlasFeature f : data.features()) {
            for (Object place : f.list("places")) {
                if (!places.contains(String.valueOf(place))) {
                    wrong.add(f.id() + ": place " + place + " is not in places/places.geojson");
                }
            }
            Object partOf = f.properties().get("partOf");
            if (partOf != null && !all.contains(partOf.toString())) {
                wrong.add(f.id() + ": partOf " + partOf + " is no feature");
            }
            for (String key : List.of("related", "sections")) {
                for (Object other : f.list(key)) {
                    if (!all.contains(String.valueOf(other))) {
                        wrong.add(f.id() + ": " + key + " " + other + " is no feature");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every quotation is the paper's: paperText (a Table 10 row's cells joined by " | "), each date's and
     * figure's asPrinted on the line its citation gives, and every asPrinted term somewhere in the
     * paper; runs of white space count as one space.
     */
    @Test
    void everyQuotationIsPrintedWhereItsCitationSays() throws IOException {
        Assumptions.assumeTrue(Files.exists(PAPER), "the paper is not beside the repository");
        List<String> raw = Files.readAllLines(PAPER);
        List<String> lines = raw.stream().map(CorridorDataTest::spaced).toList();
        String whole = spaced(String.join("\n", raw));
        List<String> wrong = new ArrayList<>();
        for (AtlasFeature f : data.features()) {
            Map<String, Object> p = f.properties();
            if (p.get("paperText") instanceof String text) {
                List<String> cells = f.kind().equals("confucius-institute") ? List.of(text.split(" \\| ")) : List.of(text);
                for (String cell : cells) {
                    if (!printedOn(cell, f.object("citation").get("line"), lines)) {
                        wrong.add(f.id() + ": paperText is not on line " + f.object("citation").get("line") + ": " + cell);
                    }
                }
            }
            for (String key : List.of("dates", "figures")) {
                for (Object o : f.list(key)) {
                    if (o instanceof Map<?, ?> m && m.get("citation") instanceof Map<?, ?> c
                            && !printedOn(String.valueOf(m.get("asPrinted")), c.get("line"), lines)) {
                        wrong.add(f.id() + ": " + key + " asPrinted is not on line " + c.get("line") + ": "
                                + m.get("asPrinted"));
                    }
                }
            }
            if (p.get("asPrinted") instanceof String terms) {
                for (String term : terms.split("; ")) {
                    if (!whole.contains(spaced(term))) {
                        wrong.add(f.id() + ": asPrinted term is not in the paper: " + term);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean printedOn(String text, Object line, List<String> lines) {
        if (!(line instanceof Number n) || n.intValue() < 1 || n.intValue() > lines.size()) {
            return false;
        }
        return lines.get(n.intValue() - 1).contains(spaced(text));
    }

    private static String spaced(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * geo/corridors/README.md documents the data by hand: its file counts, its table of every feature
     * (id, channel, kind, geometry, file) and its list of name resolutions follow the files.
     */
    @Test
    void theDataReadmeListsEveryFeature() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("geo/corridors/README.md"));
        Map<String, String> files = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        Set<String> resolved = new java.util.TreeSet<>();
        String section = "";
        for (String line : readme) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                continue;
            }
            if (!line.startsWith("| ")) {
                continue;
            }
            // Rows whose key cell is code: the file in "Files", the id in "Every feature", the feature
            // in "Name resolutions" (after the certainty).
            List<String> cells = Arrays.stream(line.substring(1).split("\\|")).map(String::trim).toList();
            if (section.equals("Files") && cells.get(0).startsWith("`")) {
                files.put(cells.get(0).replace("`", ""), cells.get(1));
            } else if (section.equals("Every feature") && cells.get(0).startsWith("`")) {
                rows.add(String.join(" ", cells.get(0).replace("`", ""), cells.get(2), cells.get(3), cells.get(4),
                        cells.get(cells.size() - 1)));
            } else if (section.equals("Name resolutions") && cells.size() > 1 && cells.get(1).startsWith("`")) {
                resolved.add(cells.get(1).replace("`", ""));
            }
        }
        Map<String, String> counts = new LinkedHashMap<>();
        List<String> features = new ArrayList<>();
        for (AtlasLayer l : Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped).toList()) {
            counts.put("geo/" + l.file(), String.valueOf(data.counts().get(l)));
            for (AtlasFeature f : data.layer(l)) {
                features.add(String.join(" ", f.id(), String.valueOf(f.properties().get("channel")), f.kind(),
                        f.geometry().getGeometryType(), Path.of(l.file()).getFileName().toString()));
            }
        }
        assertEquals(counts, files, "the README's table of files and feature counts");
        assertEquals(features, rows, "the README's table of every feature (id, channel, kind, geometry, file), in file order");
        assertEquals(data.features().stream().filter(f -> f.properties().containsKey("resolution")).map(AtlasFeature::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new)), resolved, "the README's name resolutions");
    }

    /** Read from the files as written: the reader's feature id falls back to properties.id. */
    @Test
    void everyFeatureRepeatsItsIdAndEveryPositionHasAtMostFiveDecimals() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<String> wrong = new ArrayList<>();
        for (AtlasLayer l : Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped).toList()) {
            JsonNode root;
            try (InputStream in = AtlasDataReader.shipped().open(l.file())) {
                root = json.readTree(in);
            }
            for (JsonNode f : root.path("features")) {
                String id = f.path("properties").path("id").asText();
                if (!f.path("id").isTextual() || !f.path("id").asText().equals(id)) {
                    wrong.add(l.file() + " " + id + ": the GeoJSON feature id " + f.get("id") + " is not properties.id");
                }
                List<JsonNode> numbers = new ArrayList<>();
                collectNumbers(f.path("geometry").path("coordinates"), numbers);
                for (JsonNode n : numbers) {
                    if (n.decimalValue().stripTrailingZeros().scale() > 5) {
                        wrong.add(l.file() + " " + id + ": " + n.decimalValue() + " has more than 5 decimals");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void collectNumbers(JsonNode node, List<JsonNode> out) {
        if (node.isNumber()) {
            out.add(node);
        }
        for (JsonNode child : node) {
            collectNumbers(child, out);
        }
    }

    @Test
    void linesRepeatNoPointAndNoSegmentJumpsAcross180() {
        List<String> wrong = new ArrayList<>();
        for (AtlasFeature f : data.features()) {
            for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                if (f.geometry().getGeometryN(i) instanceof LineString line) {
                    Coordinate[] cs = line.getCoordinates();
                    for (int j = 1; j < cs.length; j++) {
                        if (cs[j].equals2D(cs[j - 1])) {
                            wrong.add(f.id() + " part " + i + ": " + xy(cs[j]) + " twice in a row");
                        }
                        if (Math.abs(cs[j].x - cs[j - 1].x) > 180) {
                            wrong.add(f.id() + " part " + i + ": " + xy(cs[j - 1]) + " -> " + xy(cs[j])
                                    + " jumps across 180 degrees (split the line there)");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** RFC 7946 3.1.9: a route crossing 180 degrees is split there; consecutive parts meet on it. */
    @Test
    void aRouteCrossing180IsSplitIntoPartsThatMeetOnIt() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AtlasFeature f : data.features()) {
            if (!Boolean.TRUE.equals(f.properties().get("crossesAntimeridian"))) {
                continue;
            }
            checked++;
            Geometry g = f.geometry();
            for (int i = 1; i < g.getNumGeometries(); i++) {
                Coordinate[] before = g.getGeometryN(i - 1).getCoordinates();
                Coordinate end = before[before.length - 1];
                Coordinate start = g.getGeometryN(i).getCoordinates()[0];
                if (Math.abs(Math.abs(end.x) - 180) > 1e-9 || Math.abs(Math.abs(start.x) - 180) > 1e-9 || end.y != start.y) {
                    wrong.add(f.id() + ": part " + (i - 1) + " ends at " + xy(end) + ", part " + i + " starts at " + xy(start));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 1, "the Arctic cable crosses 180 degrees");
    }

    /**
     * The sea legs, sampled every 2 km, stay off land, except within 6 km of a leg's ends and of the
     * feature's places (the ports). The data were first checked against the GSHHG high-resolution
     * shoreline; the repository holds Natural Earth 1:10m land (the base map's high band), which draws
     * some narrow waters too narrow (the Kola Bay below Murmansk by up to about 1.5 km), so a sample
     * counts as on land only when it is more than 2 km inside the 1:10m coastline.
     */
    @Test
    void seaLegsStayOffLand() throws IOException {
        Land land = Land.shipped();
        Coordinate guangzhou = place("place-guangzhou-port");
        Coordinate ningbo = place("place-ningbo-port");
        assertFalse(land.samplesOnLand(new Coordinate[] {guangzhou, ningbo}, List.of()).isEmpty(),
                "a straight line from Guangzhou to Ningbo crosses Guangdong and Fujian: the check must see it");
        List<String> wrong = new ArrayList<>();
        int legs = 0;
        for (Map.Entry<AtlasFeature, List<Coordinate[]>> leg : seaLegs().entrySet()) {
            // Unknown place ids are everyReferenceNamesAShippedFeature's to report.
            List<Coordinate> ports = leg.getKey().list("places").stream().map(p -> data.byId(p.toString()))
                    .flatMap(java.util.Optional::stream).map(p -> p.geometry().getCoordinate()).toList();
            for (Coordinate[] part : leg.getValue()) {
                legs++;
                List<Coordinate> bad = land.samplesOnLand(part, ports);
                if (!bad.isEmpty()) {
                    wrong.add(leg.getKey().id() + ": " + bad.size() + " samples on land, e.g. "
                            + bad.subList(0, Math.min(3, bad.size())).stream().map(CorridorDataTest::xy).toList());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(legs >= 9, "the land-sea routes, the Amur mouth and the three sea parts of the cable");
    }

    /**
     * Each feature's parts that run by sea: every sea route whole, and the sea parts of the features that
     * go by land and by sea.
     */
    private static Map<AtlasFeature, List<Coordinate[]>> seaLegs() {
        Map<AtlasFeature, List<Coordinate[]>> legs = new LinkedHashMap<>();
        for (AtlasFeature f : data.features()) {
            if (f.kind().equals("sea-route")) {
                legs.put(f, parts(f.geometry(), 0));
            }
        }
        // Part 1 is the railway Harbin - Vladivostok; then the sea legs to Busan, Niigata and Yokohama.
        AtlasFeature landSea = feature("corridor-harbin-suifenhe-russia-asia");
        legs.put(landSea, parts(landSea.geometry(), 1));
        // Up the Amur to its mouth, then by sea through the Amur Liman into the Tatar Strait.
        AtlasFeature river = feature("river-tongjiang-khabarovsk-komsomolsk-strait");
        Coordinate[] riverLine = river.geometry().getCoordinates();
        int mouth = vertex(riverLine, new Coordinate(140.85, 53.1));
        legs.put(river, List.<Coordinate[]>of(Arrays.copyOfRange(riverLine, mouth, riverLine.length)));
        // By sea from Murmansk to Vladivostok (split at 180 degrees), then overland to Harbin.
        AtlasFeature cable = feature("cable-arctic-europe-asia");
        List<Coordinate[]> cableParts = new ArrayList<>(parts(cable.geometry(), 0));
        Coordinate[] last = cableParts.remove(cableParts.size() - 1);
        int port = vertex(last, place("place-vladivostok-port"));
        cableParts.add(Arrays.copyOfRange(last, 0, port + 1));
        legs.put(cable, cableParts);
        return legs;
    }

    private static List<Coordinate[]> parts(Geometry g, int first) {
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = first; i < g.getNumGeometries(); i++) {
            parts.add(g.getGeometryN(i).getCoordinates());
        }
        return parts;
    }

    /** The index of the first position equal to {@code c}. */
    private static int vertex(Coordinate[] cs, Coordinate c) {
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].equals2D(c)) {
                return i;
            }
        }
        throw new AssertionError(xy(c) + " is no longer a vertex: update the sea legs in this test");
    }

    private static AtlasFeature feature(String id) {
        return data.byId(id).orElseThrow(() -> new AssertionError(id + " is missing: update the sea legs in this test"));
    }

    private static Coordinate place(String id) {
        return feature(id).geometry().getCoordinate();
    }

    private static String xy(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    /** Natural Earth 1:10m land and coastline of the shipped base map's high band. */
    private record Land(STRtree areas, STRtree coast) {

        static Land shipped() throws IOException {
            STRtree areas = new STRtree();
            for (GeoFeature f : read("high/land.geojson")) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    Geometry polygon = f.geometry().getGeometryN(i);
                    areas.insert(polygon.getEnvelopeInternal(), new IndexedPointInAreaLocator(polygon));
                }
            }
            STRtree coast = new STRtree();
            for (GeoFeature f : read("high/coast.geojson")) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    Coordinate[] cs = f.geometry().getGeometryN(i).getCoordinates();
                    for (int j = 1; j < cs.length; j++) {
                        coast.insert(new Envelope(cs[j - 1], cs[j]), new Coordinate[] {cs[j - 1], cs[j]});
                    }
                }
            }
            return new Land(areas, coast);
        }

        private static List<GeoFeature> read(String file) throws IOException {
            try (InputStream in = BaseMapSource.shipped().open(file)) {
                return GeoJsonReader.trusting().read(in, file).features();
            }
        }

        /**
         * The samples of a line (every 2 km, straight in longitude and latitude, the short way across
         * 180 degrees) that lie more than 2 km inside land and more than 6 km from its ends and the ports.
         */
        List<Coordinate> samplesOnLand(Coordinate[] line, List<Coordinate> ports) {
            List<Coordinate> exempt = new ArrayList<>(ports);
            exempt.add(line[0]);
            exempt.add(line[line.length - 1]);
            List<Coordinate> bad = new ArrayList<>();
            for (Coordinate s : samples(line)) {
                if (!inHighBand(s)) {
                    bad.add(s); // outside the 1:10m extent nothing can be checked
                } else if (onLand(s) && coastKm(s) > 2.0
                        && exempt.stream().allMatch(e -> Geodesic.distanceKm(s.x, s.y, e.x, e.y) > 6.0)) {
                    bad.add(s);
                }
            }
            return bad;
        }

        private static List<Coordinate> samples(Coordinate[] line) {
            List<Coordinate> out = new ArrayList<>();
            for (int i = 1; i < line.length; i++) {
                Coordinate a = line[i - 1];
                double bx = line[i].x - a.x > 180 ? line[i].x - 360 : a.x - line[i].x > 180 ? line[i].x + 360 : line[i].x;
                double by = line[i].y;
                int n = Math.max(1, (int) (Geodesic.distanceKm(a.x, a.y, bx, by) / 2.0));
                for (int k = 0; k < n; k++) {
                    double lon = a.x + (bx - a.x) * k / n;
                    out.add(new Coordinate(lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon, a.y + (by - a.y) * k / n));
                }
            }
            out.add(line[line.length - 1]);
            return out;
        }

        /** The high band covers 25 W - 180, 0 - 84 N, and Chukotka (see the README's base-map table). */
        private static boolean inHighBand(Coordinate c) {
            return c.y >= 0 && c.y <= 84 && (c.x >= -25 || (c.x <= -160 && c.y >= 50));
        }

        private boolean onLand(Coordinate c) {
            for (Object o : areas.query(new Envelope(c))) {
                if (((IndexedPointInAreaLocator) o).locate(c) != Location.EXTERIOR) {
                    return true;
                }
            }
            return false;
        }

        /** Distance to the nearest coastline segment, in km (local flat approximation), capped at 3 km. */
        private double coastKm(Coordinate c) {
            double kmPerDegree = Math.toRadians(Geodesic.EARTH_RADIUS_KM);
            double ky = kmPerDegree;
            double kx = kmPerDegree * Math.cos(Math.toRadians(c.y));
            Envelope near = new Envelope(c);
            near.expandBy(3.0 / kx, 3.0 / ky);
            double best = 3.0;
            for (Object o : coast.query(near)) {
                Coordinate[] seg = (Coordinate[]) o;
                double ax = (seg[0].x - c.x) * kx;
                double ay = (seg[0].y - c.y) * ky;
                double dx = (seg[1].x - seg[0].x) * kx;
                double dy = (seg[1].y - seg[0].y) * ky;
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
                best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
            }
            return best;
        }
    }
}
