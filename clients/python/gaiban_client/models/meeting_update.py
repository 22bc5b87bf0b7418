from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_in import AgendaItemIn


T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """Reschedule a meeting not yet held, or correct a held one's record before its minutes are
    archived; the chair is judged again, and on a new day the convener (or an extra meeting's
    proposer and consent).

        Attributes:
            agenda_items (list[AgendaItemIn] | None | Unset):
            chair_id (None | Unset | UUID):
            ends_at (datetime.datetime | None | Unset):
            place (None | str | Unset):
            starts_at (datetime.datetime | None | Unset): Times are ISO 8601; one without a UTC offset is read in the
                jurisdiction's time zone (Asia/Shanghai unless set otherwise).
            title (None | str | Unset):
    """

    agenda_items: list[AgendaItemIn] | None | Unset = UNSET
    chair_id: None | Unset | UUID = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    place: None | str | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agenda_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.agenda_items, Unset):
            agenda_items = UNSET
        elif isinstance(self.agenda_items, list):
            agenda_items = []
            for agenda_items_type_0_item_data in self.agenda_items:
                agenda_items_type_0_item = agenda_items_type_0_item_data.to_dict()
                agenda_items.append(agenda_items_type_0_item)

        else:
            agenda_items = self.agenda_items

        chair_id: None | str | Unset
        if isinstance(self.chair_id, Unset):
            chair_id = UNSET
        elif isinstance(self.chair_id, UUID):
            chair_id = str(self.chair_id)
        else:
            chair_id = self.chair_id

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if agenda_items is not UNSET:
            field_dict["agenda_items"] = agenda_items
        if chair_id is not UNSET:
            field_dict["chair_id"] = chair_id
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if place is not UNSET:
            field_dict["place"] = place
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_in import AgendaItemIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agenda_items(data: object) -> list[AgendaItemIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agenda_items_type_0 = []
                _agenda_items_type_0 = data
                for agenda_items_type_0_item_data in _agenda_items_type_0:
                    agenda_items_type_0_item = AgendaItemIn.from_dict(agenda_items_type_0_item_data)

                    agenda_items_type_0.append(agenda_items_type_0_item)

                return agenda_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgendaItemIn] | None | Unset, data)

        agenda_items = _parse_agenda_items(d.pop("agenda_items", UNSET))

        def _parse_chair_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chair_id_type_0 = UUID(data)

                return chair_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        chair_id = _parse_chair_id(d.pop("chair_id", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        meeting_update = cls(
            agenda_items=agenda_items,
            chair_id=chair_id,
            ends_at=ends_at,
            place=place,
            starts_at=starts_at,
            title=title,
        )

        return meeting_update
