"""The compiled-pattern cache (reviewminer.rules.regex_cache): patterns rebuilt from it equal
``re.compile``'s, bad caches are ignored, nothing of a document goes into it, workers fill it."""

from __future__ import annotations

import marshal
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import reviewminer
from reviewminer import analysis
from reviewminer.analysis.gazetteer import load_tokenizer_data
from reviewminer.analysis.tokenizer import Tokenizer
from reviewminer.rules import Rules, _build, _default_rules, _shipped_data, fastcase, regex_cache

SAMPLES = Path(__file__).resolve().parents[2] / "sample_docs"


def _use(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> regex_cache.RegexCache:
    """Make a fresh cache at ``path`` the process's cache for this test."""
    cache = regex_cache.RegexCache(path)
    monkeypatch.setattr(regex_cache, "_DEFAULT", [cache])
    monkeypatch.setattr(regex_cache, "_AT_EXIT", [True])  # no save at the test process's exit
    return cache


def _shipped() -> Rules:
    """The shipped rules built afresh (not the process's cached copy)."""
    data, paths = _shipped_data()
    return _build(data, paths, "default")


def _all_rule_patterns() -> Iterator[re.Pattern[str]]:
    """Every pattern the shipped rules and tokenizer compile through the cache."""
    from reviewminer.extract import parties

    rules = _shipped()
    Tokenizer(load_tokenizer_data())
    parties._TABLES.clear()  # (so that the party tables' patterns are compiled now)
    tables = parties._tables(rules)
    yield tables.modal
    yield tables.intro
    for theme in (*rules.themes.themes,):
        for cue in (*theme.cues, *theme.nots):
            yield cue.pattern


def _cache_file(folder: Path) -> Path:
    return folder / regex_cache._file_name()


def test_patterns_from_the_cache_equal_re_compile(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = _use(monkeypatch, _cache_file(tmp_path))
    compiled = list(_all_rule_patterns())
    assert first.misses > 1500 and first.save()
    keys = list(first._load())
    second = _use(monkeypatch, _cache_file(tmp_path))
    for pattern, flags in keys:
        got = second.compile(pattern, flags)
        # == on patterns compares flags, pattern and sre code
        assert got == re.compile(pattern, flags), pattern
        assert got.groupindex == re.compile(pattern, flags).groupindex
    assert second.hits == len(keys) and second.misses == 0
    assert len(compiled) > 1000


def test_a_rebuilt_pattern_matches_as_the_original(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _use(monkeypatch, _cache_file(tmp_path))
    spec = r"(?P<who>[A-Z]\w+) (?:should|must)\s+(?P<verb>\w+)"
    cache.compile(spec, re.I)
    assert cache.save()
    again = _use(monkeypatch, _cache_file(tmp_path)).compile(spec, re.I)
    m = again.search("In future the Council should review its policy")
    assert m is not None and m.group("who", "verb") == ("Council", "review")
    assert again.flags == re.compile(spec, re.I).flags


def test_a_bad_pattern_raises_as_re_compile_does(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _use(monkeypatch, _cache_file(tmp_path))
    with pytest.raises(re.error):
        cache.compile("(unclosed")


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(("other-python", {})),
                                     marshal.dumps([1, 2, 3])])
def test_a_damaged_or_foreign_cache_is_ignored_and_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    path = _cache_file(tmp_path)
    path.write_bytes(content)
    cache = _use(monkeypatch, path)
    assert cache.compile(r"\bboard\b", re.I).search("The Board agreed")
    assert cache.misses == 1 and cache.save()
    assert regex_cache._read(path) != {}


def test_a_damaged_entry_is_compiled_again(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = _cache_file(tmp_path)
    path.write_bytes(marshal.dumps((regex_cache._file_name(),
                                    {("abc", 0): (0, b"\x0f\x27\0\0\1\0\0\0", 0, {}, (None,))})))
    cache = _use(monkeypatch, path)
    assert cache.compile("abc").search("xxabc") is not None
    assert cache.misses == 1


def test_turned_off_it_compiles_and_writes_nothing(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for value in ("off", "0", ""):
        monkeypatch.setenv(regex_cache.ENV, value)
        assert regex_cache.cache_dir() is None
    monkeypatch.setenv(regex_cache.ENV, str(tmp_path / "c"))
    assert regex_cache.cache_dir() == tmp_path / "c"
    cache = _use(monkeypatch, None)
    assert cache.compile("a+").match("aa") and not cache.save()
    assert not (tmp_path / "c").exists()


def test_a_folder_that_cannot_be_made_is_skipped(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # (even root cannot make a folder inside a file)
    cache = _use(monkeypatch, _cache_file(blocker / "cache"))
    assert cache.compile("x+").match("xx")
    assert cache.save() is False


def test_a_file_that_is_a_folder_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _cache_file(tmp_path)
    path.mkdir()
    cache = _use(monkeypatch, path)
    assert cache.compile("x+").match("xx") and cache.save() is False


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_others_can_write_is_not_used(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = _cache_file(tmp_path)
    cache = _use(monkeypatch, path)
    cache.compile("gamma")
    assert cache.save() and regex_cache._read(path)
    path.chmod(0o666)
    assert regex_cache._read(path) == {}
    path.chmod(0o600)
    assert regex_cache._read(path)


def test_writers_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _cache_file(tmp_path)
    one, two = regex_cache.RegexCache(path), regex_cache.RegexCache(path)
    one.compile("alpha")
    two.compile("beta")
    assert one.save() and two.save()
    assert {k[0] for k in regex_cache._read(path)} == {"alpha", "beta"}
    assert not one.save()  # nothing new since


def test_no_document_text_goes_into_the_cache(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading documents adds only patterns of the rule data: those the rules, the tokenizer
    and the theme cues compile without any document, and the lower-case twins
    (:mod:`reviewminer.rules.fastcase`) of the rules' case-insensitive patterns."""
    cache = _use(monkeypatch, _cache_file(tmp_path))
    _fresh_rules(monkeypatch)
    for name in ("scr_2012_child_k.pdf", "dhr_2020_mr_d.docx", "sar_2019_adult_b.pdf"):
        if (SAMPLES / name).exists():
            reviewminer.read(SAMPLES / name)
    after_reading = set(cache._load())
    assert len(after_reading) > 200
    assert after_reading <= _rule_keys(monkeypatch)
    _default_rules.cache_clear()  # the next tests' rules are not this test's


def _fresh_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make this test's read() build the rules and the analyzer again (through its cache)."""
    _default_rules.cache_clear()
    monkeypatch.setattr(analysis, "_ANALYZERS", {})
    monkeypatch.setattr(fastcase, "_CACHE", {})


def _rule_keys(monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, int]]:
    cache = _use(monkeypatch, None)
    seen: set[tuple[str, int]] = set()
    plain = cache.compile

    def record(pattern: str, flags: int = 0) -> re.Pattern[str]:
        seen.add((pattern, int(flags)))
        return plain(pattern, flags)

    monkeypatch.setattr(cache, "compile", record)
    list(_all_rule_patterns())
    twins = {(p.pattern.lower(), p.flags & ~re.IGNORECASE) for p in _patterns_in(_shipped())
             if p.flags & re.IGNORECASE}
    return seen | twins


def _patterns_in(obj: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    """Every compiled pattern held in ``obj`` (dataclasses, tuples, lists, dicts)."""
    if isinstance(obj, re.Pattern):
        yield obj
    elif depth < 8 and isinstance(obj, (tuple, list, set, frozenset)):
        for v in obj:
            yield from _patterns_in(v, depth + 1)
    elif depth < 8 and isinstance(obj, dict):
        for v in obj.values():
            yield from _patterns_in(v, depth + 1)
    elif depth < 8 and hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            yield from _patterns_in(getattr(obj, name, None), depth + 1)


def test_a_bulk_run_s_workers_write_the_cache(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(regex_cache.ENV, str(folder))
    docs = tmp_path / "in"
    docs.mkdir()
    shutil.copyfile(SAMPLES / "scr_2012_child_k.pdf", docs / "review.pdf")
    corpus = reviewminer.read_many(docs, workers=1, progress=False)
    assert len(corpus.reports) == 1
    entries = regex_cache._read(_cache_file(folder))
    assert len(entries) > 200  # the rules' and tokenizer's patterns, the cues the review used
