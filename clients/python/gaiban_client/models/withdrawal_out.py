from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WithdrawalOut")


@_attrs_define
class WithdrawalOut:
    """
    Attributes:
        reason (str):
        withdrawn_at (datetime.datetime):
        withdrawn_by (UUID):
        withdrawn_by_name (str):
    """

    reason: str
    withdrawn_at: datetime.datetime
    withdrawn_by: UUID
    withdrawn_by_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        withdrawn_at = self.withdrawn_at.isoformat()

        withdrawn_by = str(self.withdrawn_by)

        withdrawn_by_name = self.withdrawn_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "withdrawn_at": withdrawn_at,
                "withdrawn_by": withdrawn_by,
                "withdrawn_by_name": withdrawn_by_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        withdrawn_at = datetime.datetime.fromisoformat(d.pop("withdrawn_at"))

        withdrawn_by = UUID(d.pop("withdrawn_by"))

        withdrawn_by_name = d.pop("withdrawn_by_name")

        withdrawal_out = cls(
            reason=reason,
            withdrawn_at=withdrawn_at,
            withdrawn_by=withdrawn_by,
            withdrawn_by_name=withdrawn_by_name,
        )

        withdrawal_out.additional_properties = d
        return withdrawal_out

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
