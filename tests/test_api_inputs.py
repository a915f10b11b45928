"""read() inputs (a path, bytes, a file object), missing files, and notebook-friendly reprs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import reviewminer
from reviewminer.errors import DocumentNotFoundError

SAMPLE = Path(__file__).resolve().parents[1] / "sample_docs" / "scr_2012_child_k.pdf"


def _recs(report: reviewminer.Report) -> list[tuple[str | None, str]]:
    return [(r.number, r.text) for r in report.recommendations]


def test_read_accepts_bytes_and_binary_file_objects() -> None:
    want = reviewminer.read(SAMPLE)
    data = SAMPLE.read_bytes()
    from_bytes = reviewminer.read(data)
    assert _recs(from_bytes) == _recs(want) and from_bytes.source == "<bytes>"
    assert from_bytes.sha256 == want.sha256
    with open(SAMPLE, "rb") as fh:
        from_file = reviewminer.read(fh)
    assert _recs(from_file) == _recs(want) and from_file.source == str(SAMPLE)
    upload = reviewminer.read(io.BytesIO(data), name="upload.pdf")
    assert upload.source == "upload.pdf" and _recs(upload) == _recs(want)


def test_bad_bytes_name_the_given_name() -> None:
    with pytest.raises(reviewminer.ReviewMinerError) as e:
        reviewminer.read(b"%PDF-1.7\nnot really a pdf\n" * 10, name="upload.pdf")
    assert "upload.pdf" in str(e.value) and "reviewminer-read-" not in str(e.value)


def test_a_missing_file_is_a_file_not_found_error(tmp_path: Path) -> None:
    for name in ("gone.pdf", "gone.docx", "gone"):
        with pytest.raises(FileNotFoundError) as e:
            reviewminer.read(tmp_path / name)
        assert isinstance(e.value, DocumentNotFoundError) and e.value.code == "not_found"
        assert name in str(e.value)


def test_short_reprs_and_corpus_lookups() -> None:
    report = reviewminer.read(SAMPLE)
    text = repr(report)
    assert len(text) < 300 and "6 recommendations" in text and str(SAMPLE) in text
    assert "<table>" in report._repr_html_()
    corpus = reviewminer.read_many([SAMPLE], workers=1, progress=False)
    assert corpus.report(report.document_id).recommendations == report.recommendations
    row = corpus.to_frames()["recommendations"].iloc[0]
    assert corpus.source_text(row.to_dict()) == report.source_text(report.recommendations[0])
    assert "1 document(s) read" in corpus._repr_html_()
    with pytest.raises(KeyError):
        corpus.report("0" * 16)


def test_a_corpus_report_carries_the_path_as_given(tmp_path: Path) -> None:
    import os
    import shutil

    shutil.copyfile(SAMPLE, tmp_path / "a.pdf")
    shutil.copyfile(SAMPLE, tmp_path / "b.pdf")  # a copy: read once
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        corpus = reviewminer.read_many(["a.pdf", "b.pdf"], workers=1, progress=False)
    finally:
        os.chdir(here)
    assert [r.report.source for r in corpus] == ["a.pdf", "b.pdf"]  # type: ignore[union-attr]
    assert list(corpus.to_frames()["documents"]["source"]) == ["a.pdf", "b.pdf"]
