"""Legacy formats (.doc, .rtf, .odt) through LibreOffice: same records as the .docx, bounded
conversions, clear errors when LibreOffice is missing."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

import reviewminer
from reviewminer.errors import DocumentTimeoutError, NeedsLibreOfficeError, UnsupportedFormatError
from reviewminer.parsers import detect_format
from reviewminer.parsers.legacy import SOFFICE_ENV, LegacyParser, LegacySettings, find_soffice

SAMPLE = Path(__file__).resolve().parents[2] / "sample_docs" / "dhr_2020_mr_d.docx"
needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def legacy_copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample .docx saved by LibreOffice as .doc, .rtf and .odt (made at test time)."""
    soffice = find_soffice()
    assert soffice is not None
    out = tmp_path_factory.mktemp("legacy")
    profile = out / "profile"
    for fmt in ("doc", "rtf", "odt"):
        subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", str(out), str(SAMPLE)],
                       check=True, capture_output=True, timeout=180)
    return {fmt: out / f"{SAMPLE.stem}.{fmt}" for fmt in ("doc", "rtf", "odt")}


def _records(report: reviewminer.Report) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(r.number, r.text, tuple(p.canonical for p in r.parties if p.role == "owner"))
            for r in report.recommendations]


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_a_legacy_copy_gives_the_same_records_as_the_docx(legacy_copies, fmt: str) -> None:
    path = legacy_copies[fmt]
    assert detect_format(path) == fmt
    want = _records(reviewminer.read(SAMPLE))
    report = reviewminer.read(path)
    got = _records(report)
    assert report.source == str(path) and report.format == fmt
    assert len(got) == len(want) == 11
    if fmt == "doc":
        # LibreOffice's own .doc export numbers every item of a restarted list "1" (it shows them
        # so itself); texts and owners survive
        got, want = [g[1:] for g in got], [w[1:] for w in want]
    assert got == want
    assert [s.heading for s in report.sections] == \
        [s.heading for s in reviewminer.read(SAMPLE).sections]


@needs_soffice
def test_a_mislabelled_legacy_file_is_read_by_its_content(legacy_copies, tmp_path: Path) -> None:
    wrong = tmp_path / "review.docx"
    shutil.copyfile(legacy_copies["rtf"], wrong)
    assert reviewminer.read(wrong).format == "rtf"


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    return script


def test_a_hanging_conversion_is_killed_at_the_limit_with_its_children(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    fake = _fake_soffice(tmp_path, f"sleep 300 & echo $! >> {pids}\necho $$ >> {pids}\nsleep 300\n")
    doc = tmp_path / "old.rtf"
    doc.write_bytes(b"{\\rtf1 hello}")
    started = time.monotonic()
    with pytest.raises(DocumentTimeoutError) as e:
        LegacyParser("rtf", LegacySettings(soffice=str(fake), timeout=1)).parse(doc)
    assert time.monotonic() - started < 15
    assert str(doc) in str(e.value) and e.value.code == "timeout"
    time.sleep(0.5)
    # the converter and the process it started are gone (or zombies awaiting their reaper)
    assert not [pid for pid in map(int, pids.read_text().split()) if _running(pid)]


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_failed_conversion_is_corrupt_naming_the_file(tmp_path: Path) -> None:
    fake = _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2\nexit 1\n")
    doc = tmp_path / "broken.rtf"
    doc.write_bytes(b"{\\rtf1 broken")
    with pytest.raises(reviewminer.ReviewMinerError) as e:
        LegacyParser("rtf", LegacySettings(soffice=str(fake))).parse(doc)
    assert e.value.code == "corrupt" and str(doc) in str(e.value)
    assert "could not be loaded" in str(e.value)


def test_without_libreoffice_a_legacy_file_fails_with_the_install_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    doc = tmp_path / "old.rtf"
    doc.write_bytes(b"{\\rtf1\\ansi Recommendations}")
    with pytest.raises(NeedsLibreOfficeError) as e:
        reviewminer.read(doc)
    assert e.value.code == "needs_libreoffice"
    assert "apt-get install libreoffice-writer-nogui" in str(e.value) and str(doc) in str(e.value)


def test_other_office_files_are_still_refused_with_a_reason(tmp_path: Path) -> None:
    ole = tmp_path / "book.doc"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") * 4
                    + b"\0" * 600)
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        reviewminer.read(ole)
