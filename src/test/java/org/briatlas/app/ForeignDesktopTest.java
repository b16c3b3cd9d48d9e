package org.briatlas.app;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The English window on a desktop whose locale writes other digits (Arabic, Egypt) and groups years:
 * every text of the window is English with ASCII digits, and a year is never grouped.
 */
class ForeignDesktopTest extends WindowTestBase {

    private static Locale desktop;

    @BeforeAll
    static void foreignDesktop() {
        // Before the window opens.
        desktop = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(desktop);
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c < 0x0600 || c > 0x06ff);
    }

    @Test
    void numbersYearsAndTextsStayEnglish() throws Exception {
        fx(() -> model.setYear(2015));
        fx(() -> model.select(model.content().data().byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow()));
        waitUntil(() -> present("#details-kind"));
        String kind = labelText("#details-kind");
        assertTrue(kind.contains("(2011)") && ascii(kind), kind);
        String length = labelText("#details-length");
        assertTrue(length.startsWith("Measured along the drawn route") && ascii(length), length);
        assertEquals("2015", labelText("#year-value"));
        fx(() -> model.reportPointer(new double[]{126.65, 45.75}));
        String cursor = labelText("#status-cursor");
        assertTrue(cursor.contains("45.7500") && ascii(cursor), cursor);
        fx(() -> model.showTable(4));
        fx(() -> model.showTab(SideTab.STATISTICS));
        waitUntil(() -> present("#stats-chart"));
        LineChart<?, ?> chart = node("#stats-chart");
        assertEquals("Table 4 \u00b7 2015 marked", onFx(chart::getTitle));
        String tick = onFx(() -> ((NumberAxis) chart.getYAxis()).getTickLabelFormatter().toString(12.5));
        assertEquals("12.5", tick);
    }
}
