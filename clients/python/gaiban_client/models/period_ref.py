from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period_kind import PeriodKind

T = TypeVar("T", bound="PeriodRef")


@_attrs_define
class PeriodRef:
    """
    Attributes:
        end (datetime.date):
        kind (PeriodKind):
        label (str):
        start (datetime.date):
    """

    end: datetime.date
    kind: PeriodKind
    label: str
    start: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end.isoformat()

        kind = self.kind.value

        label = self.label

        start = self.start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "kind": kind,
                "label": label,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = datetime.date.fromisoformat(d.pop("end"))

        kind = PeriodKind(d.pop("kind"))

        label = d.pop("label")

        start = datetime.date.fromisoformat(d.pop("start"))

        period_ref = cls(
            end=end,
            kind=kind,
            label=label,
            start=start,
        )

        period_ref.additional_properties = d
        return period_ref

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
