package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.ReadProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.briatlas.io.GeoJsonLimitsTest.checkPlain;
import static org.briatlas.io.GeoJsonLimitsTest.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 7946 files are UTF-8: anything that is not is reported where it is, and the rest still loads. */
class GeoJsonEncodingTest {

    private static FeatureCollection read(byte[] bytes) throws IOException {
        return GeoJsonReader.validating().read(new ByteArrayInputStream(bytes), "t.geojson");
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (p instanceof int[] raw) {
                for (int b : raw) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    private static final String HEAD = "{\"type\":\"FeatureCollection\",\"features\":[\n" + point("a", "") + ",\n";
    private static final String TAIL = ",\n" + point("c", "") + "\n]}";

    /** The middle feature's name holds the bytes, at line 3, column 54. */
    private static void checkInvalid(String expectedWords, int... raw) throws IOException {
        String before = "{\"type\":\"Feature\",\"id\":\"bad\",\"properties\":{\"name\":\"ab";
        assertEquals(53, before.length());
        FeatureCollection fc = read(bytes(HEAD, before, raw, "cd\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}", TAIL));
        assertEquals(List.of("a", "c"), fc.features().stream().map(f -> f.id()).toList(), fc.problems().toString());
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(1, p.featureIndex());
        assertEquals("bad", p.featureId());
        assertEquals(3, p.line());
        assertTrue(p.describe().contains("line 3, column 54"), p.describe());
        assertTrue(p.message().startsWith("not valid UTF-8: "), p.message());
        assertTrue(p.message().contains(expectedWords), p.message());
        checkPlain(p.describe());
    }

    @Test
    void invalidUtf8IsAProblemOfTheFeatureThatHoldsIt() throws IOException {
        checkInvalid("an overlong encoding", 0xC0, 0xAF);
        checkInvalid("an overlong encoding", 0xC1, 0xBF);
        checkInvalid("an overlong encoding", 0xE0, 0x80, 0xAF);
        checkInvalid("an overlong encoding", 0xF0, 0x80, 0x80, 0xAF);
        checkInvalid("an encoded surrogate", 0xED, 0xA0, 0x80);
        checkInvalid("an encoded surrogate", 0xED, 0xBF, 0xBF);
        checkInvalid("beyond U+10FFFF", 0xF4, 0x90, 0x80, 0x80);
        checkInvalid("beyond U+10FFFF", 0xF5, 0x80, 0x80, 0x80);
        checkInvalid("a continuation byte without a lead byte", 0x80);
        checkInvalid("a sequence cut short", 0xE4, 0xB8);
        checkInvalid("byte 0xFF", 0xFF);
        checkInvalid("a NUL byte", 0x00);
    }

    @Test
    void validTextInAnyScriptLoads() throws IOException {
        String names = "\"zh\":\"哈尔滨\",\"ru\":\"Харбин\",\"emoji\":\"\uD83D\uDE82\","
                + "\"max\":\"\uDBFF\uDFFF\",\"bmp\":\"\uFFFD\uFFFF\"";
        FeatureCollection fc = read(bytes(new int[]{0xEF, 0xBB, 0xBF}, "{\"type\":\"FeatureCollection\",\"features\":[",
                point("a", names), "]}"));
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
        var p = fc.features().get(0).properties();
        assertEquals("哈尔滨", p.get("zh"));
        assertEquals("Харбин", p.get("ru"));
        assertEquals("\uD83D\uDE82", p.get("emoji"));
        assertEquals("\uDBFF\uDFFF", p.get("max"));
        assertEquals("\uFFFD\uFFFF", p.get("bmp"));
    }

    @Test
    void invalidUtf8BetweenFeaturesStopsTheReadingWhereItIs() throws IOException {
        FeatureCollection fc = read(bytes(HEAD, point("b", ""), "\n", new int[]{0xED, 0xA0, 0x80}, TAIL));
        assertEquals(List.of("a", "b"), fc.features().stream().map(f -> f.id()).toList());
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(4, p.line());
        assertEquals(-1, p.featureIndex());
        assertTrue(p.message().startsWith("not valid UTF-8: an encoded surrogate"), p.message());
        assertTrue(p.message().contains("2 features were read before it"), p.message());
    }

    @Test
    void utf16IsNamedAsSuch() throws IOException {
        byte[] utf16 = ("\uFEFF" + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}")
                .getBytes(StandardCharsets.UTF_16BE);
        FeatureCollection fc = read(utf16);
        assertEquals(0, fc.features().size());
        assertTrue(fc.problems().get(0).message().contains("UTF-16"), fc.problems().toString());
        FeatureCollection le = read(("{\"type\":\"Feature\"}").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(0, le.features().size());
        assertTrue(le.problems().get(0).message().contains("UTF-16"), le.problems().toString());
    }
}
