"""Scoring the themes of recommendations against themes annotated by a reader.

Theme gold is one file per document, ``<GOLD_DIR>/<stem>.json``::

    {"doc": "<stem>", "items": [{"number": "3" | null, "starts": "<first words>",
                                 "themes": ["information_sharing", ...], "note": "..."}]}

Each gold item is matched one-to-one to an extracted recommendation of the document (found as
``<stem>.pdf`` or ``.docx`` in one of the document folders): by bag-of-words F1 between the gold's
first words and as many first words of the recommendation (>= 0.5, the threshold of
:mod:`~reviewminer.evaluate.matching`), a printed number that agrees breaking ties; pairs are made
greedily best first (:func:`~reviewminer.evaluate.matching.pair_greedily`). Themes are scored over
the matched items only (unmatched gold items are counted and listed, not scored): per theme
precision, recall and F1, micro-averaged over all (item, theme) decisions and macro-averaged over
the themes the gold uses.

Run ``python -m reviewminer.evaluate.themes GOLD_DIR DOCS_DIR [DOCS_DIR ...] [--items]
[--json out.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reviewminer.evaluate.matching import MATCH_THRESHOLD, norm_number, pair_greedily, tokens, word_f1

__all__ = ["ThemeEvaluation", "ThemeItem", "evaluate_themes", "main", "match_items", "print_themes"]

_NUMBER_BONUS = 0.25  # a number that agrees outweighs small differences of wording


@dataclass
class ThemeItem:
    """One compared item: the gold's themes and the extractor's for the recommendation matched."""

    doc: str
    number: str | None
    starts: str
    gold: list[str]
    predicted: list[str] | None  # None: no recommendation matched
    explanation: str = ""


@dataclass
class ThemeEvaluation:
    items: list[ThemeItem] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)

    @property
    def matched(self) -> list[ThemeItem]:
        return [i for i in self.items if i.predicted is not None]

    def per_theme(self) -> dict[str, dict[str, float | int]]:
        """Theme -> n_gold, n_pred, tp, precision, recall, f1 (over matched items)."""
        counts: dict[str, list[int]] = {}
        for item in self.matched:
            pred = set(item.predicted or ())
            for t in set(item.gold) | pred:
                c = counts.setdefault(t, [0, 0, 0])
                c[0] += t in item.gold
                c[1] += t in pred
                c[2] += t in item.gold and t in pred
        return {t: _prf(*counts[t]) for t in sorted(counts)}

    def overall(self) -> dict[str, float | int]:
        rows = self.per_theme()
        micro = _prf(sum(int(r["n_gold"]) for r in rows.values()),
                     sum(int(r["n_pred"]) for r in rows.values()),
                     sum(int(r["tp"]) for r in rows.values()))
        used = [r for r in rows.values() if r["n_gold"]]
        macro = {k: round(sum(float(r[k]) for r in used) / len(used), 4) if used else 0.0
                 for k in ("precision", "recall", "f1")}
        exact = sum(set(i.gold) == set(i.predicted or ()) for i in self.matched)
        return {"items": len(self.items), "matched": len(self.matched),
                "micro_precision": micro["precision"], "micro_recall": micro["recall"],
                "micro_f1": micro["f1"], "macro_precision": macro["precision"],
                "macro_recall": macro["recall"], "macro_f1": macro["f1"],
                "exact_match": round(exact / len(self.matched), 4) if self.matched else 0.0}


def _prf(n_gold: int, n_pred: int, tp: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"n_gold": n_gold, "n_pred": n_pred, "tp": tp, "precision": round(p, 4),
            "recall": round(r, 4), "f1": round(f, 4)}


def match_items(items: Sequence[dict[str, Any]], recs: Sequence[Any]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (item index, recommendation index, score) of gold items and predictions."""
    pred_tokens = [tokens(r.text) for r in recs]
    scored: list[tuple[float, int, int]] = []
    for i, item in enumerate(items):
        g = tokens(str(item.get("starts") or ""))
        if not g:
            continue
        number = norm_number(item.get("number"))
        for j, p in enumerate(pred_tokens):
            f = word_f1(g, p[: len(g)])
            if f >= MATCH_THRESHOLD:
                same = number is not None and number == norm_number(recs[j].number)
                scored.append((f + (_NUMBER_BONUS if same else 0.0), i, j))
    return pair_greedily(scored)


def _find(stem: str, folders: Sequence[Path]) -> Path | None:
    for folder in folders:
        for ext in (".pdf", ".docx"):
            if (folder / f"{stem}{ext}").exists():
                return folder / f"{stem}{ext}"
    return None


def _compare(ev: ThemeEvaluation, stem: str, items: list[dict[str, Any]], recs: Sequence[Any]) -> None:
    pairs = {i: j for i, j, _ in match_items(items, recs)}
    for i, item in enumerate(items):
        rec = recs[pairs[i]] if i in pairs else None
        ev.items.append(ThemeItem(
            stem, item.get("number"), str(item.get("starts") or ""), list(item.get("themes") or []),
            list(getattr(rec, "themes", ())) if rec is not None else None,
            getattr(rec, "theme_scores", "") if rec is not None else ""))


def evaluate_themes(gold_dir: str | Path, doc_dirs: Iterable[str | Path], *,
                    reader: Callable[[Path], Any] | None = None) -> ThemeEvaluation:
    """Score the themes of every document that has a theme-gold file in ``gold_dir``."""
    if reader is None:
        from reviewminer import read

        reader = read
    folders = [Path(d) for d in doc_dirs]
    ev = ThemeEvaluation()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = str(gold.get("doc") or gold_path.stem)
        path = _find(stem, folders)
        if path is None:
            ev.failures[stem] = "document not found in the document folders"
            continue
        try:
            report = reader(path)
        except Exception as e:  # a scorer reports every failure
            ev.failures[stem] = f"{type(e).__name__}: {e}"
            continue
        _compare(ev, stem, list(gold.get("items") or []), list(report.recommendations))
    return ev


def print_themes(ev: ThemeEvaluation, *, items: bool = False) -> None:
    """The per-theme table, the averages and (``items``) every compared item."""
    rows = ev.per_theme()
    width = max([len(t) for t in rows] + [8])
    print(f"{'theme':<{width}} {'n_gold':>6} {'n_pred':>6} {'tp':>4} {'precision':>9} "
          f"{'recall':>7} {'f1':>6}")
    for t, r in rows.items():
        print(f"{t:<{width}} {r['n_gold']:>6} {r['n_pred']:>6} {r['tp']:>4} {r['precision']:>9.3f} "
              f"{r['recall']:>7.3f} {r['f1']:>6.3f}")
    o = ev.overall()
    print()
    print(f"items compared: {o['matched']} of {o['items']} gold items matched a recommendation "
          f"({int(o['items']) - int(o['matched'])} unmatched, not scored)")
    print(f"micro: precision {o['micro_precision']:.3f} recall {o['micro_recall']:.3f} "
          f"f1 {o['micro_f1']:.3f}")
    print(f"macro (themes in the gold): precision {o['macro_precision']:.3f} recall "
          f"{o['macro_recall']:.3f} f1 {o['macro_f1']:.3f}")
    print(f"exact theme set: {o['exact_match']:.3f}")
    if items:
        print()
        for i in ev.items:
            got = "UNMATCHED" if i.predicted is None else ";".join(i.predicted)
            print(f"{i.doc} #{i.number} {i.starts[:60]!r}\n  gold: {';'.join(i.gold)}\n"
                  f"  pred: {got}\n  why:  {i.explanation}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reviewminer.evaluate.themes", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", help="folder of theme-gold files <stem>.json")
    ap.add_argument("doc_dirs", nargs="+", help="folders holding the documents <stem>.pdf/.docx")
    ap.add_argument("--items", action="store_true", help="list every compared item")
    ap.add_argument("--json", dest="json_out", default=None, help="write the scores as JSON")
    args = ap.parse_args(argv)
    ev = evaluate_themes(args.gold_dir, args.doc_dirs)
    print_themes(ev, items=args.items)
    for k, v in ev.failures.items():
        print(f"FAILED {k}: {v}", file=sys.stderr)
    if args.json_out:
        out = {"per_theme": ev.per_theme(), "overall": ev.overall(),
               "items": [asdict(i) for i in ev.items], "failures": ev.failures}
        Path(args.json_out).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 1 if ev.failures else 0


if __name__ == "__main__":
    sys.exit(main())
