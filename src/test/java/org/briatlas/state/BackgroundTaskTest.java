package org.briatlas.state;

import org.junit.jupiter.api.Test;

import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTaskTest {

    @Test
    void workRefusedBecauseTheWorkersAreGoneEndsQuietly() {
        AtlasModel model = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), r -> {
            throw new RejectedExecutionException("shut down");
        }, TestModels.SAME_THREAD);
        boolean[] called = new boolean[1];
        BackgroundTask<String> t = model.run(StatusMessage.info("task.network"), p -> "done", r -> called[0] = true,
                e -> called[0] = true);
        assertEquals(BackgroundTask.State.FAILED, t.stateProperty().get());
        assertTrue(model.tasks().isEmpty(), "not left listed as running");
        assertTrue(!called[0], "nothing waits for it");
    }

    @Test
    void workThatRunsReportsItsResult() {
        AtlasModel model = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), TestModels.SAME_THREAD,
                TestModels.SAME_THREAD);
        String[] got = new String[1];
        BackgroundTask<String> t = model.run(StatusMessage.info("task.network"), p -> "done", r -> got[0] = r,
                e -> got[0] = "failed");
        assertEquals(BackgroundTask.State.SUCCEEDED, t.stateProperty().get());
        assertEquals("done", got[0]);
    }
}
