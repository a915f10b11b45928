"""Theme cues are compiled when first used, and a cue that cannot compile is still refused when
the rules load (see tests/extract/test_themes.py for the messages)."""

from __future__ import annotations

import random
import re

from reviewminer.rules import default_rules_dir
from reviewminer.rules.base import read_json
from reviewminer.rules.themes import ThemeRules, cue_regex


def _shipped() -> ThemeRules:
    path = default_rules_dir() / ThemeRules.FILE
    return ThemeRules.from_json(path, read_json(path))


def test_loading_compiles_no_phrase_cue_and_every_shipped_cue_compiles() -> None:
    themes = _shipped()
    cues = [c for t in themes.themes for c in (*t.cues, *t.nots)]
    assert len(cues) > 1000
    phrases = [c for c in cues if c.first]
    assert phrases and all("pattern" not in c.__dict__ for c in phrases)
    for cue in cues:
        assert cue.pattern.pattern == cue.regex  # compiles (the first use compiles it)


def test_a_phrase_whose_brackets_pair_up_always_makes_a_regex() -> None:
    rnd = random.Random(5)
    alphabet = [*"ab(|)*-'’ .\\[]{}?+^$", "..."]
    tried = 0
    for _ in range(20_000):
        phrase = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 10))).strip()
        depth = 0
        for ch in phrase:
            depth += (ch == "(") - (ch == ")")
            if depth < 0:
                break
        if not phrase or phrase == "..." or depth != 0:
            continue
        regex, sensitive = cue_regex(phrase)
        re.compile(regex, 0 if sensitive else re.IGNORECASE)
        tried += 1
    assert tried > 5000


def _word_by_char(word: str) -> str:
    """The cue-word translation written character by character (what ``_word`` does in one
    ``str.translate``)."""
    pieces = {"*": r"\w*", "(": "(?:", "|": "|", ")": ")", "-": r"[\s\-\u2010\u2011]?",
              "'": "['’]?", "’": "['’]?"}
    return "".join(pieces.get(ch, re.escape(ch)) for ch in word)


def test_a_cue_word_is_escaped_as_re_escape_escapes_each_character() -> None:
    from reviewminer.rules.themes import _word

    rnd = random.Random(11)
    alphabet = [chr(i) for i in range(32, 0x250)] + list("\t\n\r\x0b\x0c’‘“”–—\u2010\u2011é")
    for _ in range(3000):
        word = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _word(word) == _word_by_char(word), word


def test_a_phrase_s_first_literal_case_and_brackets_as_character_by_character() -> None:
    """``_first`` and ``_balanced`` (str methods for ASCII phrases, loops for the rest) against
    oracles written another way: the first word's letters and digits by a regex (its class of
    word characters but the underscore is what ``str.isalnum`` accepts), each lowered alone;
    brackets paired by removing "()" until none is left."""
    from reviewminer.rules.themes import _balanced, _first

    def first(phrase: str) -> str:
        run = re.match(r"[^\W_]*", phrase)
        return "".join(ch.lower() for ch in run.group()) if run else ""

    def balanced(phrase: str) -> bool:
        brackets = "".join(ch for ch in phrase if ch in "()")
        while "()" in brackets:
            brackets = brackets.replace("()", "")
        return not brackets

    rnd = random.Random(17)
    alphabet = list("abcXYZ019 ()*-'|.é’ΣΑß_") + ["MASH", "CAMHS", "Ab"]
    for _ in range(5000):
        phrase = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 8))).strip() or "x"
        assert _first(phrase) == first(phrase), phrase
        assert _balanced(phrase) == balanced(phrase), phrase
        acronym = not any(c.islower() for c in phrase) and sum(c.isupper() for c in phrase) >= 2
        if "(" not in phrase or balanced(phrase):
            assert cue_regex(phrase)[1] == acronym, phrase
