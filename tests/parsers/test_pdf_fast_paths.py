"""The parser's fast paths give what the slower, plainer code they replace gives."""

from __future__ import annotations

import itertools
import math
import random
import struct
import unicodedata

import pypdfium2 as pdfium
import pytest

from helpers_pdf import serialize_pdf
from reviewminer.parsers import text as T
from reviewminer.parsers.pdf.geometry import _round_box
from reviewminer.parsers.pdf.lines import _line_runs, _match_starts
from reviewminer.parsers.pdf.patterns import DIGITS, LINE_SPLIT, SPLIT_WORD, SUPERSCRIPT_CANDIDATE, WS
from reviewminer.parsers.pdf.pdfium import info_dict
from reviewminer.parsers.pdf.running import _mask


def _all_strings(alphabet: str, max_len: int) -> list[str]:
    return ["".join(p) for n in range(max_len + 1) for p in itertools.product(alphabet, repeat=n)]


def test_line_runs_are_the_line_pattern_matches() -> None:
    for text in _all_strings("a \r\n\ufffe", 6):
        assert _line_runs(text) == [(m.start(), m.group()) for m in LINE_SPLIT.finditer(text)], repr(text)


def _normalise_full_path(text: str) -> str:
    """normalise() without its fast paths."""
    if not text:
        return ""
    text = text.translate(T._TRANSLATE)
    text = unicodedata.normalize("NFKC", text)
    text = T._PRIVATE_USE.sub(T.BULLET, text)
    text = T._CONTROL.sub("", text)
    text = T._SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


@pytest.mark.parametrize("alphabet", [
    "a \u2019\u2013\t\r",  # curly quote, dash, tab and CR: translated to ASCII
    "a \u00a0\u00ad\ufb01\x00",  # no-break space, soft hyphen, ligature, NUL
    "A\u0301 \ue000\x0b",  # a combining accent, private use, vertical tab
])
def test_normalise_fast_paths_match_the_full_path(alphabet: str) -> None:
    for text in _all_strings(alphabet, 5):
        assert T.normalise(text) == _normalise_full_path(text), repr(text)


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def test_round_box_is_round_to_one_digit_bit_for_bit() -> None:
    rnd = random.Random(7)
    values = [0.0, -0.0, 0.05, -0.05, 0.25, -0.25, 0.15, 2.675, 1e9, -1e9, 1e300, 5e-324,
              -5e-324, math.inf, -math.inf, math.nan, 0.04999999999999999, 99999.95]
    for _ in range(8_000):
        values.append(rnd.uniform(-1000, 1000))
        values.append((rnd.randint(-200_000, 200_000) + 0.5) / 10)  # ties and near ties
        values.append(math.nextafter(values[-1], rnd.choice([math.inf, -math.inf])))
        values.append(rnd.uniform(-1e-3, 1e-3))
        values.append(struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0])
    for k in range(0, len(values) - 3):
        box = values[k:k + 4]
        got = _round_box(*box)
        want = tuple(round(v, 1) for v in box)
        assert all(_bits(g) == _bits(w) or (math.isnan(g) and math.isnan(w))
                   for g, w in zip(got, want, strict=True)), box


def test_page_match_starts_find_the_lines_that_a_line_search_finds() -> None:
    """split_lines searches a line for superscripts and split words only when the page scan
    found a match start on it; that must be exactly when a search of the line finds one."""
    rnd = random.Random(3)
    alphabet = ["a", "b", "A", "B", "C", "1", "2", ".", ",", ")", " ", " ", "\r\n", "\n", "\ufffe",
                "\u2019", "\t", "The ", "C ONCLUSIONS", "abuse.12 ", "report1", "x"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        sup_at, split_at = _match_starts(text)
        for a, raw in _line_runs(text):
            body = raw[:-1] if raw[-1] == "\ufffe" else raw
            stripped = body.strip()
            if not stripped:
                continue
            a += len(body) - len(body.lstrip())
            b = a + len(stripped) - 1
            assert text[a:b + 1] == stripped
            for starts, pattern in ((sup_at, SUPERSCRIPT_CANDIDATE), (split_at, SPLIT_WORD)):
                on_line = any(a <= k <= b for k in starts)
                assert on_line == (pattern.search(stripped) is not None), (text, stripped, pattern)


def test_running_line_mask_is_the_substitution() -> None:
    for text in _all_strings("aB1 \u00a0\u2028\t\n", 5):
        assert _mask(text) == WS.sub(" ", DIGITS.sub("#", text.lower())).strip(), repr(text)


def test_info_dict_is_pypdfium2s_metadata_dict() -> None:
    """Long values (beyond the shared buffer), UTF-16 text, empty and missing keys."""
    author = "\ufeffR\u00e9view \u2013 Board".encode("utf-16-be")
    info = (b"<< /Title (%s) /Author <%s> /Subject () /Keywords (a, b) "
            b"/CreationDate (D:20240105093000+01'00') >>" % (b"Long title " * 60, author.hex().encode()))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            info]
    pdf = pdfium.PdfDocument(serialize_pdf(objs, info=4))
    try:
        got = info_dict(pdf)
        assert list(got.items()) == list(pdf.get_metadata_dict(skip_empty=True).items())
        assert len(got["Title"]) > 600 and got["Author"] == "R\u00e9view \u2013 Board"
    finally:
        pdf.close()
