from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minutes_agenda_item_in import MinutesAgendaItemIn


T = TypeVar("T", bound="MinutesIn")


@_attrs_define
class MinutesIn:
    """The draft minutes (会议记录), replaced whole by each PUT. Attendees are not entered here:
    they come from the attendance records.

        Attributes:
            agenda_items (list[MinutesAgendaItemIn] | Unset):
            chair (None | str | Unset): Who chaired (主持人), as recorded.
            ended_at (datetime.datetime | None | Unset):
            place (None | str | Unset):
            started_at (datetime.datetime | None | Unset): Times are ISO 8601; one without a UTC offset is read in the
                jurisdiction's time zone (Asia/Shanghai unless set otherwise).
    """

    agenda_items: list[MinutesAgendaItemIn] | Unset = UNSET
    chair: None | str | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    place: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda_items, Unset):
            agenda_items = []
            for agenda_items_item_data in self.agenda_items:
                agenda_items_item = agenda_items_item_data.to_dict()
                agenda_items.append(agenda_items_item)

        chair: None | str | Unset
        if isinstance(self.chair, Unset):
            chair = UNSET
        else:
            chair = self.chair

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agenda_items is not UNSET:
            field_dict["agenda_items"] = agenda_items
        if chair is not UNSET:
            field_dict["chair"] = chair
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if place is not UNSET:
            field_dict["place"] = place
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_agenda_item_in import MinutesAgendaItemIn  # noqa: PLC0415

        d = dict(src_dict)
        _agenda_items = d.pop("agenda_items", UNSET)
        agenda_items: list[MinutesAgendaItemIn] | Unset = UNSET
        if _agenda_items is not UNSET:
            agenda_items = []
            for agenda_items_item_data in _agenda_items:
                agenda_items_item = MinutesAgendaItemIn.from_dict(agenda_items_item_data)

                agenda_items.append(agenda_items_item)

        def _parse_chair(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chair = _parse_chair(d.pop("chair", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        minutes_in = cls(
            agenda_items=agenda_items,
            chair=chair,
            ended_at=ended_at,
            place=place,
            started_at=started_at,
        )

        return minutes_in
