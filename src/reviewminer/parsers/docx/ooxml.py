"""WordprocessingML names and small readers of OOXML attribute values."""

from __future__ import annotations

import math

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W_NS}}}"


def w(tag: str) -> str:
    """Clark name of a tag or attribute in the WordprocessingML namespace."""
    return _W + tag


# Tags used in the walk (precomputed: the walk compares tags millions of times on big files).
P, TBL, TR, TC, SDT, SDT_CONTENT, SDT_PR = map(
    w, ["p", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr"]
)
R, T, TAB, PTAB, BR, CR, NBH, SYM = map(
    w, ["r", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym"]
)
PPR, RPR, PSTYLE, RSTYLE, NUMPR, NUMID, ILVL, OUTLINE = map(
    w, ["pPr", "rPr", "pStyle", "rStyle", "numPr", "numId", "ilvl", "outlineLvl"]
)
FLDCHAR, INSTR, FLDSIMPLE, LRPB, PBB, SECTPR, TYPE = map(
    w, ["fldChar", "instrText", "fldSimple", "lastRenderedPageBreak", "pageBreakBefore",
        "sectPr", "type"]
)
TXBX, FNREF, ENREF, B, VANISH, TCPR, TRPR, GRIDSPAN, VMERGE = map(
    w, ["txbxContent", "footnoteReference", "endnoteReference", "b", "vanish", "tcPr", "trPr",
        "gridSpan", "vMerge"]
)
GRID_BEFORE, CUSTOM_XML, ALT_CHUNK, SPACING, IND, SZ = map(
    w, ["gridBefore", "customXml", "altChunk", "spacing", "ind", "sz"]
)
VAL = w("val")
MC_ALT, MC_CHOICE, MC_FALLBACK = (f"{{{MC_NS}}}{t}" for t in ("AlternateContent", "Choice",
                                                             "Fallback"))

# Subtrees whose text is never displayed: deletions, moved-away text, properties, field code.
SKIP = frozenset(
    map(w, ["del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "delText", "delInstrText",
            "instrText", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
            "proofErr", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd"])
) | {MC_FALLBACK}
_FALSE = frozenset({"0", "false", "off", "none"})
# Values of an on/off attribute that mean "on" where only an explicit true counts.
TRUE_VALUES = ("1", "true", "on")

# Unit conversions fixed by the file format (ECMA-376), not tunable thresholds.
TWIPS_PER_POINT = 20  # dxa: lengths, margins, spacing, indents, grid widths
HALF_POINTS_PER_POINT = 2  # w:sz font sizes
AUTO_LINE_UNIT = 240  # w:spacing w:line with lineRule="auto": 240 = single spacing
LEVELS = 9  # outline levels and list levels are numbered 0-8


def is_on(el: etree._Element | None) -> bool | None:
    """Value of an OOXML on/off property element (None when absent)."""
    if el is None:
        return None
    v = el.get(VAL)
    return v is None or v.lower() not in _FALSE


# Ranges of the numeric attribute values the parser reads (inclusive). A value outside its range
# is clamped to it, a value that is not a finite number is unreadable (the caller's default):
# these values only steer page estimates, list labels and table layout, so one absurd number in
# a crafted or damaged file must neither lose the document's text nor make the parser loop,
# allocate gigabytes or raise OverflowError. The bounds are Word's own maxima.
Range = tuple[int, int]
TWIPS = (-31680, 31680)  # lengths, spacing, indents, page size and margins: 22 in (Word's max)
HALF_POINTS = (0, 3276)  # w:sz font sizes: up to 1638 pt (0: none)
LIST_START = (0, 32767)  # w:start, w:startOverride
LIST_LEVEL = (0, 8)  # w:ilvl (LEVELS - 1)
OUTLINE_LEVEL = (0, 9)  # w:outlineLvl (9 = body text), w:lvlRestart
GRID_COLUMNS = (0, 1000)  # w:gridSpan, w:gridBefore (Word allows 63 columns)
IDENTIFIER = (-(2**31), 2**32 - 1)  # w:numId, w:abstractNumId (ST_DecimalNumber)


def to_int(v: str | None, within: Range, default: int | None = None) -> int | None:
    """An integer attribute value clamped to ``within``, tolerating "12.0" and "1e3";
    ``default`` when absent or not a finite number ("inf", "nan", "x")."""
    if v is None:
        return default
    try:
        n = int(v)
    except ValueError:
        try:
            f = float(v)
        except ValueError:
            return default
        if not math.isfinite(f):
            return default
        n = int(f)
    lo, hi = within
    return lo if n < lo else hi if n > hi else n


def outline_to_level(outline: int) -> int | None:
    """Heading level 1-9 of a w:outlineLvl 0-8 (9, "body text", and bad values give None)."""
    return outline + 1 if 0 <= outline < LEVELS else None


def sdt_is_toc(sdt: etree._Element) -> bool:
    """Whether a content control is a "Table of Contents" document part."""
    pr = sdt.find(SDT_PR)
    if pr is None:
        return False
    gal = pr.find(f"{w('docPartObj')}/{w('docPartGallery')}")
    return gal is not None and "table of contents" in (gal.get(VAL) or "").lower()
