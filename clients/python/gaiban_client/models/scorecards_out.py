from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_state import AssessmentState

if TYPE_CHECKING:
    from ..models.scorecard_out import ScorecardOut


T = TypeVar("T", bound="ScorecardsOut")


@_attrs_define
class ScorecardsOut:
    """
    Attributes:
        as_of (datetime.date):
        items (list[ScorecardOut]):
        rule (str):
        scale (int):
        source (str):
        state (AssessmentState):
        year (int):
    """

    as_of: datetime.date
    items: list[ScorecardOut]
    rule: str
    scale: int
    source: str
    state: AssessmentState
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        rule = self.rule

        scale = self.scale

        source = self.source

        state = self.state.value

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "items": items,
                "rule": rule,
                "scale": scale,
                "source": source,
                "state": state,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_out import ScorecardOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ScorecardOut.from_dict(items_item_data)

            items.append(items_item)

        rule = d.pop("rule")

        scale = d.pop("scale")

        source = d.pop("source")

        state = AssessmentState(d.pop("state"))

        year = d.pop("year")

        scorecards_out = cls(
            as_of=as_of,
            items=items,
            rule=rule,
            scale=scale,
            source=source,
            state=state,
            year=year,
        )

        scorecards_out.additional_properties = d
        return scorecards_out

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
