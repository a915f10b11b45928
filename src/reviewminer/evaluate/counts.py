"""The counts a score is made of; they add up across documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Counts", "Gold", "Pairs", "unmatched"]

@dataclass
class Counts:
    """Counts that add up across documents."""

    rec_gold: int = 0
    rec_pred: int = 0
    rec_matched: int = 0
    rec_f1_sum: float = 0.0
    rec_number_ok: int = 0
    rec_party_ok: int = 0
    rec_kind_ok: int = 0
    rec_scope_n: int = 0
    rec_scope_ok: int = 0
    rec_finding_n: int = 0
    rec_finding_ok: int = 0
    rec_target_n: int = 0
    rec_target_ok: int = 0
    rec_all_parties_ok: int = 0
    rec_page_n: int = 0
    rec_page_ok: int = 0
    rec_response_n: int = 0
    rec_response_ok: int = 0
    action_gold: int = 0
    action_pred: int = 0
    action_matched: int = 0
    action_linked: int = 0
    action_lead_ok: int = 0
    docs: int = 0
    type_ok: int = 0
    subject_ok: int = 0
    kloe_gold: int = 0
    kloe_pred: int = 0
    kloe_matched: int = 0
    kloe_f1_sum: float = 0.0
    sec_gold: int = 0
    sec_pred: int = 0
    sec_matched: int = 0
    sec_kind_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for k, v in asdict(other).items():
            if k == "errors":
                self.errors.extend(other.errors)
            else:
                setattr(self, k, getattr(self, k) + v)

    def scores(self) -> dict[str, float | int]:
        def div(a: float, b: float) -> float:
            return round(a / b, 4) if b else 1.0

        return {
            "rec_recall": div(self.rec_matched, self.rec_gold),
            "rec_precision": div(self.rec_matched, self.rec_pred),
            "rec_boundary_f1": div(self.rec_f1_sum, self.rec_matched),
            "rec_number_accuracy": div(self.rec_number_ok, self.rec_matched),
            "rec_party_accuracy": div(self.rec_party_ok, self.rec_matched),
            "rec_kind_accuracy": div(self.rec_kind_ok, self.rec_matched),
            "rec_all_parties_accuracy": div(self.rec_all_parties_ok, self.rec_matched),
            "rec_scope_accuracy": div(self.rec_scope_ok, self.rec_scope_n),
            "rec_finding_accuracy": div(self.rec_finding_ok, self.rec_finding_n),
            "rec_target_accuracy": div(self.rec_target_ok, self.rec_target_n),
            "rec_page_accuracy": div(self.rec_page_ok, self.rec_page_n),
            "rec_response_accuracy": div(self.rec_response_ok, self.rec_response_n),
            "action_recall": div(self.action_matched, self.action_gold),
            "action_precision": div(self.action_matched, self.action_pred),
            "action_link_accuracy": div(self.action_linked, self.action_gold),
            "action_lead_accuracy": div(self.action_lead_ok, self.action_matched),
            "review_type_accuracy": div(self.type_ok, self.docs),
            "subject_accuracy": div(self.subject_ok, self.docs),
            "kloe_recall": div(self.kloe_matched, self.kloe_gold),
            "kloe_precision": div(self.kloe_matched, self.kloe_pred),
            "kloe_boundary_f1": div(self.kloe_f1_sum, self.kloe_matched),
            "section_recall": div(self.sec_matched, self.sec_gold),
            "section_precision": div(self.sec_matched, self.sec_pred),
            "section_kind_accuracy": div(self.sec_kind_ok, self.sec_matched),
            "n_gold_recommendations": self.rec_gold,
            "n_pred_recommendations": self.rec_pred,
        }


Gold = dict[str, Any]
Pairs = list[tuple[int, int, float]]




def unmatched(c: Counts, name: str, pairs: Pairs, gold: Sequence[Any], pred: Sequence[Any],
              missed: Callable[[Any], str], spurious: Callable[[Any], str]) -> None:
    """Record every gold item no prediction matched and every prediction no gold item did."""
    matched_g = {i for i, _, _ in pairs}
    matched_p = {j for _, j, _ in pairs}
    c.errors.extend(f"{name}: {missed(g)}" for i, g in enumerate(gold) if i not in matched_g)
    c.errors.extend(f"{name}: {spurious(p)}" for j, p in enumerate(pred) if j not in matched_p)
