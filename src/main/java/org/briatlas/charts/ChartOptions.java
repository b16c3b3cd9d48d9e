package org.briatlas.charts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * How the statistics draw their charts, remembered for a session: a language switch rebuilds the panel,
 * and the choice must outlive it, but it is not saved for the next start. One set of options per session
 * object (the application model), held only as long as that object lives. FX thread only.
 */
public final class ChartOptions {

    private static final Map<Object, ChartOptions> SESSIONS = new WeakHashMap<>();

    private final BooleanProperty separate = new SimpleBooleanProperty(this, "separate", false);

    private ChartOptions() {
    }

    /** The options of a session; new ones (one chart for all series) on first use. */
    public static ChartOptions of(Object session) {
        return SESSIONS.computeIfAbsent(session, s -> new ChartOptions());
    }

    /** One small chart per series, each with its own y axis, instead of all series on one chart. */
    public BooleanProperty separateProperty() {
        return separate;
    }

    public boolean separate() {
        return separate.get();
    }
}
