from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_use import CalendarUse


T = TypeVar("T", bound="WorkingDaysBetweenOut")


@_attrs_define
class WorkingDaysBetweenOut:
    """
    Attributes:
        calendar (CalendarUse): Which provisional years an answer's working days came from (empty: exact figures).
        from_ (datetime.date):
        to (datetime.date):
        working_days (int): Working days in (from, to]; negative when to is before from.
    """

    calendar: CalendarUse
    from_: datetime.date
    to: datetime.date
    working_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar = self.calendar.to_dict()

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calendar": calendar,
                "from": from_,
                "to": to,
                "working_days": working_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_use import CalendarUse  # noqa: PLC0415

        d = dict(src_dict)
        calendar = CalendarUse.from_dict(d.pop("calendar"))

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        working_days = d.pop("working_days")

        working_days_between_out = cls(
            calendar=calendar,
            from_=from_,
            to=to,
            working_days=working_days,
        )

        working_days_between_out.additional_properties = d
        return working_days_between_out

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
