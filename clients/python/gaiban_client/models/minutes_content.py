from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.minutes_content_agenda_items_item import MinutesContentAgendaItemsItem


T = TypeVar("T", bound="MinutesContent")


@_attrs_define
class MinutesContent:
    """
    Attributes:
        agenda_items (list[MinutesContentAgendaItemsItem]):
        chair (None | str):
        ended_at (datetime.datetime | None):
        place (None | str):
        started_at (datetime.datetime | None):
    """

    agenda_items: list[MinutesContentAgendaItemsItem]
    chair: None | str
    ended_at: datetime.datetime | None
    place: None | str
    started_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agenda_items = []
        for agenda_items_item_data in self.agenda_items:
            agenda_items_item = agenda_items_item_data.to_dict()
            agenda_items.append(agenda_items_item)

        chair: None | str
        chair = self.chair

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        place: None | str
        place = self.place

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agenda_items": agenda_items,
                "chair": chair,
                "ended_at": ended_at,
                "place": place,
                "started_at": started_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_content_agenda_items_item import MinutesContentAgendaItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        agenda_items = []
        _agenda_items = d.pop("agenda_items")
        for agenda_items_item_data in _agenda_items:
            agenda_items_item = MinutesContentAgendaItemsItem.from_dict(agenda_items_item_data)

            agenda_items.append(agenda_items_item)

        def _parse_chair(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        chair = _parse_chair(d.pop("chair"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        minutes_content = cls(
            agenda_items=agenda_items,
            chair=chair,
            ended_at=ended_at,
            place=place,
            started_at=started_at,
        )

        minutes_content.additional_properties = d
        return minutes_content

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
