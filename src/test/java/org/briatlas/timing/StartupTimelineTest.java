package org.briatlas.timing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up timeline: the first mark of a phase counts, phases in the order marked. */
class StartupTimelineTest {

    @Test
    void theFirstMarkOfAPhaseCountsAndTheLineListsThemInOrder() {
        StartupTimeline.mark("test-a");
        long a = StartupTimeline.marks().get("test-a");
        StartupTimeline.mark("test-b");
        StartupTimeline.mark("test-a");
        assertEquals(a, StartupTimeline.marks().get("test-a"));
        String line = StartupTimeline.line();
        assertTrue(line.indexOf("test-a=") < line.indexOf("test-b="), line);
        assertTrue(StartupTimeline.uptimeMs() >= a);
        long[] m = StartupTimeline.rssKb();
        assertTrue(m[0] > 0 && m[1] >= m[0], "Linux reports resident memory: " + m[0] + " " + m[1]);
    }
}
