from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.holding_problem_out import HoldingProblemOut
    from ..models.judged_version_out import JudgedVersionOut


T = TypeVar("T", bound="HoldingsCheckOut")


@_attrs_define
class HoldingsCheckOut:
    """The positions of a jurisdiction not ended before a day, against the rulebook version in
    force that day and each later one their tenures reach.

        Attributes:
            jurisdiction_id (UUID):
            on (datetime.date): The day asked (today in the jurisdiction's zone if not given).
            problems (list[HoldingProblemOut]):
            sound (bool): No problem found.
            versions (list[JudgedVersionOut]): The versions judged by, in order; empty when none is in force from that day
                on (the default catalogue, which every assignment was checked against).
    """

    jurisdiction_id: UUID
    on: datetime.date
    problems: list[HoldingProblemOut]
    sound: bool
    versions: list[JudgedVersionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jurisdiction_id = str(self.jurisdiction_id)

        on = self.on.isoformat()

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        sound = self.sound

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jurisdiction_id": jurisdiction_id,
                "on": on,
                "problems": problems,
                "sound": sound,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.holding_problem_out import HoldingProblemOut  # noqa: PLC0415
        from ..models.judged_version_out import JudgedVersionOut  # noqa: PLC0415

        d = dict(src_dict)
        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = HoldingProblemOut.from_dict(problems_item_data)

            problems.append(problems_item)

        sound = d.pop("sound")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = JudgedVersionOut.from_dict(versions_item_data)

            versions.append(versions_item)

        holdings_check_out = cls(
            jurisdiction_id=jurisdiction_id,
            on=on,
            problems=problems,
            sound=sound,
            versions=versions,
        )

        holdings_check_out.additional_properties = d
        return holdings_check_out

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
