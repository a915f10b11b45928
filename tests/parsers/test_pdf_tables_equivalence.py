"""The PDF parser's fast table-geometry functions give exactly pdfplumber's results.

``parsers/pdf/lattice.py`` re-implements pdfplumber's ``merge_edges``, ``edges_to_intersections``,
``intersections_to_cells`` and ``cells_to_tables`` and its ``Table.bbox`` and ``Table.rows`` (same
arithmetic and ordering, without their quadratic copies), with pdfplumber's default
``TableSettings``. This randomised check fails if a pdfplumber upgrade changes behaviour and the
copies drift apart.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from pdfplumber import table as plt

import reviewminer.parsers.pdf.lattice as fast


def _random_edges(rng: random.Random) -> list[dict]:
    xs = [rng.choice([10, 50, 51.5, 90, 130, 131, 200]) + rng.choice([0, 0, 0.3, 2.9, 3.1])
          for _ in range(6)]
    ys = [rng.choice([10, 40, 41, 80, 120, 160]) + rng.choice([0, 0, 0.7, 3.5]) for _ in range(6)]
    edges = []
    for _ in range(rng.randint(0, 25)):
        if rng.random() < 0.5:
            y = rng.choice(ys)
            x0, x1 = sorted(rng.sample(xs, 2))
            edges.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0,
                          "height": 0.0, "orientation": "h", "object_type": "line"})
        else:
            x = rng.choice(xs)
            y0, y1 = sorted(rng.sample(ys, 2))
            edges.append({"x0": x, "x1": x, "top": y0, "bottom": y1, "width": 0.0,
                          "height": y1 - y0, "orientation": "v", "object_type": "line"})
    return edges


def test_table_geometry_matches_pdfplumber():
    rng = random.Random(1)
    for trial in range(1500):
        edges = _random_edges(rng)
        tol = rng.choice([(3, 3, 3, 3), (0, 0, 0, 0), (1, 2, 0.5, 4), (3, 0, 0, 3)])
        a = plt.merge_edges(edges, *tol)
        b = fast.merge_edges(edges, *tol)
        assert [list(x.items()) for x in a] == [list(x.items()) for x in b], trial
        for xt, yt in ((1, 1), (3, 3), (0, 2)):
            i1 = plt.edges_to_intersections(a, xt, yt)
            i2 = fast.edges_to_intersections(a, xt, yt)
            assert list(i1) == list(i2), trial
            assert all(i1[k]["v"] == i2[k]["v"] and i1[k]["h"] == i2[k]["h"] for k in i1), trial
        inter = plt.edges_to_intersections(a, 1, 1)
        assert plt.intersections_to_cells(inter) == fast.intersections_to_cells(inter), trial


def _random_cells(rng: random.Random) -> list[tuple[float, float, float, float]]:
    xs = sorted(rng.sample([10, 40, 41, 80, 120, 121.5, 160, 200], 5))
    ys = sorted(rng.sample([5, 30, 31, 60, 90, 90.5, 130], 5))
    cells = []
    for _ in range(rng.randint(0, 14)):
        i, j = rng.randrange(len(xs) - 1), rng.randrange(len(ys) - 1)
        cells.append((xs[i], ys[j], xs[rng.randint(i + 1, len(xs) - 1)],
                      ys[rng.randint(j + 1, len(ys) - 1)]))
    return cells


def test_tables_from_cells_match_pdfplumber():
    rng = random.Random(2)
    for trial in range(3000):
        cells = _random_cells(rng)
        groups = plt.cells_to_tables(cells)
        assert fast.cells_to_tables(cells) == groups, trial
        for group in groups:
            table = plt.Table(None, group)  # type: ignore[arg-type]
            assert fast.table_bbox(group) == table.bbox, trial
            assert fast.table_rows(group) == [row.cells for row in table.rows], trial
    # and from real edges
    for trial in range(500):
        merged = plt.merge_edges(_random_edges(rng), 3, 3, 3, 3)
        cells = plt.intersections_to_cells(plt.edges_to_intersections(merged, 3, 3))
        assert fast.cells_to_tables(cells) == plt.cells_to_tables(cells), trial


def test_the_lattice_uses_pdfplumbers_default_settings():
    ts = plt.TableSettings()
    assert ts.snap_x_tolerance == ts.snap_y_tolerance == fast.SNAP_TOLERANCE
    assert ts.join_x_tolerance == ts.join_y_tolerance == fast.JOIN_TOLERANCE
    assert ts.edge_min_length == fast.EDGE_MIN_LENGTH
    assert ts.intersection_x_tolerance == ts.intersection_y_tolerance == fast.INTERSECTION_TOLERANCE


def test_reading_tables_does_not_import_pdfplumber():
    """The default engine needs none of pdfplumber (0.1 s and ~20 MB for each process)."""
    sample = Path(__file__).parents[2] / "sample_docs" / "extra" / "action_plan_2023_dhr_mr_r.pdf"
    code = ("import sys; from reviewminer.parsers.pdf import PdfParser; "
            f"doc = PdfParser().parse({str(sample)!r}); "
            "print(sum(b.kind == 'table' for b in doc.blocks), 'pdfplumber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    tables, imported = out.stdout.split()
    assert int(tables) > 0 and imported == "False"
