from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ScoreIn")


@_attrs_define
class ScoreIn:
    """
    Attributes:
        reason (str): Why this score (评分说明).
        score (float | str): From 0 to the indicator's weight.
    """

    reason: str
    score: float | str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        score: float | str
        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_score(data: object) -> float | str:
            return cast(float | str, data)

        score = _parse_score(d.pop("score"))

        score_in = cls(
            reason=reason,
            score=score,
        )

        return score_in
