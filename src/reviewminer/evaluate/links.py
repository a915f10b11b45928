"""Scoring the links between documents (:mod:`reviewminer.link`) against gold links.

A gold links file (``<set>.links.json``, schema ``reviewminer-links/1``, e.g.
``sample_docs/linked/mr_q.links.json``) names a review, its response and its action plan (the
documents' names; their ``.gold.json`` beside them) and lists each response (``number``, quoted
``text``, ``status``, the review's ``recommendation`` number it answers) and each action
(``action``, ``recommendation``). For each file format the three documents are read and linked;
responses and actions are matched to the gold by text (word-F1, as the main scorer), the review's
recommendations to its gold by text, and a predicted link is right when it joins the items the
gold joins. Reported: response status accuracy, and precision and recall of the response and
action links (same-document links are not counted).

Run ``python -m reviewminer.evaluate.links sample_docs/linked``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reviewminer.evaluate.matching import match

__all__ = ["evaluate_links", "main", "score_set"]

Gold = dict[str, Any]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _by_gold(gold_texts: Sequence[str], pred_texts: Sequence[str]) -> dict[int, int]:
    """Predicted index -> gold index, by text."""
    return {j: i for i, j, _ in match(list(gold_texts), list(pred_texts))}


def score_set(review: Any, response: Any, plan: Any, links_gold: Gold, review_gold: Gold
              ) -> dict[str, int]:
    """Counts for one linked set read in one format."""
    from reviewminer.link import links

    found = [k for k in links([review, response, plan])
             if k.to_document_id == review.document_id and k.method != "same_document"]
    grecs = review_gold["recommendations"]
    rev = list(review.recommendations)
    rec_no = {f"{review.document_id}:{rev[j].id}": grecs[i]["number"]
              for j, i in _by_gold([g["text"] for g in grecs], [r.text for r in rev]).items()}
    gresp = links_gold["responses"]
    resp = [r for r in response.recommendations if r.response or r.response_text]
    resp_gold = {f"{response.document_id}:{resp[j].id}": gresp[i] for j, i in
                 _by_gold([g["text"] for g in gresp], [r.text for r in resp]).items()}
    gact = links_gold["actions"]
    acts = list(plan.action_plan)
    act_gold = {f"{plan.document_id}:{acts[j].id}": gact[i] for j, i in
                _by_gold([g["action"] for g in gact], [a.action for a in acts]).items()}
    c = {"status_n": len(gresp), "status_ok": 0, "response_gold": len(gresp), "response_pred": 0,
         "response_ok": 0, "action_gold": len(gact), "action_pred": 0, "action_ok": 0}
    for r in resp:
        g = resp_gold.get(f"{response.document_id}:{r.id}")
        if g is not None and r.response == g["status"]:
            c["status_ok"] += 1
    for k in found:
        g = (resp_gold if k.kind == "response" else act_gold).get(k.from_id)
        c[f"{k.kind}_pred"] += 1
        if g is not None and rec_no.get(k.to_id) == g["recommendation"]:
            c[f"{k.kind}_ok"] += 1
    return c


def _read_all(folder: Path, lg: Gold, fmt: str, reader: Callable[[Path], Any]
              ) -> tuple[Any, Any, Any] | None:
    paths = [folder / f"{lg[k]}.{fmt}" for k in ("review", "response", "action_plan")]
    if not all(p.exists() for p in paths):
        return None
    review, response, plan = (reader(p) for p in paths)
    return review, response, plan


def evaluate_links(folder: str | Path, reader: Callable[[Path], Any] | None = None
                   ) -> dict[str, dict[str, float]]:
    """Scores per (set, format) and overall for every ``*.links.json`` in ``folder``."""
    if reader is None:
        from reviewminer import read

        reader = read
    folder = Path(folder)
    out: dict[str, dict[str, float]] = {}
    total: dict[str, int] = {}
    for path in sorted(folder.glob("*.links.json")):
        lg = json.loads(path.read_text(encoding="utf-8"))
        review_gold = json.loads((folder / f"{lg['review']}.gold.json").read_text("utf-8"))
        for fmt in ("docx", "pdf"):
            docs = _read_all(folder, lg, fmt, reader)
            if docs is None:
                continue
            c = score_set(*docs, lg, review_gold)
            out[f"{path.name.removesuffix('.links.json')}/{fmt}"] = _scores(c)
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
    out["OVERALL"] = _scores(total)
    return out


def _scores(c: dict[str, int]) -> dict[str, float]:
    return {
        "status_accuracy": _ratio(c.get("status_ok", 0), c.get("status_n", 0)),
        "response_link_precision": _ratio(c.get("response_ok", 0), c.get("response_pred", 0)),
        "response_link_recall": _ratio(c.get("response_ok", 0), c.get("response_gold", 0)),
        "action_link_precision": _ratio(c.get("action_ok", 0), c.get("action_pred", 0)),
        "action_link_recall": _ratio(c.get("action_ok", 0), c.get("action_gold", 0)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reviewminer.evaluate.links", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="sample_docs/linked")
    args = ap.parse_args(argv)
    scores = evaluate_links(args.folder)
    cols = ["status_accuracy", "response_link_precision", "response_link_recall",
            "action_link_precision", "action_link_recall"]
    width = max(len(k) for k in scores)
    print(f"{'set':<{width}} " + " ".join(f"{c:>24}" for c in cols))
    for k, v in scores.items():
        print(f"{k:<{width}} " + " ".join(f"{v[c]:>24.3f}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
