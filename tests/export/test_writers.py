"""File exporters: atomic writes, fixed columns in every format, empty tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from reviewminer.export import (
    COLUMNS,
    XLSX_NAME,
    atomic_write,
    frames_from_rows,
    parse_formats,
    write_csv,
    write_jsonl,
    write_parquet,
    write_tables,
    write_xlsx,
)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_atomic_write_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old complete file\n")
    with pytest.raises(RuntimeError, match="disk on fire"), atomic_write(target) as fh:
        fh.write("half a new fi")
        raise RuntimeError("disk on fire")
    assert target.read_text() == "old complete file\n"
    assert leftovers(tmp_path) == []
    with atomic_write(target) as fh:
        fh.write("new complete file\n")
    assert target.read_text() == "new complete file\n"
    assert leftovers(tmp_path) == []
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode


def test_atomic_write_never_creates_a_partial_new_file(tmp_path: Path) -> None:
    target = tmp_path / "new.bin"
    with pytest.raises(KeyboardInterrupt), atomic_write(target, "wb") as fh:
        fh.write(b"\x00" * 1000)
        raise KeyboardInterrupt
    assert not target.exists() and leftovers(tmp_path) == []


class _Exploding:
    """A cell that fails when written (the disk fills up half-way through the file)."""

    def __str__(self) -> str:
        raise OSError("no space left on device")


def test_writer_failure_mid_write_leaves_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "documents.csv"
    write_csv(pd.DataFrame({"document_id": ["x"], "source": ["a.pdf"]}), target)
    before = target.read_bytes()
    exploding = pd.DataFrame({"document_id": ["y", "z"],
                              "n": pd.Series([1, _Exploding()], dtype=object)})
    with pytest.raises(OSError, match="no space"):
        write_csv(exploding, target)
    assert target.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_empty_tables_keep_their_columns_in_every_format(tmp_path: Path) -> None:
    frames = frames_from_rows({})
    written = write_tables(frames, tmp_path, formats="csv,xlsx,jsonl,parquet")
    assert len(written) == 3 * len(frames) + 1
    sheets = pd.read_excel(tmp_path / XLSX_NAME, sheet_name=None)
    for table, cols in COLUMNS.items():
        assert list(pd.read_csv(tmp_path / f"{table}.csv").columns) == list(cols)
        assert list(pd.read_parquet(tmp_path / f"{table}.parquet").columns) == list(cols)
        assert list(sheets[table].columns) == list(cols)
        assert (tmp_path / f"{table}.jsonl").read_text() == ""  # JSON Lines: no rows, no lines
    assert leftovers(tmp_path) == []


def _sample_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "document_id": ["a1", "b2"],
        "number": ["1", None],
        "page_start": [3, 4],
        "char_start": [10, None],
        "inferred": [True, False],
        "text": ["The Board should \x07review", "Police; health"],
    })


def test_round_trips(tmp_path: Path) -> None:
    frame = _sample_frame()
    write_jsonl(frame, tmp_path / "t.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text().splitlines()]
    assert rows[1] == {"document_id": "b2", "number": None, "page_start": 4, "char_start": None,
                       "inferred": False, "text": "Police; health"}
    write_parquet(frame, tmp_path / "t.parquet")
    back = pd.read_parquet(tmp_path / "t.parquet")
    assert back["document_id"].tolist() == ["a1", "b2"]
    assert back["number"].tolist()[0] == "1" and pd.isna(back["number"].tolist()[1])
    write_xlsx({"t": frame}, tmp_path / "t.xlsx")  # a control character Excel cannot store
    sheet = pd.read_excel(tmp_path / "t.xlsx", sheet_name="t")
    assert sheet["text"].tolist()[0] == "The Board should review"


def test_parquet_mixed_type_column(tmp_path: Path) -> None:
    frame = pd.DataFrame({"number": pd.Series([1, "2a", None], dtype=object)})
    write_parquet(frame, tmp_path / "m.parquet")
    assert pd.read_parquet(tmp_path / "m.parquet")["number"].tolist()[:2] == ["1", "2a"]


def test_parse_formats() -> None:
    assert parse_formats("csv, XLSX,csv") == ("csv", "xlsx")
    assert parse_formats(["parquet"]) == ("parquet",)
    with pytest.raises(ValueError, match="unknown format 'pdf'; choose from csv, xlsx"):
        parse_formats("csv,pdf")
    with pytest.raises(ValueError, match="no format"):
        parse_formats(" , ")
