from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SkippedComplianceOut")


@_attrs_define
class SkippedComplianceOut:
    """
    Attributes:
        jurisdiction_id (UUID):
        jurisdiction_name (str):
        reason (str): Why: the problem the jurisdiction answers alone.
    """

    jurisdiction_id: UUID
    jurisdiction_name: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jurisdiction_id = str(self.jurisdiction_id)

        jurisdiction_name = self.jurisdiction_name

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jurisdiction_id": jurisdiction_id,
                "jurisdiction_name": jurisdiction_name,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        jurisdiction_name = d.pop("jurisdiction_name")

        reason = d.pop("reason")

        skipped_compliance_out = cls(
            jurisdiction_id=jurisdiction_id,
            jurisdiction_name=jurisdiction_name,
            reason=reason,
        )

        skipped_compliance_out.additional_properties = d
        return skipped_compliance_out

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
