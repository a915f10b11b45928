"""Names a package exports without importing their modules until first used (PEP 562): the
packages' ``__getattr__`` hands over to :func:`lazy_attribute`."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["lazy_attribute"]


def lazy_attribute(package: str, lazy: Mapping[str, str], namespace: dict[str, Any],
                   name: str) -> Any:
    """``name`` imported from the module ``lazy`` maps it to, kept in the package's
    ``namespace`` so that later lookups do not come here; AttributeError for any other name."""
    module = lazy.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    namespace[name] = value
    return value
