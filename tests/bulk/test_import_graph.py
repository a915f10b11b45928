"""The module import graph of reviewminer.bulk has no cycles.

Every ``import``/``from ... import`` of a module of the package counts, also inside functions
(lazy imports), except those under ``if TYPE_CHECKING:``. Point :func:`import_graph` at another
package (``"reviewminer"`` for the whole library) to check it the same way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import reviewminer

SRC = Path(reviewminer.__file__).resolve().parent.parent


def module_files(package: str, src: Path = SRC) -> dict[str, Path]:
    """Every module of ``package`` (recursively) by dotted name; a package is its __init__."""
    root = src.joinpath(*package.split("."))
    out: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported_names(tree: ast.AST, module: str, is_package: bool) -> list[str]:
    """Dotted names imported anywhere in ``tree`` (relative imports resolved), skipping the
    bodies of ``if TYPE_CHECKING:``; ``from a import b`` gives both ``a`` and ``a.b``."""
    names: list[str] = []
    base = module.split(".") if is_package else module.split(".")[:-1]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - (node.level - 1)]
                target = ".".join(anchor + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.append(target)
            names.extend(f"{target}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return names


def import_graph(package: str, src: Path = SRC) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports (the longest known prefix of each name)."""
    files = module_files(package, src)
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        deps: set[str] = set()
        for name in _imported_names(tree, module, path.name == "__init__.py"):
            parts = name.split(".")
            for n in range(len(parts), 0, -1):
                candidate = ".".join(parts[:n])
                if candidate in files:
                    if candidate != module:
                        deps.add(candidate)
                    break
        graph[module] = deps
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (``[a, b, ..., a]``), or None when the graph is acyclic."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def dfs(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return [*path[path.index(dep):], dep]
            if dep not in state and (found := dfs(dep)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := dfs(start)) is not None:
            return cycle
    return None


@pytest.mark.parametrize("package", ["reviewminer.bulk"])
def test_package_import_graph_is_acyclic(package: str) -> None:
    graph = import_graph(package)
    assert len(graph) > 1
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_bulk_modules_never_import_the_package_itself() -> None:
    graph = import_graph("reviewminer.bulk")
    assert not [m for m, deps in graph.items() if "reviewminer.bulk" in deps]
    # The worker process and the pool know each other only through the bootstrap string.
    assert "reviewminer.bulk.worker" not in graph["reviewminer.bulk.pool"]
    assert graph["reviewminer.bulk.settings"] == set()


def test_the_checker_finds_lazy_and_relative_cycles(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.b import x\n")
    (pkg / "b.py").write_text("def f():\n    from . import c\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import d\n"
        "def g():\n    import pkg.a\n")
    (pkg / "d.py").write_text("import pkg.c\n")
    graph = import_graph("pkg", tmp_path)
    assert graph == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": {"pkg", "pkg.c"},
                     "pkg.c": {"pkg.a"}, "pkg.d": {"pkg.c"}}
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]
    (pkg / "c.py").write_text("import os\n")
    assert find_cycle(import_graph("pkg", tmp_path)) is None
