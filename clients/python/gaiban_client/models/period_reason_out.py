from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.period_out import PeriodOut


T = TypeVar("T", bound="PeriodReasonOut")


@_attrs_define
class PeriodReasonOut:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        jurisdiction_id (UUID):
        meeting_kind (str):
        period (PeriodOut): A month, quarter or year, named the same way in every answer.
        reason (str):
        recorded_by (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    id: UUID
    jurisdiction_id: UUID
    meeting_kind: str
    period: PeriodOut
    reason: str
    recorded_by: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        meeting_kind = self.meeting_kind

        period = self.period.to_dict()

        reason = self.reason

        recorded_by = self.recorded_by

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "meeting_kind": meeting_kind,
                "period": period,
                "reason": reason,
                "recorded_by": recorded_by,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.period_out import PeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        meeting_kind = d.pop("meeting_kind")

        period = PeriodOut.from_dict(d.pop("period"))

        reason = d.pop("reason")

        recorded_by = d.pop("recorded_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        period_reason_out = cls(
            created_at=created_at,
            id=id,
            jurisdiction_id=jurisdiction_id,
            meeting_kind=meeting_kind,
            period=period,
            reason=reason,
            recorded_by=recorded_by,
            updated_at=updated_at,
        )

        period_reason_out.additional_properties = d
        return period_reason_out

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
