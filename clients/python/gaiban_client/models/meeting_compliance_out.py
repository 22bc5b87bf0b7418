from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.meeting_period_out import MeetingPeriodOut


T = TypeVar("T", bound="MeetingComplianceOut")


@_attrs_define
class MeetingComplianceOut:
    """
    Attributes:
        items (list[MeetingPeriodOut]):
        jurisdiction_id (UUID):
        on (datetime.date): Today in the jurisdiction: periods ending later are not due.
        rulebook_version_id (None | UUID): The version in force on the year's last day (each period names its own).
        year (int):
    """

    items: list[MeetingPeriodOut]
    jurisdiction_id: UUID
    on: datetime.date
    rulebook_version_id: None | UUID
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        jurisdiction_id = str(self.jurisdiction_id)

        on = self.on.isoformat()

        rulebook_version_id: None | str
        if isinstance(self.rulebook_version_id, UUID):
            rulebook_version_id = str(self.rulebook_version_id)
        else:
            rulebook_version_id = self.rulebook_version_id

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "jurisdiction_id": jurisdiction_id,
                "on": on,
                "rulebook_version_id": rulebook_version_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting_period_out import MeetingPeriodOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MeetingPeriodOut.from_dict(items_item_data)

            items.append(items_item)

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_rulebook_version_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rulebook_version_id_type_0 = UUID(data)

                return rulebook_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rulebook_version_id = _parse_rulebook_version_id(d.pop("rulebook_version_id"))

        year = d.pop("year")

        meeting_compliance_out = cls(
            items=items,
            jurisdiction_id=jurisdiction_id,
            on=on,
            rulebook_version_id=rulebook_version_id,
            year=year,
        )

        meeting_compliance_out.additional_properties = d
        return meeting_compliance_out

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
