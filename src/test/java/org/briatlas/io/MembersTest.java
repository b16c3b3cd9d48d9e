package org.briatlas.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembersTest {

    @Test
    void behavesAsAnInsertionOrderedMapAtEverySize() {
        for (int size : new int[]{0, 1, 7, 8, 9, Members.SPILL - 1, Members.SPILL, Members.SPILL + 1, 500}) {
            Members m = new Members();
            Map<String, Object> expected = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                // Built names, not literals: equal but not the same objects.
                String name = new StringBuilder("member").append(i).toString();
                m.put(name, i);
                expected.put(name, i);
            }
            if (size > 3) {
                // A name given twice keeps its last value and its first place.
                assertEquals(3, m.put("member3", "again"));
                expected.put("member3", "again");
            }
            assertEquals(expected, m, "size " + size);
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(m.keySet()), "order at size " + size);
            assertEquals(expected.size(), m.size());
            for (String k : expected.keySet()) {
                assertTrue(m.containsKey(k));
                assertEquals(expected.get(k), m.get(k));
            }
            assertNull(m.get("absent"));
            assertFalse(m.containsKey("absent"));
            assertNull(m.get(42));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void fillingAHugeObjectStaysLinear() {
        // A hostile object of 200,000 members: scanning the arrays for each (2 * 10^10 comparisons) would take
        // minutes; the hash table after SPILL members takes well under a second.
        Members m = new Members();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            names.add("k" + i);
        }
        for (String n : names) {
            m.put(n, n);
        }
        assertEquals(200_000, m.size());
        assertEquals("k199999", m.get("k199999"));
    }

    @Test
    void clearedItIsEmptyAndFillsAgainAtEverySize() {
        for (int size : new int[]{0, 3, 9, Members.SPILL, Members.SPILL + 5}) {
            Members m = new Members();
            for (int i = 0; i < size; i++) {
                m.put("old" + i, i);
            }
            m.clear();
            assertTrue(m.isEmpty(), "size " + size);
            assertNull(m.get("old0"));
            assertFalse(m.containsKey("old1"));
            m.put("type", "Feature");
            m.put("id", 7);
            assertEquals(Map.of("type", "Feature", "id", 7), m);
            assertEquals(List.of("type", "id"), new ArrayList<>(m.keySet()));
        }
    }
}
