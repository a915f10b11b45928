"""Rules against a learned block classifier, on real documents (an experiment, not shipped).

Trains a logistic regression over block features (the block's first words, its layout, the words
of its section headings, the review type) on the gold of some document sets and reports, on
others, how well it tells the blocks of recommendations from the rest. The rules' own scores on
the same documents come from ``python -m reviewminer.evaluate``. Needs ``../shared/real_docs``.

    python benchmarks/block_model.py --train synthetic,real-dev,unseen --test real-heldout
    python benchmarks/block_model.py --train synthetic,real-dev --test unseen

A block is labelled positive when its words lie inside a gold recommendation's text (a
recommendation split over several paragraphs gives several positive blocks).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from reviewminer.document import Document
from reviewminer.evaluate.real import real_gold_files
from reviewminer.extract.metadata import review_type
from reviewminer.parsers import parse
from reviewminer.rules import Rules, load_rules
from reviewminer.structure.sections import Segmentation, segment

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real_docs"
WORD = re.compile(r"[a-z]+")
MODAL = re.compile(r"\b(should|must|shall|recommend\w*|needs? to|ought)\b", re.I)
Row = tuple[str, str, list[str], bool]


def _norm(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def features(doc: Document, seg: Segmentation, i: int, rtype: str | None) -> list[str]:
    b = doc.blocks[i]
    words = WORD.findall(b.text.lower())
    f = [f"w:{w}" for w in words[:15]] + [f"k:{b.kind}", f"len:{min(len(words) // 10, 8)}",
                                          f"t:{rtype}"]
    if words:
        f.append(f"f:{words[0]}")
    if b.label:
        f.append("lab:" + ("num" if re.search(r"\d", b.label) else "bullet"))
    if b.bold:
        f.append("bold")
    if MODAL.search(b.text):
        f.append("modal")
    if i and doc.blocks[i - 1].text.rstrip().endswith(":"):
        f.append("after_colon")
    s, depth = seg.block_section[i], 0
    while s is not None and depth < 3:
        sg = seg.segs[s]
        f += [f"h{min(depth, 1)}:{w}" for w in WORD.findall(sg.title.lower())[:8]]
        f.append(f"hk:{sg.kind}")
        s, depth = sg.parent, depth + 1
    return f


def _labels(doc: Document, grecs: list[dict[str, Any]]) -> list[bool]:
    gold = [_norm(g.get("text") or "") for g in grecs]
    out = []
    for b in doc.blocks:
        n = _norm(b.text)
        out.append(len(n.split()) >= 3 and any(n in g or (len(g) > 20 and g[:60] in n)
                                                for g in gold))
    return out


def _documents() -> Iterator[tuple[str, Path, list[dict[str, Any]]]]:
    for path, gold, split in real_gold_files(REAL):
        yield f"real-{split}", path, gold.get("recommendations") or []
    for path, gold, _ in real_gold_files(REAL / "bulk", gold_dir=ROOT / "benchmarks" / "real_gold"):
        yield "unseen", path, gold.get("recommendations") or []
    for g in sorted((ROOT / "sample_docs").rglob("*.gold.json")):
        doc = next((p for ext in (".pdf", ".docx")
                    if (p := g.with_name(g.name.replace(".gold.json", ext))).exists()), None)
        if doc is not None:
            yield "synthetic", doc, json.loads(g.read_text()).get("recommendations") or []


def rows(splits: set[str], rules: Rules) -> list[Row]:
    out: list[Row] = []
    for split, path, grecs in _documents():
        if split not in splits:
            continue
        doc = Document.from_raw(parse(path))
        seg = segment(doc, rules)
        rtype = review_type(doc.text[:6000], rules)
        for i, label in enumerate(_labels(doc, grecs)):
            out.append((split, path.stem, features(doc, seg, i, rtype), label))
    return out


def train(data: list[Row], steps: int = 400, rate: float = 0.5, l2: float = 1e-3
          ) -> tuple[dict[str, int], np.ndarray]:
    vocab: dict[str, int] = {}
    for _, _, fs, _ in data:
        for f in fs:
            vocab.setdefault(f, len(vocab))
    x = _matrix(data, vocab)
    y = np.array([r[3] for r in data], dtype=np.float32)
    weight = np.where(y > 0, ((len(y) - y.sum()) / max(y.sum(), 1.0)) ** 0.5, 1.0)
    w = np.zeros(len(vocab) + 1, dtype=np.float32)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= rate * (x.T @ ((p - y) * weight) / len(y) + l2 * w)
    return vocab, w


def _matrix(data: list[Row], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(data), len(vocab) + 1), dtype=np.float32)
    for k, (_, _, fs, _) in enumerate(data):
        for f in fs:
            if f in vocab:
                x[k, vocab[f]] = 1.0
        x[k, -1] = 1.0
    return x


def report(data: list[Row], vocab: dict[str, int], w: np.ndarray) -> None:
    p = 1 / (1 + np.exp(-(_matrix(data, vocab) @ w)))
    y = np.array([r[3] for r in data])
    for th in (0.5, 0.7, 0.8, 0.9):
        pred = p >= th
        tp = int((pred & y).sum())
        print(f"threshold {th}: precision {tp / max(int(pred.sum()), 1):.3f}  "
              f"recall {tp / max(int(y.sum()), 1):.3f}  (blocks: {int(pred.sum())} predicted, "
              f"{int(y.sum())} gold)")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (_, stem, _, gold), score in zip(data, p, strict=True):
        d = per[stem]
        d[0], d[1], d[2] = d[0] + int(gold), d[1] + int(score >= 0.8), d[2] + int(gold and score >= 0.8)
    for stem, (g, n, tp) in sorted(per.items()):
        print(f"  {stem}: gold blocks {g}, predicted at 0.8 {n}, right {tp}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default="synthetic,real-dev,unseen")
    ap.add_argument("--test", default="real-heldout")
    a = ap.parse_args()
    rules = load_rules()
    tr, te = set(a.train.split(",")), set(a.test.split(","))
    vocab, w = train(rows(tr, rules))
    report(rows(te, rules), vocab, w)


if __name__ == "__main__":
    main()
