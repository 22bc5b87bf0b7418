from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddendumOut")


@_attrs_define
class AddendumOut:
    """
    Attributes:
        created_at (datetime.datetime):
        dated (datetime.date):
        id (UUID):
        recorded_by (str):
        sha256 (str): SHA-256 of the addendum's canonical JSON (meeting_id, minutes_sha256, dated, text, recorded_by).
        text (str):
    """

    created_at: datetime.datetime
    dated: datetime.date
    id: UUID
    recorded_by: str
    sha256: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dated = self.dated.isoformat()

        id = str(self.id)

        recorded_by = self.recorded_by

        sha256 = self.sha256

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dated": dated,
                "id": id,
                "recorded_by": recorded_by,
                "sha256": sha256,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        dated = datetime.date.fromisoformat(d.pop("dated"))

        id = UUID(d.pop("id"))

        recorded_by = d.pop("recorded_by")

        sha256 = d.pop("sha256")

        text = d.pop("text")

        addendum_out = cls(
            created_at=created_at,
            dated=dated,
            id=id,
            recorded_by=recorded_by,
            sha256=sha256,
            text=text,
        )

        addendum_out.additional_properties = d
        return addendum_out

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
