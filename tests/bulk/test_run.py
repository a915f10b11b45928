"""reviewminer.bulk.run: read_many / iter_read_many, dedupe, error modes, the Corpus tables."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from helpers_batch import FAKE, read_calls, write_docs
from reviewminer.bulk import Corpus, Result, Store, iter_read_many, read_many, store_results
from reviewminer.errors import CorruptDocumentError, RuleFileError
from reviewminer.export import COLUMNS, TABLES
from reviewminer.export.columns import CORPUS_COLUMNS

SAMPLE_DOCS = Path(__file__).resolve().parents[2] / "sample_docs"
# A few real documents (PDF and .docx) keep the real-reader test short.
SAMPLES = sorted(p for p in SAMPLE_DOCS.glob("*") if p.suffix in (".pdf", ".docx"))[:4]


def test_identical_content_under_two_names_is_read_once(tmp_path: Path, calls: Path) -> None:
    write_docs(tmp_path, {"b_copy.pdf": "same bytes", "a_orig.pdf": "same bytes",
                          "other.pdf": "different"})
    corpus = read_many([tmp_path], workers=2, processor=FAKE, progress=False)
    assert sum(read_calls(calls).values()) == 2  # two distinct contents
    frames = corpus.to_frames()
    docs = frames["documents"]
    assert len(docs) == 3  # one documents row per source ...
    assert docs["document_id"].nunique() == 2
    dup_ids = docs.loc[docs["source"].str.endswith("_orig.pdf") | docs["source"].str.endswith(
        "_copy.pdf"), "document_id"]
    assert dup_ids.nunique() == 1
    # ... extraction rows once per content, under the alphabetically first name.
    recs = frames["recommendations"]
    assert len(recs) == 2
    assert recs["document_id"].is_unique
    dup_rec = recs[recs["document_id"] == dup_ids.iloc[0]]
    assert Path(dup_rec["source"].iloc[0]).name == "a_orig.pdf"
    assert len(corpus.reports) == 2
    assert all(r.ok and not r.cached for r in corpus)


def test_error_modes(tmp_path: Path) -> None:
    write_docs(tmp_path, {"ok.pdf": "fine", "bad.pdf": "BADPDF"})
    with pytest.raises(CorruptDocumentError, match=r"bad\.pdf"):
        read_many([tmp_path], processor=FAKE, errors="raise", progress=False, workers=1)
    skipped = read_many([tmp_path], processor=FAKE, errors="skip", progress=False, workers=1)
    assert [Path(r.source).name for r in skipped] == ["ok.pdf"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warned = read_many([tmp_path], processor=FAKE, errors="warn", progress=False, workers=1)
    assert len(warned.failures) == 1 and any("bad.pdf" in str(w.message) for w in caught)
    with pytest.raises(ValueError, match="errors must be one of"):
        read_many([tmp_path], errors="ignore")  # type: ignore[arg-type]


@pytest.mark.parametrize(("option", "value", "message"), [
    ("workers", 0, "workers must be a positive integer"),
    ("timeout", -1, "timeout must be positive seconds"),
    ("memory_limit", -5, "memory_limit must be a whole number of MB"),
    ("memory_limit", 0.5, "memory_limit must be a whole number of MB"),
])
def test_invalid_options(tmp_path: Path, option: str, value: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_many([tmp_path], processor=FAKE, progress=False, **{option: value})


def test_streaming_results_and_missing_files(tmp_path: Path) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "b.pdf": "b"})
    gen = iter_read_many([tmp_path, tmp_path / "gone.pdf"], processor=FAKE, progress=False,
                         workers=1)
    results = list(gen)
    assert all(isinstance(r, Result) for r in results)
    gone = [r for r in results if not r.ok]
    assert len(gone) == 1 and gone[0].code == "not_found" and "gone.pdf" in gone[0].message
    corpus = Corpus(results)
    assert list(corpus.failures.columns) == ["source", "code", "message"]
    report = next(r.report for r in results if r.ok)
    assert isinstance(report, reviewminer.Report)
    written = corpus.write(tmp_path / "out", formats="csv")
    assert sorted(p.name for p in written) == sorted(
        f"{t}.csv" for t in [*TABLES, "links", "follow_up", "failures"])
    assert len(pd.read_csv(tmp_path / "out" / "failures.csv")) == 1


def test_store_results_lists_every_source_and_what_is_pending(tmp_path: Path) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "b.pdf": "BADPDF"})
    with Store(":memory:") as st:
        list(iter_read_many([tmp_path, tmp_path / "gone.pdf"], processor=FAKE, store=st,
                            progress=False, workers=1))
        got = {Path(r.source).name: (r.ok, r.code, r.cached)
               for r in store_results(st, processor=FAKE)}
        assert got == {"a.pdf": (True, None, True), "b.pdf": (False, "corrupt", True),
                       "gone.pdf": (False, "not_found", False)}
        # Under another extractor version nothing is read yet.
        pending = {r.code for r in store_results(st, processor="helpers_batch:other")
                   if r.sha256}
        assert pending == {"pending"}


def test_empty_corpus_keeps_columns(tmp_path: Path) -> None:
    corpus = read_many([tmp_path], processor=FAKE, progress=False)
    assert len(corpus) == 0
    for table, frame in corpus.to_frames().items():
        assert list(frame.columns) == list({**COLUMNS, **CORPUS_COLUMNS}[table]) and frame.empty


@pytest.mark.skipif(not SAMPLES, reason="sample_docs/ not generated yet")
def test_real_reader_in_workers_matches_read_and_reports_bad_files(tmp_path: Path) -> None:
    bad = write_docs(tmp_path, {"notes.pdf": "just text, named .pdf", "empty.docx": b"",
                                "broken.docx": b"PK\x03\x04 not really a zip"})
    corpus = read_many(SAMPLES + bad, workers=2, progress=False)
    expected = reviewminer.export.report_frames(reviewminer.read(p) for p in SAMPLES)
    frames = corpus.to_frames()
    for table in TABLES:
        got = frames[table].sort_values(["source"], kind="stable").reset_index(drop=True)
        want = expected[table].sort_values(["source"], kind="stable").reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
    fails = dict(zip(corpus.failures["source"].map(lambda s: Path(s).name),
                     corpus.failures["code"], strict=True))
    assert fails == {"notes.pdf": "corrupt", "empty.docx": "empty", "broken.docx": "corrupt"}
    assert all(Path(s).name in m for s, m in zip(corpus.failures["source"],
                                                 corpus.failures["message"], strict=True))


# -- your own rules --------------------------------------------------------------------------

COVER = SAMPLE_DOCS / "cover_report_2022_adult_b_committee.docx"
#: An overlay observable in COVER: its Integrated Care Board recommendation changes category.
ICB_OVERLAY = {"parties": {"agencies": [{"canonical": "Integrated Care Board",
                                         "category": "voluntary"}]}}


def _icb_categories(corpus: Corpus) -> set[str]:
    parties = corpus.to_frames()["parties"]
    return set(parties.loc[parties["canonical"] == "Integrated Care Board", "category"])


@pytest.mark.parametrize("as_file", [False, True], ids=["dict", "file"])
def test_rules_reach_the_workers_and_key_the_store(tmp_path: Path, as_file: bool) -> None:
    rules: object = ICB_OVERLAY
    if as_file:
        rules = tmp_path / "overlay.json"
        rules.write_text(json.dumps(ICB_OVERLAY), encoding="utf-8")
    store = tmp_path / "store.sqlite"
    shipped = read_many([COVER], workers=1, progress=False, store=store)
    own = read_many([COVER], workers=1, progress=False, store=store, rules=rules)  # type: ignore[arg-type]
    assert _icb_categories(shipped) == {"health"}
    assert _icb_categories(own) == {"voluntary"}  # read again with the rules, not from the store
    assert not own.results[0].cached
    versions = {c.reports[0].extractor_version for c in (shipped, own)}
    assert len(versions) == 2
    assert own.reports[0].extractor_version == reviewminer.read(COVER, rules=ICB_OVERLAY
                                                                ).extractor_version
    again = read_many([COVER], workers=1, progress=False, store=store, rules=rules)  # type: ignore[arg-type]
    assert again.results[0].cached and _icb_categories(again) == {"voluntary"}
    with Store(store) as st:
        assert _icb_categories(Corpus(store_results(st, rules=rules))) == {"voluntary"}  # type: ignore[arg-type]


def test_bad_rules_fail_before_any_worker_starts(tmp_path: Path) -> None:
    bad = tmp_path / "parties.json"
    bad.write_text('{"agencies": [{"names": ["no canonical"]}]}', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"parties\.json"):
        read_many([COVER], progress=False, rules=bad)
    with pytest.raises(RuleFileError, match="no such rules"):
        read_many([COVER], progress=False, rules=tmp_path / "missing")
