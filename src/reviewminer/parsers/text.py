"""Text normalisation shared by all parsers.

Ligatures and compatibility forms are folded (NFKC), curly quotes and dashes are kept as the
plain ASCII a user would type when searching, bullet glyphs (including Wingdings/Symbol private-use
code points) become "•", soft hyphens and zero-width characters disappear, whitespace collapses.
"""

from __future__ import annotations

import re
import unicodedata

BULLET = "\u2022"

# Glyphs used as list bullets in Word, PDF producers and symbol fonts.
_BULLET_CHARS = (
    "\u2022\u2023\u2043\u2219\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u25e6\u27a2\u27a4\u2794"
    "\u2192\u25ba\u25b8\u2756\u2713\u2714\u2666\u25c6\u00b7\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8"
    "\uf0d2\uf0e8\uf0f0\uf06e\uf071\uf0b2\uf034"
)
_TRANSLATE: dict[int, str | None] = {ord(c): BULLET for c in _BULLET_CHARS}
_TRANSLATE.update(
    {
        ord("\u2018"): "'",
        ord("\u2019"): "'",
        ord("\u201a"): "'",
        ord("\u201b"): "'",
        ord("\u2032"): "'",
        ord("\u201c"): '"',
        ord("\u201d"): '"',
        ord("\u201e"): '"',
        ord("\u2033"): '"',
        ord("\u2010"): "-",
        ord("\u2011"): "-",
        ord("\u2012"): "-",
        ord("\u2013"): "-",  # en dash
        ord("\u2014"): "-",  # em dash
        ord("\u2015"): "-",
        ord("\u2212"): "-",
        ord("\u00ad"): None,  # soft hyphen
        ord("\u200b"): None,
        ord("\u200c"): None,
        ord("\u200d"): None,
        ord("\ufeff"): None,
        ord("\u00a0"): " ",
        ord("\t"): " ",
        ord("\r"): "\n",
        ord("\x0b"): "\n",  # vertical tab: Word line break
        ord("\x0c"): "\n",  # form feed
        ord("\ufffe"): None,
        ord("\ufffd"): None,
    }
)
# Remaining private-use characters (symbol fonts) carry no text.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ ]{2,}")


def normalise(text: str) -> str:
    """Normalise one line or paragraph of text (keeps newlines, collapses spaces)."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        # Fast path (most lines): printable ASCII has nothing to translate, fold or strip out
        # and no newlines, so only the space runs and the ends change.
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    text = text.translate(_TRANSLATE)
    if text.isascii() and text.isprintable():
        # Curly quotes and dashes made plain ASCII (most other lines): nothing left to fold
        # or strip out, as on the fast path.
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    # NFKC folds ligatures (ﬁ → fi), full-width forms and superscript digits.
    text = unicodedata.normalize("NFKC", text)
    text = _PRIVATE_USE.sub(BULLET, text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


_HYPHEN_END = re.compile(r"([A-Za-z])-$")


def join_lines(lines: list[str]) -> str:
    """Join the visual lines of one paragraph, undoing end-of-line hyphenation.

    "multi-" + "agency" stays "multi-agency" (a real compound: both parts are lower case and the
    first part is a known prefix), "safe-" + "guarding" becomes "safeguarding".
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        # out ends in a non-space, so "$" can only match at its very end: test the cheap way
        # first (the search alone rescans the growing paragraph for every line)
        m = _HYPHEN_END.search(out) if out[-1] == "-" else None
        if m and (line[:1].isupper() or line[:1].isdigit()):
            # "Sub-" + "Group": a hyphenated compound broken at the hyphen; keep the hyphen and
            # add no space (a word split by hyphenation continues in lower case)
            out = out + line
        elif m and line[:1].islower():
            head = out[: m.end(1)]
            word = _trailing_ascii_word(head).lower()
            if word in _KEEP_HYPHEN_PREFIXES:
                out = head + "-" + line
            else:
                out = head + line
        else:
            out = out + " " + line
    return out


# Prefixes that form real hyphenated compounds in this domain, so a line-end hyphen after them
# is kept ("multi-agency", "co-ordinate", "self-neglect", "non-mobile", "pre-birth").
_KEEP_HYPHEN_PREFIXES = frozenset(
    {
        "multi", "co", "self", "non", "pre", "post", "cross", "inter", "anti", "sub", "re",
        "well", "long", "short", "high", "low", "single", "step", "follow", "out", "in",
        "under", "over", "ex", "half", "full", "part", "life", "child", "young", "father",
        "mother", "sister", "brother", "in-house", "e", "x", "t", "de", "semi", "mid",
    }
)


def _trailing_ascii_word(text: str) -> str:
    """The ASCII letters at the very end of ``text`` (what ``re.search(r"[A-Za-z]+$", text)``
    finds for a text that does not end in a newline), without a regex scan of the whole
    paragraph for every line joined to it."""
    i = len(text)
    while i and text[i - 1].isascii() and text[i - 1].isalpha():
        i -= 1
    return text[i:]
