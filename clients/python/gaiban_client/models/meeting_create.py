from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agenda_item_in import AgendaItemIn


T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """
    Attributes:
        chair_id (UUID): The user account of the person who will chair.
        ends_at (datetime.datetime):
        kind (str): A meeting kind of the rulebook in force on the meeting's day.
        place (str):
        starts_at (datetime.datetime): Times are ISO 8601; one without a UTC offset is read in the jurisdiction's time
            zone (Asia/Shanghai unless set otherwise).
        title (str):
        agenda_items (list[AgendaItemIn] | Unset):
        convener_id (None | Unset | UUID): The person convening (召集). Defaults to the caller; the office (or a write
            client) enters meetings on a convener's behalf by naming them.
        is_extra (bool | Unset): An extra (unscheduled, 临时增开) meeting; where the rules ask for consent it starts as
            awaiting_consent (E-MTG-2). Default: False.
    """

    chair_id: UUID
    ends_at: datetime.datetime
    kind: str
    place: str
    starts_at: datetime.datetime
    title: str
    agenda_items: list[AgendaItemIn] | Unset = UNSET
    convener_id: None | Unset | UUID = UNSET
    is_extra: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        chair_id = str(self.chair_id)

        ends_at = self.ends_at.isoformat()

        kind = self.kind

        place = self.place

        starts_at = self.starts_at.isoformat()

        title = self.title

        agenda_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agenda_items, Unset):
            agenda_items = []
            for agenda_items_item_data in self.agenda_items:
                agenda_items_item = agenda_items_item_data.to_dict()
                agenda_items.append(agenda_items_item)

        convener_id: None | str | Unset
        if isinstance(self.convener_id, Unset):
            convener_id = UNSET
        elif isinstance(self.convener_id, UUID):
            convener_id = str(self.convener_id)
        else:
            convener_id = self.convener_id

        is_extra = self.is_extra

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chair_id": chair_id,
                "ends_at": ends_at,
                "kind": kind,
                "place": place,
                "starts_at": starts_at,
                "title": title,
            }
        )
        if agenda_items is not UNSET:
            field_dict["agenda_items"] = agenda_items
        if convener_id is not UNSET:
            field_dict["convener_id"] = convener_id
        if is_extra is not UNSET:
            field_dict["is_extra"] = is_extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agenda_item_in import AgendaItemIn  # noqa: PLC0415

        d = dict(src_dict)
        chair_id = UUID(d.pop("chair_id"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        kind = d.pop("kind")

        place = d.pop("place")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        title = d.pop("title")

        _agenda_items = d.pop("agenda_items", UNSET)
        agenda_items: list[AgendaItemIn] | Unset = UNSET
        if _agenda_items is not UNSET:
            agenda_items = []
            for agenda_items_item_data in _agenda_items:
                agenda_items_item = AgendaItemIn.from_dict(agenda_items_item_data)

                agenda_items.append(agenda_items_item)

        def _parse_convener_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                convener_id_type_0 = UUID(data)

                return convener_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        convener_id = _parse_convener_id(d.pop("convener_id", UNSET))

        is_extra = d.pop("is_extra", UNSET)

        meeting_create = cls(
            chair_id=chair_id,
            ends_at=ends_at,
            kind=kind,
            place=place,
            starts_at=starts_at,
            title=title,
            agenda_items=agenda_items,
            convener_id=convener_id,
            is_extra=is_extra,
        )

        return meeting_create
