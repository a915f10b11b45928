"""reviewminer.bulk.settings: named thresholds, today's defaults, range checks."""

from __future__ import annotations

import dataclasses

import pytest

from reviewminer import bulk
from reviewminer.bulk.settings import DEFAULT_SETTINGS, BulkSettings


def test_defaults_are_the_library_defaults() -> None:
    s = BulkSettings()
    assert s == DEFAULT_SETTINGS
    assert (s.timeout, s.memory_limit_mb, s.max_tasks_per_worker) == (300.0, 4096, 200)
    assert (bulk.DEFAULT_TIMEOUT, bulk.DEFAULT_MEMORY_LIMIT_MB) == (300.0, 4096)
    assert (s.startup_timeout, s.max_startup_failures, s.stop_grace, s.reap_timeout) == (
        120.0, 3, 2.0, 10.0)
    assert (s.stderr_tail_bytes, s.stderr_tail_chars) == (4000, 400)
    assert (s.progress_redraw, s.progress_log_every) == (0.1, 10.0)
    assert (s.eta_min_docs, s.eta_min_seconds) == (3, 3.0)


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(BulkSettings)])
def test_out_of_range_values_name_the_field(field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field} must be"):
        BulkSettings(**{field: 0})
    with pytest.raises(ValueError, match=f"^{field} must be"):
        BulkSettings(**{field: -1})


def test_limits_may_be_switched_off_and_settings_are_frozen() -> None:
    s = BulkSettings(timeout=None, memory_limit_mb=None, max_tasks_per_worker=None)
    assert s.timeout is None
    with pytest.raises(ValueError, match=r"^startup_timeout must be"):
        BulkSettings(startup_timeout=float("inf"))
    with pytest.raises(ValueError, match=r"^max_startup_failures must be"):
        BulkSettings(max_startup_failures=1.5)  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.timeout = 1.0  # type: ignore[misc]
