package org.briatlas.fx;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.briatlas.carto.Typefaces;

/**
 * Chooses the interface's typeface by script. The interface is set in Noto Sans in English and Russian
 * and in the bundled CJK face in Chinese (Chinese punctuation and Latin punctuation differ, so neither
 * face suits both). A font the atlas loads itself gets no fallback to another loaded font, so a control
 * whose text may hold Chinese in an English or Russian window (names in other languages, a tour written
 * in Chinese, a user's layer) is "fitted": it switches to the CJK face whenever its text needs it.
 * The style classes are in atlas.css. FX thread only.
 */
public final class FxType {

    /** Style class of a node set in the CJK face. */
    public static final String CJK = "cjk";

    private FxType() {
    }

    /** Marks a scene's root (or a dialog's pane) with the interface language, which picks the face. */
    public static void language(Parent root, String language) {
        root.getStyleClass().removeIf(c -> c.startsWith("lang-"));
        root.getStyleClass().add("lang-" + language);
    }

    /**
     * Dresses a window of the atlas (the tour editor, the speaker notes, a dialog) like the atlas window
     * it belongs to: its stylesheets, without presentation mode's, and the face of the language.
     */
    public static void dress(Parent root, javafx.scene.Scene like, String language) {
        root.getStylesheets().addAll(like.getStylesheets().stream()
                .filter(s -> !s.endsWith("presentation.css")).toList());
        language(root, language);
    }

    /** Sets a labelled control in the CJK face whenever its text has Chinese; returns it. */
    public static <T extends Labeled> T fit(T node) {
        follow(node, node.textProperty());
        return node;
    }

    /** Sets a text field or area in the CJK face whenever its text, or its prompt, has Chinese; returns it. */
    public static <T extends TextInputControl> T fit(T node) {
        node.textProperty().addListener((o, was, now) -> apply(node, now + node.getPromptText()));
        node.promptTextProperty().addListener((o, was, now) -> apply(node, node.getText() + now));
        apply(node, node.getText() + node.getPromptText());
        return node;
    }

    private static void follow(Node node, ObservableStringValue text) {
        text.addListener((o, was, now) -> apply(node, now));
        apply(node, text.get());
    }

    /** Puts the node in the CJK face if the text needs it, else back in the window's face. */
    public static void apply(Node node, String text) {
        boolean cjk = text != null && Typefaces.needsCjk(text);
        if (cjk && !node.getStyleClass().contains(CJK)) {
            node.getStyleClass().add(CJK);
        } else if (!cjk) {
            node.getStyleClass().remove(CJK);
        }
    }
}
