"""Is a page's text layer usable? The direction its characters run in, and whether they decode.

A page's characters are sampled (a few dozen, evenly over the page) for their direction (the
character matrix: text matrix times CTM) and for pdfium's "no Unicode mapping" flag. The
direction decides whether the page must be turned upright before its lines are built (see
:mod:`reviewminer.parsers.pdf.orientation`); the flag and the page text's statistics decide
whether the text can be read at all (:func:`judge_text`). :func:`assess_page` gives the verdict
for a pdfium page on its own (e.g. to choose the pages that need OCR).
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from reviewminer.parsers.pdf.pdfium import FS_MATRIX, HasMapError, IsGenerated, TextMatrix, handle
from reviewminer.parsers.pdf.records import Page, keep_lines

__all__ = [
    "CharProbe", "TextLayer", "assess_page", "drop_unmapped_lines", "judge_text", "probe_chars",
    "unmapped_share",
]

PROBE_SAMPLES = 16  # characters sampled per page
UPRIGHT_SKEW = 3  # text within this many degrees of horizontal is upright (skewed scans, OCR layers)
_SKEW = math.tan(math.radians(UPRIGHT_SKEW + 0.5))
MIN_DIRECTION_SHARE = 0.5  # a page is turned to its text's direction when this share runs that way
UNDECODABLE_SHARE = 0.5  # a page whose characters are this share unmapped/garbage is undecodable
_MAP_ERROR_PROBE = 0.25  # sampled share of unmapped chars that makes every character be counted
_MIN_STAT_CHARS = 40  # text statistics need this many non-space characters
_STAT_SAMPLE = 3000  # ...and are taken on at most this many characters of the page text
_SOUP_SHARE = 0.2  # this share of the characters are symbols rare in prose: glyph codes, not text
_MIN_WORDS = 30  # a page with this many words...
_FUNCTION_SHARE = 0.03  # ...fewer of them function words (prose: 7% and more)...
_LOWER_SHARE = 0.5  # ...and this share lower-case (prose, not a glossary of names) is garbage

# Private-use, replacement and control characters (not tab, LF, CR): what pdfium returns for
# glyphs whose font maps them to no or to made-up code points.
_SUSPECT = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Symbols that prose uses rarely but glyph codes 33-64 read as ASCII are full of.
_SOUP = re.compile(r"""[!"#$&*+;<=>?@\[\\\]^`{|}~]""")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Frequent words of two letters or more in English and Welsh (and in the languages UK reports
# are most often translated into: a translated summary page is prose too): prose always has some.
_FUNCTION_WORDS = frozenset((
    "the", "and", "of", "to", "in", "is", "was", "for", "that", "on", "with", "be", "by", "as",
    "are", "at", "it", "this", "from", "or", "an", "not", "have", "has", "were", "should", "which",
    "their", "will", "been", "its", "can", "into", "who", "we", "they", "he", "she", "his", "her",
    "our", "all", "there", "would",
    "yr", "ac", "yn", "ar", "gan", "ei", "mae", "bod", "am", "ond", "neu", "fel", "hyn", "eu",
    "wedi", "ddim", "agus", "na",
    "de", "la", "le", "et", "les", "des", "en", "du", "est", "un", "une", "pour", "par", "que",
    "qui", "dans", "sur", "pas", "el", "los", "las", "del", "por", "para", "con", "es", "una",
    "em", "os", "da", "do", "dos", "um", "uma", "não", "si", "în", "cu", "pe", "nu", "care",
    "się", "nie", "że", "jest", "od", "po", "za", "ir", "kad", "yra",
))
_QUICK_WORDS = (" the ", " and ", " of ", " to ", " in ", " The ", " yn ", " y ", " a ")


class CharProbe(NamedTuple):
    """What a sample of a page's characters shows (a tuple: cheap to make for every page)."""

    angle: int = 0  # the dominant direction of the text, degrees anticlockwise (0 = upright)
    mirrored: bool = False  # the dominant direction is mirrored (glyphs drawn flipped)
    share: float = 1.0  # share of the sampled characters that run in that direction
    samples: int = 0  # characters sampled (generated spaces and line breaks are skipped)
    map_errors: int = 0  # sampled characters that have no Unicode mapping

    @property
    def upright(self) -> bool:
        skew = min(self.angle, 360 - self.angle)
        return not self.mirrored and skew <= UPRIGHT_SKEW


@dataclass(frozen=True, slots=True)
class TextLayer:
    """The verdict on one page's text layer: usable or not, and why.

    ``reason`` is ``"ok"``; for an unusable page ``"no_text"`` (no characters) or
    ``"undecodable"`` (the fonts map the glyphs to no or to meaningless characters: OCR the
    rendered page); for a usable page with a caveat ``"direction"`` (the text runs in several
    directions, none dominant: pdfium's order is kept, but it may not be the reading order).
    ``detail`` says it in words.
    """

    usable: bool
    reason: str = "ok"
    detail: str = ""


def probe_chars(tp: Any, n_chars: int, text: str | None = None, k: int = PROBE_SAMPLES) -> CharProbe:
    """Sample up to ``k`` characters of a text page (``tp`` a ``c_void_p``, see
    :func:`~reviewminer.parsers.pdf.pdfium.handle`) for direction and Unicode mapping.

    ``text`` (the page text, when at hand) lets spaces and line breaks be skipped without a
    pdfium call: pdfium gives generated ones an upright matrix whatever the page. Upright
    characters are counted without trigonometry (most pages have no others).
    """
    m = FS_MATRIX()
    ref = ctypes.byref(m)
    txt = text or ""
    identity = len(txt) == n_chars
    upright = errors = 0
    others: dict[tuple[int, bool], int] = {}
    step = max(1, n_chars // k)
    matrix, unmapped, skew = TextMatrix, HasMapError, _SKEW
    for i in range(step // 2, n_chars, step):
        if (txt[i].isspace() if identity else IsGenerated(tp, i)) or not matrix(tp, i, ref):
            continue
        a, b = m.a, m.b
        det = a * m.d - b * m.c
        if a > 0 and det > 0 and -skew * a <= b <= skew * a:
            upright += 1
        elif det and math.isfinite(det):
            mirrored = det < 0
            key = (round(math.degrees(math.atan2(b, -a if mirrored else a))) % 360, mirrored)
            others[key] = others.get(key, 0) + 1
        else:
            continue
        errors += unmapped(tp, i)
    if not others:
        return CharProbe(0, False, 1.0, upright, errors)
    n = upright + sum(others.values())
    others[0, False] = others.get((0, False), 0) + upright
    angle, mirrored = max(others, key=others.__getitem__)
    # neighbouring degrees (a skew that rounds either way) count for the dominant direction
    near = sum(v for (a, mi), v in others.items()
               if mi == mirrored and min((a - angle) % 360, (angle - a) % 360) <= 1)
    return CharProbe(angle, mirrored, near / n, n, errors)


def judge_text(tp: Any, text: str, n_chars: int, probe: CharProbe) -> TextLayer:
    """Whether the page text can be read (``probe`` from :func:`probe_chars` on the same page)."""
    if not text.strip():
        return TextLayer(False, "no_text", "no text")
    if probe.samples and probe.map_errors >= _MAP_ERROR_PROBE * probe.samples:
        share = unmapped_share(tp, n_chars)
        if share >= UNDECODABLE_SHARE:
            return TextLayer(False, "undecodable",
                             f"{share:.0%} of the characters have no Unicode mapping in their font")
    verdict = _garbage(text)
    if verdict:
        return TextLayer(False, "undecodable", verdict)
    if probe.share < MIN_DIRECTION_SHARE:
        return TextLayer(True, "direction", "the text runs in several directions, none dominant")
    return TextLayer(True)


def unmapped_share(tp: Any, n_chars: int) -> float:
    """Share of the page's (not generated) characters that have no Unicode mapping."""
    real = errors = 0
    for i in range(n_chars):
        if not IsGenerated(tp, i):
            real += 1
            errors += HasMapError(tp, i)
    return errors / real if real else 0.0


def garbage_reason(text: str) -> str:
    """Why ``text`` (a page's) is not text but glyph codes read as characters, or ""."""
    return _garbage(text)


def _garbage(text: str) -> str:
    """Why ``text`` (a page's) is not text but glyph codes read as characters, or ""."""
    if any(w in text for w in _QUICK_WORDS):
        return ""  # the usual page: prose with common words
    sample = text if len(text) <= _STAT_SAMPLE else text[:_STAT_SAMPLE // 2] + text[-_STAT_SAMPLE // 2:]
    suspect = len(_SUSPECT.findall(sample))
    chars = len(sample) - sum(sample.count(c) for c in " \r\n\t")
    if chars < _MIN_STAT_CHARS:
        return ""
    if suspect >= UNDECODABLE_SHARE * chars:
        return f"{suspect / chars:.0%} of the characters are private-use, replacement or control codes"
    soup = len(_SOUP.findall(sample))
    if soup >= _SOUP_SHARE * chars:
        return f"{soup / chars:.0%} of the characters are symbols (glyph codes, not text)"
    words = _WORD.findall(sample)
    if len(words) >= _MIN_WORDS:
        function = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
        lower = sum(1 for w in words if w.islower())
        if function < _FUNCTION_SHARE * len(words) and lower >= _LOWER_SHARE * len(words):
            return "the words are not words (no common English or Welsh word among them)"
    return ""


def assess_page(page: Any) -> TextLayer:
    """The verdict on a pypdfium2 page's text layer, loading its text page.

    Example:
        >>> import pypdfium2 as pdfium  # doctest: +SKIP
        >>> [assess_page(p).usable for p in pdfium.PdfDocument("report.pdf")]  # doctest: +SKIP
        [True, True, False]
    """
    textpage = page.get_textpage()
    try:
        tp = handle(textpage.raw)
        n = textpage.count_chars()
        if n <= 0:
            return TextLayer(False, "no_text", "no text")
        text = textpage.get_text_range()
        return judge_text(tp, text, n, probe_chars(tp, n, text))
    finally:
        textpage.close()


def drop_unmapped_lines(tp: Any, page: Page) -> int:
    """Drop the lines of a page most of whose characters have no Unicode mapping (a heading
    font without one on an otherwise readable page). Returns how many were dropped."""
    keep = []
    for ln in page.lines:
        if ln.c0 < 0 or ln.c1 < ln.c0:
            keep.append(ln)
            continue
        errors = sum(HasMapError(tp, i) for i in range(ln.c0, ln.c1 + 1))
        if errors < UNDECODABLE_SHARE * (ln.c1 - ln.c0 + 1):
            keep.append(ln)
    return keep_lines(page, keep)
