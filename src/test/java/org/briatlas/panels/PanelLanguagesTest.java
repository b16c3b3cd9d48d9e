package org.briatlas.panels;

import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import org.briatlas.analysis.FigureChecks;
import org.briatlas.io.StatTableReader;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;
import org.briatlas.i18n.Messages;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics and timeline panels built in Chinese and Russian (headless, on the FX thread, without
 * the window): the tables' titles, units and series in the interface language with the printed English
 * still in view and in the exports, and the timeline's events translated with the English beside them.
 */
class PanelLanguagesTest {

    private static List<StatTable> tables;
    private static List<Finding> findings;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        StatTableReader reader = new StatTableReader();
        tables = reader.read(StatTableReader.shipped()).tables();
        findings = FigureChecks.run(tables, reader.relations(StatTableReader.shipped()));
    }

    private static ResourceBundle bundle(String language) {
        return Messages.bundle(language);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** The names of a table's series as the chart's legend gives them (one entry a series, gaps or not). */
    private static List<String> seriesNames(AtlasModel model, StatisticsPanel p, int table) {
        model.showTable(table);
        javafx.scene.layout.Pane legend = (javafx.scene.layout.Pane) p.lookup("#stats-legend");
        return legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void statisticsInChineseKeepThePrintedTitleInViewAndInTheExport(@TempDir Path dir) throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel p = onFx(() -> new StatisticsPanel(model, bundle("zh")));
        assertEquals("zh", p.language());
        assertEquals(4, (int) onFx(() -> p.shownTable().number()));
        Label printed = onFx(() -> (Label) p.lookup("#stats-printed-title"));
        assertTrue(onFx(printed::isVisible));
        String printedText = onFx(printed::getText);
        assertTrue(printedText.startsWith("原文：Import and export of merchandise trade between Russia and HLJ"), printedText);
        assertEquals("单位：十亿美元", onFx(() -> ((Label) p.lookup("#stats-unit")).getText()));
        LineChart<?, ?> chart = onFx(() -> (LineChart<?, ?>) p.lookup("#stats-chart"));
        assertEquals("十亿美元", onFx(() -> chart.getYAxis().getLabel()));
        List<String> t4 = onFx(() -> seriesNames(model, p, 4));
        assertEquals(List.of("总额", "出口额"), t4.subList(0, 2));
        assertTrue(t4.contains("进口额 （已更正：小数点）"), t4.toString());
        assertEquals(List.of("总额", "出口额", "进口额"), onFx(() -> seriesNames(model, p, 6)), "Table 6's second export column is read as import");
        assertEquals(List.of("总额", "总额（俄罗斯）"), onFx(() -> seriesNames(model, p, 9)));

        onFx(() -> {
            model.showTable(4);
            p.exportCsv(dir.resolve("t4.csv"));
            return null;
        });
        List<String> lines = Files.readAllLines(dir.resolve("t4.csv"));
        assertTrue(lines.get(0).startsWith("# Table 4: Import and export of merchandise trade between Russia"), lines.get(0));
        assertEquals("# 表4：" + tables.stream().filter(t -> t.number() == 4).findFirst().orElseThrow().title("zh"),
                lines.get(1));
        assertEquals("# Unit: billion dollars", lines.get(2), "the printed unit, as before");
        assertTrue(lines.get(3).startsWith("# Source: Department of Commerce of Heilongjiang Province"), lines.get(3));
        assertTrue(lines.get(4).startsWith("Year,Total Volume,"), "the printed header: " + lines.get(4));
    }

    @Test
    void flaggedFiguresAreExplainedInTheInterfaceLanguage() throws Exception {
        StatTable t4 = tables.stream().filter(t -> t.number() == 4).findFirst().orElseThrow();
        Finding decimal = findings.stream().filter(f -> f.table() == 4 && f.kind() == Finding.Kind.DECIMAL_POINT
                && f.row().startsWith("2011")).findFirst().orElseThrow();
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel zh = onFx(() -> new StatisticsPanel(model, bundle("zh")));
        String zhText = onFx(() -> zh.describe(t4, decimal));
        assertTrue(zhText.contains("小数点位置有误") && zhText.contains(decimal.printed())
                && zhText.contains(decimal.correction()) && zhText.contains("进口额"), zhText);
        StatisticsPanel ru = onFx(() -> new StatisticsPanel(model, bundle("ru")));
        String ruText = onFx(() -> ru.describe(t4, decimal));
        assertTrue(ruText.contains("запятая не на своём месте") && ruText.contains(decimal.correction()), ruText);
        StatisticsPanel en = onFx(() -> new StatisticsPanel(model, bundle("en")));
        assertTrue(onFx(() -> en.describe(t4, decimal)).endsWith(decimal.explanation()), "English keeps the full reasoning");
        for (Finding f : findings) {
            StatTable t = tables.stream().filter(x -> x.number() == f.table()).findFirst().orElseThrow();
            String s = onFx(() -> zh.describe(t, f));
            assertTrue(s.contains(f.printed()) && !s.contains("[col"), "every finding has a Chinese sentence: " + s);
        }
    }

    @Test
    void timelineInRussianTranslatesEventsAndTheSidesOfTable1() throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        TimelinePanel p = onFx(() -> new TimelinePanel(model, bundle("ru")));
        List<TimelinePanel.Entry> entries = onFx(p::entries);
        TimelinePanel.Entry train = entries.stream().filter(e -> e.date().equals("2017-01-05")).findFirst().orElseThrow();
        assertTrue(train.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC),
                train.text());
        assertFalse(train.english().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC),
                train.english());
        TimelinePanel.Entry belt = entries.stream().filter(e -> e.text().contains("The Belt and Road")).findFirst()
                .orElseThrow();
        assertTrue(belt.text().startsWith("Общегосударственные стратегии: ") && belt.text().endsWith("(таблица 1)"),
                belt.text());
        assertTrue(belt.english().startsWith("National strategies: "), belt.english());
    }
}
