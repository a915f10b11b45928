"""``import reviewminer`` stays light and reading a document does not import spaCy or pandas:
what a fresh process has imported, not how long it took (timing is for benchmarks/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reviewminer

SRC = str(Path(reviewminer.__file__).resolve().parents[1])
SAMPLE = Path(__file__).resolve().parents[1] / "sample_docs"
HEAVY = ("spacy", "thinc", "pandas", "numpy", "pdfplumber", "pypdfium2", "lxml", "pyarrow",
         "openpyxl", "reviewminer.bulk.pool", "reviewminer.parsers.pdf",
         "reviewminer.parsers.pdf.ocr.engine")


def imported_after(code: str) -> set[str]:
    """The heavy modules a fresh interpreter has imported after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(m for m in {HEAVY!r} " \
             "if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=120, env={**os.environ, "PYTHONPATH": SRC}).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_import_reviewminer_imports_none_of_the_heavy_modules() -> None:
    assert imported_after("import reviewminer, reviewminer.bulk") == set()


def test_reading_a_pdf_or_a_docx_imports_neither_spacy_nor_pandas() -> None:
    pdf = imported_after(f"import reviewminer; reviewminer.read({str(SAMPLE / 'sar_2019_adult_b.pdf')!r})")
    assert "pypdfium2" in pdf and not pdf & {"spacy", "thinc", "pandas", "numpy", "lxml"}
    # a PDF with a text layer on every page needs no OCR engine (the ocr package imports it late)
    assert "reviewminer.parsers.pdf.ocr.engine" not in pdf
    docx = imported_after(
        f"import reviewminer; reviewminer.read({str(SAMPLE / 'sar_2019_adult_b.docx')!r})")
    assert "lxml" in docx and not docx & {"spacy", "thinc", "pandas", "numpy", "pypdfium2"}


def test_the_public_names_are_all_there() -> None:
    for name in reviewminer.__all__:
        assert getattr(reviewminer, name) is not None
    assert set(reviewminer.__all__) <= set(dir(reviewminer))
    assert reviewminer.Report.__module__ == "reviewminer.model"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        reviewminer.nothing  # noqa: B018
    from reviewminer import bulk

    for name in bulk.__all__:
        assert getattr(bulk, name) is not None
