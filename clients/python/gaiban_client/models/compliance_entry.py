from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplianceEntry")


@_attrs_define
class ComplianceEntry:
    """
    Attributes:
        period (str):
        status (str):
        working_days_late (int | None | Unset):
    """

    period: str
    status: str
    working_days_late: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        status = self.status

        working_days_late: int | None | Unset
        if isinstance(self.working_days_late, Unset):
            working_days_late = UNSET
        else:
            working_days_late = self.working_days_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "status": status,
            }
        )
        if working_days_late is not UNSET:
            field_dict["working_days_late"] = working_days_late

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        status = d.pop("status")

        def _parse_working_days_late(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days_late = _parse_working_days_late(d.pop("working_days_late", UNSET))

        compliance_entry = cls(
            period=period,
            status=status,
            working_days_late=working_days_late,
        )

        compliance_entry.additional_properties = d
        return compliance_entry

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
