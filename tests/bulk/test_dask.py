"""reviewminer.bulk.dask: a Dask cluster gives the same tables as local workers."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers_batch import FAKE, write_docs
from reviewminer.bulk import read_many
from reviewminer.export import TABLES


def test_dask_local_cluster_gives_the_same_tables(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")
    write_docs(tmp_path, {"a.pdf": "alpha", "b.pdf": "beta", "b_copy.pdf": "beta",
                          "c.docx": "gamma", "bad.pdf": "BADPDF", "exit.pdf": "EXIT"})
    local = read_many([tmp_path], processor=FAKE, workers=2, progress=False)
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = read_many([tmp_path], processor=FAKE, scheduler=client, progress=False,
                           timeout=60)
        # The CLI on the same cluster writes the same files as a local CLI run.
        from reviewminer.cli import main

        monkeypatch.setenv("REVIEWMINER_TEST_PROCESSOR", FAKE)
        assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o_dask"), "-q",
                     "--scheduler", cluster.scheduler_address]) == 1
        assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o_local"), "-q"]) == 1
        for table in [*TABLES, "failures"]:
            assert (tmp_path / "o_dask" / f"{table}.csv").read_bytes() == (
                tmp_path / "o_local" / f"{table}.csv").read_bytes(), table
    assert len(remote.failures) == 2
    for table in TABLES:
        pd.testing.assert_frame_equal(local.to_frames()[table], remote.to_frames()[table])
    pd.testing.assert_frame_equal(local.failures, remote.failures)
