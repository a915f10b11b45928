"""The gold files of the harder corpora (sample_docs/more, sample_docs/extra) are valid and their
texts really occur in their documents (each folder ships its own checker)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE_DOCS = Path(__file__).resolve().parents[1] / "sample_docs"


@pytest.mark.parametrize("folder", ["more", "extra"])
def test_gold_checker_passes(folder):
    checker = SAMPLE_DOCS / folder / "check_gold.py"
    if not checker.exists():
        pytest.skip(f"no {folder} corpus")
    proc = subprocess.run([sys.executable, str(checker)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
