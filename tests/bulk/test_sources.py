"""reviewminer.bulk.sources: finding inputs in paths, folders and globs; hashing them."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from helpers_batch import write_docs
from reviewminer.bulk.sources import find_sources, hash_source
from reviewminer.bulk.store import Store
from reviewminer.parsers import registry, supported_suffixes


def test_find_sources_walks_folders_globs_and_keeps_explicit_files(tmp_path: Path) -> None:
    write_docs(tmp_path, {
        "a.pdf": "a", "sub/b.DOCX": "b", "sub/deep/c.pdf": "c", "notes.txt": "n",
        ".hidden/d.pdf": "d", "sub/~$lock.docx": "l", "sub/.e.pdf": "e",
    })
    found = [Path(p).relative_to(tmp_path).as_posix() for p in find_sources(tmp_path)]
    assert found == ["a.pdf", "sub/b.DOCX", "sub/deep/c.pdf"]
    # A glob adds matching files; an explicit path is kept whatever its suffix (it fails later).
    globbed = find_sources([str(tmp_path / "**" / "*.pdf"), tmp_path / "notes.txt",
                            tmp_path / "missing.pdf", tmp_path / "a.pdf"])
    rel = [os.path.relpath(p, tmp_path) for p in globbed]
    assert rel == ["a.pdf", os.path.join("sub", "deep", "c.pdf"), "notes.txt", "missing.pdf"]
    assert find_sources(str(tmp_path / "*.nothing")) == []


def test_folder_discovery_follows_the_parser_registry(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    write_docs(tmp_path, {"a.pdf": "a", "b.md": "b", "sub/c.MD": "c", "d.txt": "d"})
    assert ".pdf" in supported_suffixes() and ".md" not in supported_suffixes()
    assert [Path(p).name for p in find_sources(tmp_path)] == ["a.pdf"]
    monkeypatch.setitem(registry._REGISTRY, "md", registry.Registration(
        "md", (".md",), sniff=lambda head, path: False, load=lambda: None))  # type: ignore[arg-type,return-value]
    assert [Path(p).name for p in find_sources(tmp_path)] == ["a.pdf", "b.md", "c.MD"]
    assert [Path(p).name for p in find_sources(str(tmp_path / "*"))] == ["a.pdf", "b.md", "c.MD"]


def test_hash_source_records_failures_and_uses_the_store_cache(tmp_path: Path) -> None:
    (a,) = write_docs(tmp_path, {"a.pdf": "abc"})
    rec = hash_source(str(a), None)
    assert rec.sha256 is not None and rec.size == 3 and rec.code is None
    assert hash_source(str(tmp_path / "gone.pdf"), None).code == "not_found"
    folder = hash_source(str(tmp_path), None)
    assert folder.code == "unsupported_format" and folder.sha256 is None
    with Store(":memory:") as st:
        # A recorded hash for the same path, size and mtime is trusted: the file is not read.
        st.put_sources([dataclasses.replace(rec, sha256="f" * 64)])
        assert hash_source(str(a), st).sha256 == "f" * 64
