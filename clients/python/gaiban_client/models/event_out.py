from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_out_payload import EventOutPayload


T = TypeVar("T", bound="EventOut")


@_attrs_define
class EventOut:
    """
    Attributes:
        id (int): The event's number (unique; not the feed's order: see cursor).
        jurisdiction_id (UUID):
        occurred_at (datetime.datetime):
        payload (EventOutPayload): Small: ids, numbers, titles, states (README).
        resource_id (str):
        resource_type (str):
        resource_url (str):
        type_ (str):
    """

    id: int
    jurisdiction_id: UUID
    occurred_at: datetime.datetime
    payload: EventOutPayload
    resource_id: str
    resource_type: str
    resource_url: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        jurisdiction_id = str(self.jurisdiction_id)

        occurred_at = self.occurred_at.isoformat()

        payload = self.payload.to_dict()

        resource_id = self.resource_id

        resource_type = self.resource_type

        resource_url = self.resource_url

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "occurred_at": occurred_at,
                "payload": payload,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "resource_url": resource_url,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_out_payload import EventOutPayload  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        payload = EventOutPayload.from_dict(d.pop("payload"))

        resource_id = d.pop("resource_id")

        resource_type = d.pop("resource_type")

        resource_url = d.pop("resource_url")

        type_ = d.pop("type")

        event_out = cls(
            id=id,
            jurisdiction_id=jurisdiction_id,
            occurred_at=occurred_at,
            payload=payload,
            resource_id=resource_id,
            resource_type=resource_type,
            resource_url=resource_url,
            type_=type_,
        )

        event_out.additional_properties = d
        return event_out

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
