from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_review_outcome import FindingReviewOutcome

T = TypeVar("T", bound="FindingReviewOut")


@_attrs_define
class FindingReviewOut:
    """
    Attributes:
        at (datetime.datetime):
        by (UUID):
        by_name (str):
        note (None | str):
        on (datetime.date):
        outcome (FindingReviewOutcome):
    """

    at: datetime.datetime
    by: UUID
    by_name: str
    note: None | str
    on: datetime.date
    outcome: FindingReviewOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        by = str(self.by)

        by_name = self.by_name

        note: None | str
        note = self.note

        on = self.on.isoformat()

        outcome = self.outcome.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "by": by,
                "by_name": by_name,
                "note": note,
                "on": on,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        by = UUID(d.pop("by"))

        by_name = d.pop("by_name")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        on = datetime.date.fromisoformat(d.pop("on"))

        outcome = FindingReviewOutcome(d.pop("outcome"))

        finding_review_out = cls(
            at=at,
            by=by,
            by_name=by_name,
            note=note,
            on=on,
            outcome=outcome,
        )

        finding_review_out.additional_properties = d
        return finding_review_out

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
