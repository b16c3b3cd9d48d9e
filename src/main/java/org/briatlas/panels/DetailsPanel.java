package org.briatlas.panels;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.briatlas.fx.FxType;
import org.briatlas.analysis.Geodesic;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Formats;
import org.briatlas.i18n.Messages;
import org.briatlas.i18n.Texts;
import org.briatlas.model.AtlasFeature;
import org.briatlas.state.AtlasModel;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the paper says of the selected feature: its names, kind and status, dates and figures as
 * printed with their citations, the paper's words, how its name was resolved, how its geometry was
 * made, and its length measured along the drawn geometry beside any length the paper states (flagged
 * when they differ by more than {@link #LENGTH_TOLERANCE}), and buttons that open the statistics of the
 * countries it touches. Reads {@link AtlasModel}. FX thread only.
 */
public final class DetailsPanel extends ScrollPane {

    /** Relative difference between measured and stated length above which the panel warns. */
    public static final double LENGTH_TOLERANCE = 0.10;

    private final ResourceBundle text;
    private final String lang;
    private final VBox content = new VBox(6);
    private final AtlasModel model;
    private final Subscriptions subscriptions = new Subscriptions();

    public DetailsPanel(AtlasModel model, ResourceBundle text) {
        this.text = text;
        this.lang = Messages.language(text);
        this.model = model;
        setId("details");
        getStyleClass().add("details");
        setFitToWidth(true);
        content.getStyleClass().add("details-content");
        setContent(content);
        subscriptions.now(model.selectedProperty(), this::show);
        // The Statistics buttons need the country outlines, which load after the corridors.
        subscriptions.change(model.content().countriesProperty(), (was, now) -> show(model.selected()));
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    private void show(AtlasFeature f) {
        content.getChildren().clear();
        // A new feature is read from its name down.
        setVvalue(0);
        if (f == null) {
            content.getChildren().add(label(text.getString("details.none"), "details-none", "details-hint"));
            return;
        }
        add(f.name(lang), "details-title").getStyleClass().add("details-title");
        Map<String, Object> names = f.object("name");
        List<Object> others = new java.util.ArrayList<>();
        for (String l : List.of("en", "zh", "ru")) {
            if (!l.equals(lang)) {
                others.add(names.get(l));
            }
        }
        String other = join(" \u00b7 ", others.toArray());
        if (!other.isEmpty()) {
            content.getChildren().add(label(other, "details-names", "details-names"));
        }
        String status = f.properties().get("status") == null ? "" : f.properties().get("status").toString();
        Object year = f.properties().get("statusYear");
        String statusText = word("feature.status.", status) + (year instanceof Number y ? " ("
                + Formats.year(y.longValue()) + ")" : year == null ? "" : " (" + year + ")");
        // Layer, kind and status; a user's feature may have neither kind nor status: no empty parts then.
        String layerName = text.getString("layer." + f.layer().id());
        String kindWord = word("feature.kind.", f.kind());
        // "Pipeline · pipeline" says the same twice: a kind the layer's name already holds is left out.
        boolean sameKind = kindWord.isEmpty() || layerName.toLowerCase(java.util.Locale.ROOT)
                .contains(kindWord.toLowerCase(java.util.Locale.ROOT));
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(layerName));
        if (!sameKind) {
            parts.add(kindWord);
        }
        if (!statusText.isEmpty()) {
            parts.add(statusText);
        }
        content.getChildren().add(label(String.join(" \u00b7 ", parts), "details-kind", null));

        List<?> dates = f.list("dates");
        if (!dates.isEmpty()) {
            heading("details.dates");
            for (Object d : dates) {
                if (d instanceof Map<?, ?> m) {
                    // The event in the interface language; the paper's own words (asPrinted) stay English.
                    add(String.format(java.util.Locale.ROOT, text.getString("details.date"), m.get("date"), AtlasFeature.event(m, lang),
                            quote(m.get("asPrinted")), AtlasFeature.citationText(citationOf(m), lang)), null);
                }
            }
        }
        List<?> figures = f.list("figures");
        if (!figures.isEmpty()) {
            heading("details.figures");
            for (Object o : figures) {
                if (o instanceof Map<?, ?> m) {
                    add(String.format(java.util.Locale.ROOT, text.getString("details.figure"), quantity(m.get("quantity")),
                            number(m.get("value")),
                            m.get("unit"), quote(m.get("asPrinted")), AtlasFeature.citationText(citationOf(m), lang)), null);
                }
            }
        }
        if (!f.isPoint()) {
            lengthSection(f, figures);
        }
        if (f.properties().get("paperText") != null) {
            heading("details.paper");
            add(quote(f.properties().get("paperText")), "details-paper-text");
        }
        if (f.layer() == org.briatlas.model.AtlasLayer.USER) {
            heading("details.properties");
            f.properties().forEach((k, v) -> add(Texts.cap(k, 200) + ": " + v, null));
            heading("details.citation");
            add(text.getString("details.user"), "details-citation");
            return;
        }
        heading("details.citation");
        // In the interface language ("表2，二、设施联通，第94行"); the English citation on hover.
        Label cite = add(f.citation(lang), "details-citation");
        if (!"en".equals(lang)) {
            cite.setTooltip(new javafx.scene.control.Tooltip(f.citation()));
        }
        for (String iso : model.countriesOf(f)) {
            javafx.scene.control.Button b = new javafx.scene.control.Button(String.format(java.util.Locale.ROOT, text.getString("details.stats"),
                    text.getString("country." + iso)));
            b.setId("details-stats-" + iso);
            b.setOnAction(e -> model.chooseCountry(iso));
            content.getChildren().add(b);
        }
        Map<String, Object> resolution = f.object("resolution");
        if (!resolution.isEmpty()) {
            heading("details.resolution");
            add(String.format(java.util.Locale.ROOT, text.getString("details.resolution.text"), f.properties().get("asPrinted"),
                    resolution.get("resolvedAs"), resolution.get("certainty"), resolution.get("how")), "details-resolution");
        }
        heading("details.geometry");
        add(String.format(java.util.Locale.ROOT, text.getString("details.geometry.text"),
                f.text("geometryMethod", lang).orElse("?"),
                f.properties().getOrDefault("geometrySource", "?")), "details-geometry");
        f.text("notes", lang).ifPresent(n -> {
            heading("details.notes");
            Label l = add(n, "details-notes");
            if (!"en".equals(lang)) {
                // The English as written in the data, beside the translation.
                f.text("notes", "en").ifPresent(en -> l.setTooltip(new javafx.scene.control.Tooltip(
                        Texts.cap(en))));
            }
        });
    }

    private void lengthSection(AtlasFeature f, List<?> figures) {
        double measured = Geodesic.lengthKm(f.geometry());
        heading("details.length");
        add(String.format(java.util.Locale.ROOT, text.getString("details.length.measured"), number(Math.round(measured))), "details-length");
        for (Object o : figures) {
            if (o instanceof Map<?, ?> m && "length".equals(m.get("quantity")) && m.get("value") instanceof Number n
                    && "km".equals(m.get("unit"))) {
                double stated = n.doubleValue();
                double diff = (measured - stated) / stated;
                boolean off = Math.abs(diff) > LENGTH_TOLERANCE;
                Label l = add(String.format(java.util.Locale.ROOT, text.getString(off ? "details.length.differs" : "details.length.agrees"),
                        number(stated), number(Math.round(diff * 100))), "details-length-check");
                l.getStyleClass().add(off ? "details-warning" : "details-ok");
            }
        }
    }

    /** A data code (a kind or a status) in the interface language; the code itself if it has no entry. */
    private String word(String prefix, String code) {
        String key = prefix + code.replace(' ', '-');
        return code.isEmpty() || !text.containsKey(key) ? code : text.getString(key);
    }

    /** A figure's quantity in words of the interface language ("contractVolume": "contract volume"). */
    private String quantity(Object key) {
        String k = String.valueOf(key);
        if (text.containsKey("figure.quantity." + k)) {
            return text.getString("figure.quantity." + k);
        }
        return k.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<?, ?> citationOf(Map<?, ?> m) {
        return m.get("citation") instanceof Map<?, ?> c ? c : Map.of();
    }

    private void heading(String key) {
        content.getChildren().add(label(text.getString(key), null, "details-heading"));
    }

    private Label add(String s, String id) {
        Label l = label(s, id, null);
        content.getChildren().add(l);
        if (Texts.isCut(s)) {
            // The label shows the start; the whole text is one click away.
            javafx.scene.control.Hyperlink copy = new javafx.scene.control.Hyperlink(String.format(
                    java.util.Locale.ROOT, text.getString("details.copyAll"), s.length()));
            copy.setId(id == null ? null : id + "-copy");
            copy.setOnAction(e -> {
                javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
                c.putString(s);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            });
            content.getChildren().add(copy);
        }
        return l;
    }

    private static Label label(String s, String id, String style) {
        Label l = FxType.fit(new Label(Texts.cap(s)));
        l.setWrapText(true);
        if (id != null) {
            l.setId(id);
        }
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private static String quote(Object o) {
        return o == null ? "" : "\u201c" + o + "\u201d";
    }

    private String number(Object o) {
        return o instanceof Number n ? Formats.number(n.doubleValue(), lang, 2) : String.valueOf(o);
    }

    private static String join(String sep, Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p != null && !p.toString().isBlank()) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
