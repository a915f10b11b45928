"""The notebooks in notebooks/ run top to bottom as Jupyter runs them: in an ipykernel "python3"
kernel (this interpreter, importing this checkout's src/), from the notebooks/ folder, no display.

A cell that raises fails the test (nbclient's CellExecutionError names the cell and the error).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbclient
import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))

#: Appended to each notebook (not saved): the kernel is this interpreter and imports this src/.
CHECK = f"""
import os, sys, reviewminer
assert os.path.realpath(sys.executable) == {os.path.realpath(sys.executable)!r}, sys.executable
assert reviewminer.__file__.startswith({str(SRC)!r}), reviewminer.__file__
assert os.getcwd() == {str(NOTEBOOK_DIR)!r}, os.getcwd()
"""


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A "python3" kernel spec for this interpreter, found first (JUPYTER_PATH); this checkout
    on the kernel's path; private Jupyter and IPython folders; plots inline (no display)."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.delenv("REVIEWMINER_TEST_PROCESSOR", raising=False)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path, kernel_env: None) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(CHECK))
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=180,
                                     resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    if path.name == "02_corpus_analysis.ipynb":  # the plot is drawn, inline
        assert any("image/png" in o.get("data", {}) for c in nb.cells
                   for o in c.get("outputs", []))


def test_notebooks_are_committed_without_outputs() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_corpus_analysis.ipynb"]
    for path in NOTEBOOKS:
        nb = json.loads(path.read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "python3"
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, path.name
