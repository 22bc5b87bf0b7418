from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.appeal_outcome import AppealOutcome

T = TypeVar("T", bound="AppealDecisionIn")


@_attrs_define
class AppealDecisionIn:
    """
    Attributes:
        outcome (AppealOutcome):
        reason (str): The office's reason for its decision.
    """

    outcome: AppealOutcome
    reason: str

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = AppealOutcome(d.pop("outcome"))

        reason = d.pop("reason")

        appeal_decision_in = cls(
            outcome=outcome,
            reason=reason,
        )

        return appeal_decision_in
