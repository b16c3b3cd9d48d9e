#!/usr/bin/python3
"""Makes the atlas's bundled CJK typeface: Noto Sans CJK SC, cut down to the characters the atlas needs.

The atlas must show Chinese on machines that have no CJK fonts, so it carries its own. The full
Noto Sans CJK collection is 19 MB a weight; this keeps
  - every character of GB 2312 (6,763 hanzi, punctuation, Latin, Greek, Cyrillic, kana),
  - Basic Latin, Latin-1, Latin Extended-A, Cyrillic, general punctuation, CJK symbols,
    full-width forms, arrows and the few symbols the interface draws,
  - every character used anywhere in the atlas's own texts (message bundles, tours, data, base map),
and renames the family to "BRI Atlas CJK" so it never mixes with a system copy of Noto Sans CJK.
The SIL Open Font License 1.1 allows this (its Reserved Font Name is "Source", not used here).

Usage: subset-cjk.py REPO_ROOT            (needs the Debian packages fonts-noto-cjk and fonttools)
Writes src/main/resources/org/briatlas/fonts/BRIAtlasCJK-{Regular,Bold}.otf.
A test (BundledFontsTest) fails when a text of the atlas uses a character these files lack; then
run this script again.
"""
import os
import pathlib
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

FAMILY = "BRI Atlas CJK"
SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
SC_INDEX_NAME = "Noto Sans CJK SC"
RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F),
          (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x2600, 0x26FF),
          (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x20AC, 0x20AC), (0x2116, 0x2116)]
TEXT_SUFFIXES = {".properties", ".json", ".geojson", ".tsv", ".csv", ".md"}
TEXT_DIRS = ["src/main/resources/org/briatlas/i18n", "assets", "geo"]


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def atlas_texts(root):
    chars = set()
    for d in TEXT_DIRS:
        for path in (root / d).rglob("*"):
            if path.suffix in TEXT_SUFFIXES and path.is_file():
                text = path.read_text(encoding="utf-8", errors="ignore")
                text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
                chars.update(text)
    return {c for c in chars if ord(c) >= 0x20}


def rename(font, style):
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    ps = FAMILY.replace(" ", "") + "-" + style
    names = {1: FAMILY, 2: style, 3: f"{ps};subset of Noto Sans CJK SC", 4: full, 6: ps, 16: FAMILY, 17: style}
    table = font["name"]
    table.names = [n for n in table.names if n.nameID not in names and n.nameID not in (18, 21, 22)]
    for nid, value in names.items():
        table.setName(value, nid, 3, 1, 0x409)
        table.setName(value, nid, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = FAMILY


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    out_dir = root / "src/main/resources/org/briatlas/fonts"
    chars = gb2312() | atlas_texts(root)
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    unicodes = sorted(ord(c) for c in chars)
    for style in ("Regular", "Bold"):
        collection = TTCollection(SOURCE.format(style))
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SC_INDEX_NAME)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.recalc_bounds = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=unicodes)
        sub.subset(font)
        rename(font, style)
        target = out_dir / f"BRIAtlasCJK-{style}.otf"
        tmp = target.with_suffix(".tmp")
        font.save(tmp)
        os.replace(tmp, target)
        print(f"{target.relative_to(root)}: {len(font.getGlyphOrder())} glyphs, "
              f"{target.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
