from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_kind import SubjectKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appeal_out import AppealOut
    from ..models.indicator_out import IndicatorOut


T = TypeVar("T", bound="ScorecardOut")


@_attrs_define
class ScorecardOut:
    """
    Attributes:
        complete (bool):
        grade (str):
        indicators (list[IndicatorOut]):
        kind (SubjectKind):
        name (str):
        rank (int):
        subject_id (UUID):
        total (float):
        appeals (list[AppealOut] | None | Unset): The card's appeals (one scorecard's answer only).
    """

    complete: bool
    grade: str
    indicators: list[IndicatorOut]
    kind: SubjectKind
    name: str
    rank: int
    subject_id: UUID
    total: float
    appeals: list[AppealOut] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        grade = self.grade

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        kind = self.kind.value

        name = self.name

        rank = self.rank

        subject_id = str(self.subject_id)

        total = self.total

        appeals: list[dict[str, Any]] | None | Unset
        if isinstance(self.appeals, Unset):
            appeals = UNSET
        elif isinstance(self.appeals, list):
            appeals = []
            for appeals_type_0_item_data in self.appeals:
                appeals_type_0_item = appeals_type_0_item_data.to_dict()
                appeals.append(appeals_type_0_item)

        else:
            appeals = self.appeals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "grade": grade,
                "indicators": indicators,
                "kind": kind,
                "name": name,
                "rank": rank,
                "subject_id": subject_id,
                "total": total,
            }
        )
        if appeals is not UNSET:
            field_dict["appeals"] = appeals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appeal_out import AppealOut  # noqa: PLC0415
        from ..models.indicator_out import IndicatorOut  # noqa: PLC0415

        d = dict(src_dict)
        complete = d.pop("complete")

        grade = d.pop("grade")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorOut.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        kind = SubjectKind(d.pop("kind"))

        name = d.pop("name")

        rank = d.pop("rank")

        subject_id = UUID(d.pop("subject_id"))

        total = d.pop("total")

        def _parse_appeals(data: object) -> list[AppealOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                appeals_type_0 = []
                _appeals_type_0 = data
                for appeals_type_0_item_data in _appeals_type_0:
                    appeals_type_0_item = AppealOut.from_dict(appeals_type_0_item_data)

                    appeals_type_0.append(appeals_type_0_item)

                return appeals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppealOut] | None | Unset, data)

        appeals = _parse_appeals(d.pop("appeals", UNSET))

        scorecard_out = cls(
            complete=complete,
            grade=grade,
            indicators=indicators,
            kind=kind,
            name=name,
            rank=rank,
            subject_id=subject_id,
            total=total,
            appeals=appeals,
        )

        scorecard_out.additional_properties = d
        return scorecard_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
