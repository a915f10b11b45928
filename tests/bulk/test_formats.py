"""A folder of mixed files in a batch run: legacy formats read, scans recognised, every other
file listed as a failure with its reason (never skipped silently)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import reviewminer
from reviewminer.bulk import find_sources
from reviewminer.parsers.legacy import find_soffice

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "scr_2012_child_k.pdf"


def test_a_folder_s_other_files_are_failures_with_their_reason(tmp_path: Path) -> None:
    shutil.copyfile(SAMPLE, tmp_path / "review.pdf")
    (tmp_path / "notes.txt").write_text("minutes")
    (tmp_path / "page1.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (tmp_path / ".hidden.txt").write_text("x")
    left_out: list[str] = []
    assert [Path(p).name for p in find_sources(tmp_path, left_out)] == ["review.pdf"]
    assert sorted(Path(p).name for p in left_out) == ["notes.txt", "page1.png"]
    corpus = reviewminer.read_many(tmp_path, workers=1, progress=False)
    failures = {Path(r.source).name: (r.code, r.message or "") for r in corpus.results if not r.ok}
    assert set(failures) == {"notes.txt", "page1.png"}
    assert failures["notes.txt"][0] == "unsupported_format"
    assert "put scanned pages in a PDF" in failures["page1.png"][1]
    assert len(corpus.reports) == 1


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")
def test_legacy_files_are_read_in_a_batch(tmp_path: Path) -> None:
    docx = Path(__file__).resolve().parents[2] / "sample_docs" / "dhr_2020_mr_d.docx"
    profile = tmp_path / "profile"
    subprocess.run([find_soffice() or "soffice", f"-env:UserInstallation={profile.as_uri()}",
                    "--headless", "--convert-to", "rtf", "--outdir", str(tmp_path / "in"),
                    str(docx)], check=True, capture_output=True, timeout=180)
    corpus = reviewminer.read_many(tmp_path / "in", workers=1, progress=False)
    (report,) = corpus.reports
    assert report.format == "rtf"
    assert len(report.recommendations) == len(reviewminer.read(docx).recommendations)
