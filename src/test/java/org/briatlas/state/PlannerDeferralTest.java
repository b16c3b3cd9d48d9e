package org.briatlas.state;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The routing network waits for the first map when asked to, and is built as soon as it is drawn. */
class PlannerDeferralTest {

    @Test
    void theNetworkIsBuiltOnlyOnceTheFirstMapIsDrawn() {
        AtlasModel m = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), TestModels.SAME_THREAD,
                TestModels.SAME_THREAD);
        CompletableFuture<Void> firstMap = new CompletableFuture<>();
        m.planner().deferUntil(firstMap);
        m.load();
        assertNull(m.planner().planner(), "not while the first map is being drawn");
        firstMap.complete(null);
        assertNotNull(m.planner().planner(), "built once it is");
    }

    @Test
    void theWindowsNetworkWaitsForTheFirstMapAndForThePlannerToBeNeeded() {
        AtlasModel m = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), TestModels.SAME_THREAD,
                TestModels.SAME_THREAD);
        CompletableFuture<Void> firstMap = new CompletableFuture<>();
        m.planner().deferUntil(firstMap.thenCombine(m.planner().whenNeeded(), (a, b) -> null));
        m.load();
        firstMap.complete(null);
        assertNull(m.planner().planner(), "not while nothing plans");
        m.planner().setMeasuring(true);
        assertNotNull(m.planner().planner(), "built once measuring starts");
    }
}
