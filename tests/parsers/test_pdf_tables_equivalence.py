"""The PDF parser's fast table-geometry functions give exactly pdfplumber's results.

``parsers/pdf/lattice.py`` re-implements pdfplumber's ``merge_edges``, ``edges_to_intersections`` and
``intersections_to_cells`` (same arithmetic and ordering, without their quadratic copies). This
randomised check fails if a pdfplumber upgrade changes behaviour and the copies drift apart.
"""

from __future__ import annotations

import random

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
