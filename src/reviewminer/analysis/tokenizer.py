"""spaCy's English tokenizer, in plain Python, from the rules spaCy itself uses.

The rules (prefix, suffix and infix patterns, the URL pattern, the special cases) are exported
from spaCy's ``spacy.blank("en")`` tokenizer into ``models/reviewminer_en_tokenizer.json`` when
the pipeline is saved (``python -m reviewminer.nlp``). The algorithm follows spaCy's
``Tokenizer`` (``spacy/tokenizer.pyx``) step by step: split on whitespace (a single space after a
token belongs to it), then per chunk a special case, else prefixes and suffixes peeled off until
none is left or what is left is a special case, then the infixes of the core; finally special
cases that the affix rules split (":)" inside "(:)") are found again and put back. A test
compares the tokens with spaCy's over the sample documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from reviewminer.rules import regex_cache

__all__ = ["TOKENIZER_DATA", "Tokenizer", "tokenizer_data_path"]

#: The exported tokenizer rules, beside the saved spaCy pipeline.
TOKENIZER_DATA = "reviewminer_en_tokenizer.json"
_CHUNKS = re.compile(r"\S+|\s+")  # \s is str.isspace(), as spaCy splits
_CACHE_SIZE = 50_000


def tokenizer_data_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("reviewminer.models").joinpath(TOKENIZER_DATA)))


def _length(search: Callable[[str], re.Match[str] | None] | None, text: str) -> int:
    if search is None:
        return 0
    m = search(text)
    return m.end() - m.start() if m is not None else 0


def _chunks(text: str) -> Iterator[tuple[str, int]]:
    """The runs of non-space of ``text`` that spaCy tokenizes one by one, with their starts; a
    run of spaces after a token keeps all but the token's own following space as a chunk."""
    if text.isprintable() and "  " not in text and text[:1] != " ":
        # single spaces between words (a printable text holds no other white space): the words
        # are the chunks, each space the one that follows a token
        pos = 0
        for chunk in text.split(" "):
            if chunk:  # (empty after a space that ends the text)
                yield chunk, pos
            pos += len(chunk) + 1
        return
    # the chunks alternate between runs of non-space and of space: a space run after the first
    # chunk follows a token, whose single space it holds
    pos = 0
    for chunk in _CHUNKS.findall(text):
        at = pos
        pos += len(chunk)
        if at and chunk[0] == " ":  # the space that follows a token is its own
            if len(chunk) == 1:
                continue
            chunk, at = chunk[1:], at + 1
        yield chunk, at


class Tokenizer:
    """``Tokenizer(data)(text)`` -> the token texts and start offsets spaCy gives ``text``."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        def compiled(key: str) -> re.Pattern[str] | None:
            pattern = data.get(key)
            return regex_cache.compile(pattern) if pattern else None

        prefix, suffix, infix = compiled("prefix_search"), compiled("suffix_search"), \
            compiled("infix_finditer")
        token_match, url_match = compiled("token_match"), compiled("url_match")
        self._prefix = prefix.search if prefix else None
        self._suffix = suffix.search if suffix else None
        self._infix = infix.finditer if infix else None
        self._token_match = token_match.match if token_match else None
        self._url_match = url_match.match if url_match else None
        self.specials: dict[str, tuple[str, ...]] = {
            k: tuple(v) for k, v in data["specials"].items()}
        self._cache: dict[str, tuple[str, ...]] = dict(self.specials)
        #: special cases the affix rules would split, by their first piece: spaCy finds them
        #: again in the tokens (its ``_special_matcher``); exported with the rules (trying
        #: every special case against the affix patterns costs ~20 ms in every process)
        stored = data.get("split_specials")
        self._split_specials: dict[str, list[tuple[str, ...]]] = (
            {k: [tuple(p) for p in v] for k, v in stored.items()} if stored is not None
            else self.find_split_specials(bool(data.get("faster_heuristics", True))))
        self._split_firsts = frozenset(self._split_specials)
        #: the same by their first piece, then their second ("" for a special of one piece):
        #: an occurrence of a first piece is compared only with the specials its next token
        #: can continue (":" begins some sixty emoticons)
        self._split_next: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for first, splits in self._split_specials.items():
            for split in splits:
                nxt = split[1] if len(split) > 1 else ""
                self._split_next.setdefault(first, {}).setdefault(nxt, []).append(split)

    def find_split_specials(self, faster: bool) -> dict[str, list[tuple[str, ...]]]:
        """The special cases the affix rules split, by their first piece, in the order spaCy
        keeps them (see :func:`reviewminer.nlp.tokenizer_data`, which exports them)."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for s in sorted(self.specials):
            if not faster or _length(self._prefix, s) or self._find_infix(s) or \
                    _length(self._suffix, s) or " " in s:
                pieces = tuple(self._tokenize(s, specials=False)[0])
                if pieces:
                    out.setdefault(pieces[0], []).append(pieces)
        return out

    @classmethod
    def load(cls, path: Path | None = None) -> Tokenizer:
        with open(path or tokenizer_data_path(), encoding="utf-8") as fh:
            return cls(json.load(fh))

    def __call__(self, text: str) -> tuple[list[str], list[int], bool]:
        """The tokens' texts, their start offsets, and whether the first token's sentence start
        is set (spaCy loses it when a special case replaces the first token)."""
        words, starts = self._tokenize(text, specials=True)
        first_known = True
        if self._split_specials and words:
            first_known = self._apply_split_specials(text, words, starts)
        return words, starts, first_known

    # -- chunks ------------------------------------------------------------------------------
    def _tokenize(self, text: str, *, specials: bool) -> tuple[list[str], list[int]]:
        """Tokens and their starts before the split special cases are put back."""
        words: list[str] = []
        starts: list[int] = []
        # the cache holds the special cases too: they come first, as in spaCy
        cache = self._cache if specials else {}
        for chunk, at in _chunks(text):
            pieces = cache.get(chunk)
            if pieces is None:
                pieces = self._chunk(chunk, specials)
            if len(pieces) == 1:
                words.append(chunk)
                starts.append(at)
                continue
            for piece in pieces:
                words.append(piece)
                starts.append(at)
                at += len(piece)
        return words, starts

    def _chunk(self, chunk: str, specials: bool) -> tuple[str, ...]:
        """A chunk's tokens (spaCy's ``_tokenize``), kept in the cache."""
        prefixes: list[str] = []
        suffixes: list[str] = []
        core = self._split_affixes(chunk, prefixes, suffixes, specials)
        pieces = tuple(prefixes) + self._attach(core, specials) + tuple(reversed(suffixes))
        if specials:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache = dict(self.specials)
            self._cache[chunk] = pieces
        return pieces

    def _is_special(self, text: str, specials: bool) -> bool:
        return specials and text in self.specials

    def _split_affixes(self, string: str, prefixes: list[str], suffixes: list[str],
                       specials: bool) -> str:
        """spaCy's ``_split_affixes``: peel prefixes and suffixes off ``string``."""
        last_size = -1
        while string and len(string) != last_size:
            if self._token_match is not None and self._token_match(string):
                break
            if self._is_special(string, specials):
                break
            last_size = len(string)
            pre_len = _length(self._prefix, string)
            prefix = minus_pre = ""
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and self._is_special(minus_pre, specials):
                    prefixes.append(prefix)
                    return minus_pre
            suf_len = _length(self._suffix, string[pre_len:])
            suffix = minus_suf = ""
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and self._is_special(minus_suf, specials):
                    suffixes.append(suffix)
                    return minus_suf
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return string

    def _find_infix(self, text: str) -> list[re.Match[str]]:
        return list(self._infix(text)) if self._infix is not None else []

    def _attach(self, core: str, specials: bool) -> tuple[str, ...]:
        """spaCy's ``_attach_tokens`` for the core left after the affixes: a special case, a
        token or URL match, else split at its infixes."""
        if not core:
            return ()
        if specials:
            found = self.specials.get(core)
            if found is not None:
                return found
        if (self._token_match is not None and self._token_match(core)) or \
                (self._url_match is not None and self._url_match(core)):
            return (core,)
        matches = self._find_infix(core)
        if not matches:
            return (core,)
        out: list[str] = []
        start = 0
        for m in matches:
            if m.start() == 0:  # an infix at the very start is no split
                continue
            if m.start() != start:
                out.append(core[start:m.start()])
            if m.start() != m.end():
                out.append(core[m.start():m.end()])
            start = m.end()
        if core[start:]:
            out.append(core[start:])
        return tuple(out)

    # -- special cases the affix rules split ------------------------------------------------
    def _apply_split_specials(self, text: str, words: list[str], starts: list[int]) -> bool:
        """spaCy's ``_apply_special_cases``: runs of tokens that spell a special case as the affix
        rules split it become that special case's tokens. Returns False when the first token was
        replaced (spaCy then leaves its sentence start unset)."""
        matches: list[tuple[int, int]] = []
        # the first pieces present, each found by list.index: the order of the matches does not
        # matter (they are sorted below, and two of one start and length are the same)
        last = len(words) - 1
        for first in self._split_firsts.intersection(words):
            by_next = self._split_next[first]
            single = "" in by_next  # a special of one piece: every occurrence spells it
            if not single and by_next.keys().isdisjoint(words):
                continue  # no token that could follow it: no occurrence can spell a special
            i = words.index(first)
            while True:
                if single:
                    matches.append((i, i + 1))
                if i < last:
                    for split in by_next.get(words[i + 1], ()):
                        n = len(split)
                        if tuple(words[i:i + n]) == split:
                            matches.append((i, i + n))
                try:
                    i = words.index(first, i + 1)
                except ValueError:
                    break
        if not matches:
            return True
        # longest first, then leftmost; a match is kept when its first and last tokens are free
        kept: list[tuple[int, int]] = []
        seen: set[int] = set()
        for s, e in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
            if s not in seen and e - 1 not in seen:
                kept.append((s, e))
            seen.update(range(s, e))
        first_known = True
        for s, e in sorted(kept, reverse=True):  # from the end: earlier indexes stay valid
            span_text = text[starts[s]:starts[e - 1] + len(words[e - 1])]
            pieces = self.specials.get(span_text)
            if pieces is None:
                continue
            offsets = []
            pos = starts[s]
            for p in pieces:
                offsets.append(pos)
                pos += len(p)
            words[s:e] = pieces
            starts[s:e] = offsets
            first_known = first_known and s != 0
        return first_known
