"""Frames from rows, Report.to_frames(), and the import graph between model and export."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from reviewminer.export import COLUMNS, frames_from_rows, report_frames, report_rows
from reviewminer.export.columns import table_spec
from reviewminer.export.schema import cell

SRC = Path(__file__).resolve().parents[2] / "src" / "reviewminer"


def test_to_frames_is_report_frames(build) -> None:  # type: ignore[no-untyped-def]
    r = build([
        ("h1", "Serious Case Review: Child Q"),
        ("h1", "Recommendations"),
        ("li", "1. Redhill LSCB should audit neglect cases and report to the Board."),
    ])
    frames, expected = r.to_frames(), report_frames([r])
    assert list(frames) == list(COLUMNS)
    for name, df in frames.items():
        assert df.equals(expected[name]) and list(df.columns) == list(COLUMNS[name])
    rows = report_rows(r)
    spec = table_spec("recommendations")
    assert spec is not None
    got = [{c.name: cell(c, v) for c, v in zip(spec.columns, row, strict=True)}
           for row in frames["recommendations"].astype(object).itertuples(index=False)]
    assert got == [{c.name: cell(c, row[c.name]) for c in spec.columns}
                   for row in rows["recommendations"]]


def test_frames_from_partial_rows_keep_every_table() -> None:
    frames = frames_from_rows({"documents": [{"document_id": "x", "source": "a.pdf"}]})
    assert list(frames) == list(COLUMNS)
    assert frames["documents"]["document_id"].tolist() == ["x"]
    assert frames["documents"]["title"].isna().all()


def _runtime_imports(path: Path) -> set[str]:
    """Modules a file imports when run (at any level), leaving out ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_export_imports_nothing_of_reviewminer_outside_itself() -> None:
    """model imports export; export must not import model (or anything that does) back."""
    for path in sorted((SRC / "export").glob("*.py")):
        ours = {m for m in _runtime_imports(path) if m.split(".")[0] == "reviewminer"}
        assert all(m.startswith("reviewminer.export") for m in ours), (path.name, ours)
    assert "reviewminer.export.frames" in _runtime_imports(SRC / "model.py")


def test_import_reviewminer_does_not_import_pandas() -> None:
    code = ("import sys, reviewminer, reviewminer.export; "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ids_are_unique_across_a_corpus_and_join_exactly() -> None:
    import reviewminer

    docs = Path(__file__).resolve().parents[2] / "sample_docs"
    reports = [reviewminer.read(docs / "scr_2012_child_k.pdf"),
               reviewminer.read(docs / "dhr_2020_mr_d.docx")]
    assert all(r.recommendations[0].id == "r1" for r in reports)  # the same short id twice
    frames = report_frames(reports)
    recs, parties = frames["recommendations"], frames["parties"]
    assert recs["recommendation_id"].is_unique and frames["sections"]["section_id"].is_unique
    joined = parties.merge(recs[["recommendation_id", "text"]], on="recommendation_id")
    assert len(joined) == len(parties) > 0
    assert all(i.startswith(d + ":") for i, d in zip(recs["recommendation_id"],
                                                      recs["document_id"], strict=True))
