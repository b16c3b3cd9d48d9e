package org.briatlas.state;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Application models for tests: over the shipped data, loaded on the calling thread, or step by step. */
public final class TestModels {

    /** Runs work at once, on the calling thread. */
    public static final Executor SAME_THREAD = Runnable::run;
    private static BaseMapData baseMap;

    private TestModels() {
    }

    /** The shipped base map, read on the calling thread (once per test JVM). */
    public static synchronized BaseMapData baseMap() {
        if (baseMap == null) {
            baseMap = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        }
        return baseMap;
    }

    /** A fresh model over the shipped data, fully loaded when this returns; call on the thread that uses it. */
    public static AtlasModel loaded() {
        AtlasModel m = new AtlasModel(AtlasSources.shipped(baseMap()), SAME_THREAD, SAME_THREAD);
        m.load();
        return m;
    }

    /** An executor that keeps what it is given until the test runs it. */
    public static final class Queue implements Executor {
        private final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            waiting.add(r);
        }

        /** Runs the oldest waiting work; false if there was none. */
        public boolean runOne() {
            Runnable r = waiting.poll();
            if (r == null) {
                return false;
            }
            r.run();
            return true;
        }

        /** Runs everything, including work that the work itself hands in. */
        public void runAll() {
            while (runOne()) {
                // keep going
            }
        }

        /** Takes the oldest waiting work out, to run it later. */
        public Runnable takeFirst() {
            return waiting.poll();
        }

        public int size() {
            return waiting.size();
        }
    }
}
