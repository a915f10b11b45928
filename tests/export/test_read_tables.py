"""read_tables: a real export of sample documents comes back with exactly the spec's dtypes and
values, in every format, empty tables included; formula-safe CSV text round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import reviewminer
from reviewminer.export import FORMATS, XLSX_NAME, write_tables
from reviewminer.export.columns import ALL_SPEC, CORPUS_SPEC, FAILURES, table_spec
from reviewminer.export.frames import frames_from_cells
from reviewminer.export.schema import table_dtypes, typed_frame
from reviewminer.export.staging import MANIFEST_NAME

LINKED = Path(__file__).resolve().parents[2] / "sample_docs" / "linked"
NAMES = [t.name for t in ALL_SPEC]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pd.DataFrame]]:
    """A review, its response and its action plan (every table has rows), and a file that is not
    a document (a failure), written in every format by ``Corpus.write``."""
    folder = tmp_path_factory.mktemp("in")
    for name in ("sar_2025_mr_q", "response_2025_sar_mr_q", "action_plan_2025_sar_mr_q"):
        (folder / f"{name}.docx").write_bytes((LINKED / f"{name}.docx").read_bytes())
    (folder / "notes.txt").write_text("not a report")
    corpus = reviewminer.read_many([folder], workers=1, progress=False)
    out = tmp_path_factory.mktemp("out")
    corpus.write(out, formats=",".join(FORMATS))
    frames = {**corpus.to_frames(), "failures": corpus.failures}
    assert all(len(frames[n]) for n in NAMES), {n: len(frames[n]) for n in NAMES}
    return out, frames


def _check_dtypes(tables: dict[str, pd.DataFrame]) -> None:
    for name, frame in tables.items():
        spec = table_spec(name)
        assert spec is not None
        assert list(frame.columns) == list(spec.names)
        for col, dtype in table_dtypes(spec).items():
            assert frame[col].dtype == dtype, (name, col, frame[col].dtype, dtype)


def test_in_memory_frames_have_the_schema(export: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    _check_dtypes(export[1])


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_back_with_the_dtypes_and_values(
        export: tuple[Path, dict[str, pd.DataFrame]], fmt: str) -> None:
    out, frames = export
    tables = reviewminer.read_tables(out, format=fmt)
    assert list(tables) == NAMES
    _check_dtypes(tables)
    for name in NAMES:
        pd.testing.assert_frame_equal(tables[name], frames[name], obj=f"{fmt} {name}")
    joined = tables["parties"].merge(tables["recommendations"], on="recommendation_id")
    assert len(joined) == len(tables["parties"])


def test_the_most_faithful_format_is_read_by_default(
        export: tuple[Path, dict[str, pd.DataFrame]], tmp_path: Path) -> None:
    from reviewminer.export.reader import available_formats

    assert available_formats(export[0]) == ["parquet", "jsonl", "csv", "xlsx"]
    assert available_formats(tmp_path) == []
    with pytest.raises(FileNotFoundError, match="no export tables"):
        reviewminer.read_tables(tmp_path)
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        reviewminer.read_tables(export[0], format="pdf")


def _empty_frames() -> dict[str, pd.DataFrame]:
    return {**frames_from_cells({}), **{t.name: typed_frame(t, []) for t in CORPUS_SPEC},
            "failures": typed_frame(FAILURES, [])}


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_tables_keep_their_schema(tmp_path: Path, fmt: str) -> None:
    write_tables(_empty_frames(), tmp_path, formats=fmt)
    if fmt == "jsonl":
        assert all((tmp_path / f"{n}.jsonl").stat().st_size == 0 for n in NAMES)
    tables = reviewminer.read_tables(tmp_path)
    assert list(tables) == NAMES and all(t.empty for t in tables.values())
    _check_dtypes(tables)


HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tTAB", "'=already",
           "''@twice", "'plain quote", "plain", "NA", "1", "a;b"]


@pytest.mark.parametrize("csv_safe", [True, False])
def test_formula_like_text_round_trips_through_csv(tmp_path: Path, csv_safe: bool) -> None:
    spec = table_spec("failures")
    assert spec is not None
    frame = typed_frame(spec, [(t, "corrupt", t) for t in HOSTILE])
    write_tables({"failures": frame}, tmp_path, formats="csv", csv_safe=csv_safe)
    raw = pd.read_csv(tmp_path / "failures.csv", dtype=str, keep_default_na=False)
    if csv_safe:
        assert not any(s.startswith(("=", "+", "-", "@", "\t")) for s in raw["source"])
    assert json.loads((tmp_path / MANIFEST_NAME).read_text())["csv_safe"] is csv_safe
    back = reviewminer.read_tables(tmp_path)["failures"]
    pd.testing.assert_frame_equal(back, frame)


def test_a_csv_copied_without_its_manifest_is_taken_as_csv_safe(tmp_path: Path) -> None:
    spec = table_spec("failures")
    assert spec is not None
    frame = typed_frame(spec, [(t, "corrupt", t) for t in HOSTILE])
    write_tables({"failures": frame}, tmp_path / "a", formats="csv")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "failures.csv").write_bytes((tmp_path / "a" / "failures.csv").read_bytes())
    pd.testing.assert_frame_equal(reviewminer.read_tables(tmp_path / "b")["failures"], frame)
    raw = reviewminer.read_tables(tmp_path / "b", csv_safe=False)["failures"]
    assert raw["source"].tolist()[0] == "'" + HOSTILE[0]


def test_xlsx_has_a_frozen_header_filters_dates_and_widths(
        export: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    from openpyxl import load_workbook

    out, frames = export
    book = load_workbook(out / XLSX_NAME)
    for name in NAMES:
        sheet = book[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.bold
        widths = [d.width for d in sheet.column_dimensions.values()]
        assert widths and all(8 <= w <= 61 for w in widths), (name, widths)  # + padding
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    actions = book["action_plan"]
    column = list(frames["action_plan"].columns).index("target_date") + 1
    dates = [actions.cell(row=r, column=column) for r in range(2, actions.max_row + 1)]
    dated = [c for c in dates if c.value is not None]
    assert dated and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in dated)


def test_a_reports_frames_have_the_schema() -> None:
    frames = reviewminer.read(LINKED / "response_2025_sar_mr_q.docx").to_frames()
    assert len(frames["responses"]) and len(frames["recommendations"])
    _check_dtypes(frames)
