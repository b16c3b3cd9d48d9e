package org.briatlas.panels;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.briatlas.i18n.Messages;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics' charts as drawn (headless, in a scene of their own, on the FX thread): a value the paper
 * does not print breaks the line, the year is marked only in a table that has it, Table 5 can be drawn as
 * one chart per country with a y axis each (kept for the session), and series, countries and the source
 * line are in the interface language with the printed English beside them.
 */
class StatisticsChartsTest {

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** A panel in a scene of its own, laid out, over the model. */
    private static StatisticsPanel panel(AtlasModel model, String language) {
        StatisticsPanel p = new StatisticsPanel(model, Messages.bundle(language));
        new Scene(new StackPane(p), 560, 1000);
        layOut(p);
        return p;
    }

    private static void layOut(Parent p) {
        for (int i = 0; i < 2; i++) {
            p.applyCss();
            p.layout();
        }
    }

    @SuppressWarnings("unchecked")
    private static LineChart<String, Number> chart(StatisticsPanel p, String id) {
        return (LineChart<String, Number>) p.lookup(id);
    }

    private static List<String> legend(StatisticsPanel p) {
        return ((Pane) p.lookup("#stats-legend")).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The chart points marked as the year of the year control. */
    private static long yearMarks(LineChart<String, Number> chart) {
        return chart.getData().stream().flatMap(s -> s.getData().stream())
                .filter(d -> d.getNode() != null && d.getNode().getProperties().containsKey(StatisticsPanel.YEAR_MARK))
                .count();
    }

    /** The x positions of a drawn line's vertices. */
    private static List<Double> vertices(Path line) {
        List<Double> xs = new ArrayList<>();
        for (PathElement e : line.getElements()) {
            if (e instanceof MoveTo m) {
                xs.add(m.getX());
            } else if (e instanceof LineTo l) {
                xs.add(l.getX());
            }
        }
        return xs;
    }

    @Test
    void table9sMissing2017BreaksTheLineBetween2016And2018() throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel p = onFx(() -> panel(model, "en"));
        LineChart<String, Number> chart = onFx(() -> {
            model.showTable(9);
            layOut(p);
            return chart(p, "#stats-chart");
        });
        List<String> years = onFx(() -> List.copyOf(((CategoryAxis) chart.getXAxis()).getCategories()));
        assertEquals(List.of("2016", "2017", "2018"), years.subList(years.indexOf("2016"), years.indexOf("2016") + 3),
                "2017 keeps its place on the axis");
        Map<String, Set<String>> plotted = new LinkedHashMap<>();
        for (XYChart.Series<String, Number> s : onFx(() -> List.copyOf(chart.getData()))) {
            List<String> xs = s.getData().stream().map(XYChart.Data::getXValue).toList();
            assertFalse(xs.contains("2016") && xs.contains("2018"), s.getName() + " joins 2016 to 2018: " + xs);
            assertFalse(xs.contains("2017"), "nothing is printed for 2017");
            plotted.computeIfAbsent(s.getName(), k -> new TreeSet<>()).addAll(xs);
        }
        assertEquals(List.of("Total volume", "Total volume (Russia)"), List.copyOf(plotted.keySet()));
        plotted.values().forEach(xs -> assertTrue(xs.contains("2016") && xs.contains("2018"), xs.toString()));
        assertEquals(List.of("Total volume", "Total volume (Russia)"), onFx(() -> legend(p)),
                "one legend entry a series");

        // As drawn: no line has a vertex at 2016 and one at 2018; the parts of a series share its colour.
        double at2016 = onFx(() -> chart.getXAxis().getDisplayPosition("2016"));
        double at2018 = onFx(() -> chart.getXAxis().getDisplayPosition("2018"));
        assertTrue(at2018 > at2016);
        Map<String, Set<String>> colours = new LinkedHashMap<>();
        for (XYChart.Series<String, Number> s : onFx(() -> List.copyOf(chart.getData()))) {
            Path line = (Path) s.getNode();
            List<Double> xs = onFx(() -> vertices(line));
            assertFalse(xs.stream().anyMatch(x -> Math.abs(x - at2016) < 0.5)
                    && xs.stream().anyMatch(x -> Math.abs(x - at2018) < 0.5),
                    s.getName() + " drawn across the gap: " + xs);
            colours.computeIfAbsent(s.getName(), k -> new TreeSet<>()).add(line.getStyle());
        }
        colours.forEach((name, styles) -> assertEquals(1, styles.size(), name + " in more than one colour: " + styles));
        assertFalse(colours.get("Total volume").equals(colours.get("Total volume (Russia)")),
                "two series, two colours");
    }

    @Test
    void theYearIsMarkedOnlyInATableThatHasIt() throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel en = onFx(() -> panel(model, "en"));
        StatisticsPanel zh = onFx(() -> panel(model, "zh"));
        StatisticsPanel ru = onFx(() -> panel(model, "ru"));
        onFx(() -> {
            model.setYear(2018);
            return null;
        });
        Map<Integer, String> absent = Map.of(8, "Table 8 \u00b7 2018 not in this table",
                11, "Table 11 \u00b7 2018 not in this table");
        for (int table : List.of(8, 11)) {
            LineChart<String, Number> chart = onFx(() -> {
                model.showTable(table);
                return chart(en, "#stats-chart");
            });
            assertEquals(absent.get(table), onFx(chart::getTitle));
            assertEquals(0, (long) onFx(() -> yearMarks(chart)), "Table " + table + " ends in 2017");
        }
        assertEquals("表11 · 本表没有 2018 年", onFx(() -> chart(zh, "#stats-chart").getTitle()));
        assertEquals("Таблица 11 · 2018 года нет в таблице", onFx(() -> chart(ru, "#stats-chart").getTitle()));

        onFx(() -> {
            model.setYear(2017);
            return null;
        });
        assertEquals("Table 11 \u00b7 2017 marked", onFx(() -> chart(en, "#stats-chart").getTitle()));
        assertEquals(6, (long) onFx(() -> yearMarks(chart(en, "#stats-chart"))), "Table 11's six rows have 2017");
        onFx(() -> {
            model.showTable(8);
            return null;
        });
        assertEquals("Table 8 \u00b7 2017 marked", onFx(() -> chart(en, "#stats-chart").getTitle()));
        assertEquals(3, (long) onFx(() -> yearMarks(chart(en, "#stats-chart"))));
        // Table 6 prints 2017 as "2017 (1–11)": that is its 2017.
        onFx(() -> {
            model.showTable(6);
            return null;
        });
        assertEquals(3, (long) onFx(() -> yearMarks(chart(en, "#stats-chart"))));
        // Table 9 has a 2017 row, but prints "/" in it.
        onFx(() -> {
            model.showTable(9);
            return null;
        });
        assertEquals("Table 9 \u00b7 2017: no figure printed", onFx(() -> chart(en, "#stats-chart").getTitle()));
        assertEquals(0, (long) onFx(() -> yearMarks(chart(en, "#stats-chart"))));
        assertEquals("表9 · 2017 年：原文未印数字", onFx(() -> chart(zh, "#stats-chart").getTitle()));
    }

    @Test
    void table5InSeparateChartsGivesEachCountryItsOwnScaleForTheSession() throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel p = onFx(() -> panel(model, "en"));
        double shared = onFx(() -> {
            model.showTable(5);
            layOut(p);
            return ((NumberAxis) chart(p, "#stats-chart").getYAxis()).getUpperBound();
        });
        assertTrue(shared >= 232.6, "one axis for all, up to Russia's 232.6: " + shared);
        assertNull(onFx(() -> p.lookup("#stats-charts")));

        onFx(() -> {
            ((ToggleButton) p.lookup("#stats-separate")).fire();
            layOut(p);
            return null;
        });
        assertNull(onFx(() -> p.lookup("#stats-chart")), "no longer one chart");
        Map<String, Double> upper = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            String id = "#stats-chart-" + i;
            LineChart<String, Number> small = onFx(() -> chart(p, id));
            assertNotNull(small, id);
            assertEquals(1, (int) onFx(() -> small.getData().size()), id + ": one country, no gaps in Table 5");
            upper.put(onFx(small::getTitle), onFx(() -> ((NumberAxis) small.getYAxis()).getUpperBound()));
        }
        assertEquals(List.of("Russia", "Japan", "South Korea", "Mongolia"), List.copyOf(upper.keySet()));
        assertTrue(upper.get("Russia") >= 232.6, upper.toString());
        assertTrue(upper.get("Japan") >= 4.3 && upper.get("Japan") < 10, upper.toString());
        assertTrue(upper.get("South Korea") >= 4.4 && upper.get("South Korea") < 10, upper.toString());
        assertTrue(upper.get("Mongolia") >= 1.4 && upper.get("Mongolia") < 5, upper.toString());
        assertEquals("Table 5 \u00b7 2018 marked", onFx(() -> ((Label) p.lookup("#stats-chart-title")).getText()));
        assertEquals(4, (long) onFx(() -> p.lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getProperties().containsKey(StatisticsPanel.YEAR_MARK)).count()), "2018 on each chart");

        // A language switch builds the panel anew over the same model: the choice stays; a new session starts
        // with one chart.
        StatisticsPanel again = onFx(() -> panel(model, "ru"));
        assertTrue(onFx(() -> ((ToggleButton) again.lookup("#stats-separate")).isSelected()));
        assertNotNull(onFx(() -> again.lookup("#stats-chart-3")));
        assertEquals("Монголия", onFx(() -> chart(again, "#stats-chart-3").getTitle()));
        AtlasModel other = onFx(TestModels::loaded);
        StatisticsPanel fresh = onFx(() -> panel(other, "en"));
        assertFalse(onFx(() -> ((ToggleButton) fresh.lookup("#stats-separate")).isSelected()));
        assertNotNull(onFx(() -> fresh.lookup("#stats-chart")));
        onFx(() -> {
            ((ToggleButton) again.lookup("#stats-separate")).fire();
            return null;
        });
        assertNotNull(onFx(() -> p.lookup("#stats-chart")), "turned off from the other panel of the session");
    }

    @Test
    void countriesSeriesAndTheSourceLineAreInTheInterfaceLanguage() throws Exception {
        AtlasModel model = onFx(TestModels::loaded);
        StatisticsPanel en = onFx(() -> panel(model, "en"));
        StatisticsPanel zh = onFx(() -> panel(model, "zh"));
        StatisticsPanel ru = onFx(() -> panel(model, "ru"));
        onFx(() -> {
            model.showTable(11);
            return null;
        });
        assertEquals(List.of("Total", "Russia", "South Korea", "Japan", "Mongolia", "Singapore"),
                onFx(() -> legend(en)));
        assertEquals(List.of("合计", "俄罗斯", "韩国", "日本", "蒙古", "新加坡"), onFx(() -> legend(zh)));
        assertEquals(List.of("Итого", "Россия", "Республика Корея", "Япония", "Монголия", "Сингапур"),
                onFx(() -> legend(ru)));
        assertEquals(List.of("俄罗斯", "韩国"), onFx(() -> chart(zh, "#stats-chart").getData().stream()
                .map(XYChart.Series::getName).toList()).subList(1, 3), "the chart's series, not only the legend");
        // A point's tooltip keeps the printed row label and unit.
        String tip = onFx(() -> {
            XYChart.Series<String, Number> japan = chart(zh, "#stats-chart").getData().get(3);
            Node point = japan.getData().get(0).getNode();
            return ((Tooltip) point.getProperties().get("javafx.scene.control.Tooltip")).getText();
        });
        assertTrue(tip.startsWith("日本, 2013: 23879 人") && tip.contains("原文：Japan, persons"), tip);

        onFx(() -> {
            model.showTable(4);
            return null;
        });
        String english = onFx(() -> ((Label) en.lookup("#stats-source")).getText());
        assertTrue(english.startsWith("Source: Department of Commerce of Heilongjiang Province")
                && english.endsWith("(Table 4 (line 180))"), english);
        Label zhSource = onFx(() -> (Label) zh.lookup("#stats-source"));
        String chinese = onFx(zhSource::getText);
        assertTrue(chinese.startsWith("来源：Department of Commerce of Heilongjiang Province")
                && chinese.endsWith("（表4，第180行）") && !chinese.contains("Source:"), chinese);
        assertEquals("原文：" + english, onFx(() -> zhSource.getTooltip().getText()), "the printed line, as printed");
        String russian = onFx(() -> ((Label) ru.lookup("#stats-source")).getText());
        assertTrue(russian.startsWith("Источник: Department of Commerce of Heilongjiang Province")
                && russian.endsWith("(таблица 4, строка 180)"), russian);
        assertNull(onFx(() -> ((Label) en.lookup("#stats-source")).getTooltip()));
        onFx(() -> {
            model.showTable(1);
            return null;
        });
        assertEquals("来源：the author.（表1，第62行）", onFx(zhSource::getText));
    }
}
