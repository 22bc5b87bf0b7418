from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_kind import DayKind

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse


T = TypeVar("T", bound="DayOut")


@_attrs_define
class DayOut:
    """
    Attributes:
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        date (datetime.date):
        holiday_name (None | str): The holiday a day off or make-up day belongs to.
        is_working_day (bool):
        kind (DayKind):
        provisional (bool): True when the year has no published arrangement yet (a computed guess).
        source (str): Where the year's arrangement comes from.
    """

    calendar: CalendarUse
    date: datetime.date
    holiday_name: None | str
    is_working_day: bool
    kind: DayKind
    provisional: bool
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar = self.calendar.to_dict()

        date = self.date.isoformat()

        holiday_name: None | str
        holiday_name = self.holiday_name

        is_working_day = self.is_working_day

        kind = self.kind.value

        provisional = self.provisional

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar": calendar,
                "date": date,
                "holiday_name": holiday_name,
                "is_working_day": is_working_day,
                "kind": kind,
                "provisional": provisional,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415

        d = dict(src_dict)
        calendar = CalendarUse.from_dict(d.pop("calendar"))

        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_holiday_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        holiday_name = _parse_holiday_name(d.pop("holiday_name"))

        is_working_day = d.pop("is_working_day")

        kind = DayKind(d.pop("kind"))

        provisional = d.pop("provisional")

        source = d.pop("source")

        day_out = cls(
            calendar=calendar,
            date=date,
            holiday_name=holiday_name,
            is_working_day=is_working_day,
            kind=kind,
            provisional=provisional,
            source=source,
        )

        day_out.additional_properties = d
        return day_out

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
