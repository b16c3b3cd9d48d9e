package org.briatlas.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a label is given of a long text: cut by script, never inside a character. */
class TextsTest {

    @Test
    void shortTextsAndNullPassUnchanged() {
        String s = "Harbin–Suifenhe railway";
        assertSame(s, Texts.cap(s));
        assertNull(Texts.cap(null));
        assertFalse(Texts.isCut(s));
    }

    @Test
    void latinAndChineseAreCutAtTheLabelLimitAndComplexScriptsMuchSooner() {
        String latin = "road ".repeat(2000);
        assertEquals(Texts.LABEL_LIMIT, Texts.cap(latin).length());
        assertTrue(Texts.cap(latin).endsWith("\u2026"));
        String chinese = "哈尔滨".repeat(2000);
        assertEquals(Texts.LABEL_LIMIT, Texts.cap(chinese).length());
        String arabic = "\u0637\u0631\u064a\u0642 ".repeat(200);
        assertEquals(Texts.COMPLEX_LIMIT, Texts.cap(arabic).length());
        assertTrue(Texts.isCut(arabic));
        String hindi = "\u0939\u093f\u0928\u094d\u0926\u0940 ".repeat(200);
        assertEquals(Texts.COMPLEX_LIMIT, Texts.cap(hindi).length());
        String combining = "e\u0301".repeat(300);
        assertEquals(Texts.COMPLEX_LIMIT, Texts.cap(combining).length(), "combining marks are shaped too");
        assertEquals(1000, Texts.cap("a".repeat(1000)).length(), "a shipped text of 1,000 Latin characters stays");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\ud83d\ude82".repeat(3000);
        String cut = Texts.cap(emoji, 12);
        assertEquals(11, cut.length(), "five whole pairs and the ellipsis, not half of the sixth pair");
        assertTrue(Character.isLowSurrogate(cut.charAt(9)));
    }

    @Test
    void sourceLinesBecomePlainText() {
        assertEquals("Customs http://harbin.customs.gov.cn/harbin_customs/1/index.html and more",
                Texts.plain("Customs [http://harbin.customs.gov.cn/harbin\\\\_customs/1/index.html]"
                        + "(http://harbin.customs.gov.cn/harbin_customs/1/index.html) and more"));
        assertEquals("Department of Commerce http://www.hljswt.gov.cn/x.php?cid=40.",
                Texts.plain("Department of Commerce <http://www.hljswt.gov.cn/x.php?cid=40>."));
        assertEquals("the yearbook (http://www.hlj.stats.gov.cn/)",
                Texts.plain("[the yearbook](http://www.hlj.stats.gov.cn/)"));
        assertEquals("no links here, 3 < 4 > 2", Texts.plain("no links here, 3 < 4 > 2"));
    }
}
