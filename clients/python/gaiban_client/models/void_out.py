from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoidOut")


@_attrs_define
class VoidOut:
    """
    Attributes:
        delegation_id (None | UUID):
        reason (str):
        voided_at (datetime.datetime):
        voided_by (UUID):
        voided_by_name (str):
    """

    delegation_id: None | UUID
    reason: str
    voided_at: datetime.datetime
    voided_by: UUID
    voided_by_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegation_id: None | str
        if isinstance(self.delegation_id, UUID):
            delegation_id = str(self.delegation_id)
        else:
            delegation_id = self.delegation_id

        reason = self.reason

        voided_at = self.voided_at.isoformat()

        voided_by = str(self.voided_by)

        voided_by_name = self.voided_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegation_id": delegation_id,
                "reason": reason,
                "voided_at": voided_at,
                "voided_by": voided_by,
                "voided_by_name": voided_by_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_delegation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delegation_id_type_0 = UUID(data)

                return delegation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        delegation_id = _parse_delegation_id(d.pop("delegation_id"))

        reason = d.pop("reason")

        voided_at = datetime.datetime.fromisoformat(d.pop("voided_at"))

        voided_by = UUID(d.pop("voided_by"))

        voided_by_name = d.pop("voided_by_name")

        void_out = cls(
            delegation_id=delegation_id,
            reason=reason,
            voided_at=voided_at,
            voided_by=voided_by,
            voided_by_name=voided_by_name,
        )

        void_out.additional_properties = d
        return void_out

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
