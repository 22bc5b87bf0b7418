from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse
    from ..models.obligation_out import ObligationOut


T = TypeVar("T", bound="CalendarPageObligationOut")


@_attrs_define
class CalendarPageObligationOut:
    """
    Attributes:
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        items (list[ObligationOut]):
        limit (int):
        next_cursor (None | str): Pass as `cursor` to get the next page; null on the last page.
    """

    calendar: CalendarUse
    items: list[ObligationOut]
    limit: int
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar = self.calendar.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar": calendar,
                "items": items,
                "limit": limit,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415
        from ..models.obligation_out import ObligationOut  # noqa: PLC0415

        d = dict(src_dict)
        calendar = CalendarUse.from_dict(d.pop("calendar"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ObligationOut.from_dict(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        calendar_page_obligation_out = cls(
            calendar=calendar,
            items=items,
            limit=limit,
            next_cursor=next_cursor,
        )

        calendar_page_obligation_out.additional_properties = d
        return calendar_page_obligation_out

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
