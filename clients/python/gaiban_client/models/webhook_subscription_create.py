from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionCreate")


@_attrs_define
class WebhookSubscriptionCreate:
    """
    Attributes:
        event_types (list[EventType]): The event types to deliver (README, Events).
        url (str): Where deliveries are POSTed: https, on a public address (redirects are not followed).
        description (str | Unset):  Default: ''.
        include_descendants (bool | Unset): Also the events of the jurisdictions below this one. Default: False.
    """

    event_types: list[EventType]
    url: str
    description: str | Unset = ""
    include_descendants: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        url = self.url

        description = self.description

        include_descendants = self.include_descendants

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_types": event_types,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if include_descendants is not UNSET:
            field_dict["include_descendants"] = include_descendants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = EventType(event_types_item_data)

            event_types.append(event_types_item)

        url = d.pop("url")

        description = d.pop("description", UNSET)

        include_descendants = d.pop("include_descendants", UNSET)

        webhook_subscription_create = cls(
            event_types=event_types,
            url=url,
            description=description,
            include_descendants=include_descendants,
        )

        return webhook_subscription_create
