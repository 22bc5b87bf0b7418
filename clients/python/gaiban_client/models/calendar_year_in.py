from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.named_day import NamedDay


T = TypeVar("T", bound="CalendarYearIn")


@_attrs_define
class CalendarYearIn:
    """
    Attributes:
        holidays (list[NamedDay]): Every day off of the statutory holidays, weekends included.
        makeup_workdays (list[NamedDay]): Weekend days worked (调休), with the holiday they make up for.
        source (str):
    """

    holidays: list[NamedDay]
    makeup_workdays: list[NamedDay]
    source: str

    def to_dict(self) -> dict[str, Any]:
        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.to_dict()
            holidays.append(holidays_item)

        makeup_workdays = []
        for makeup_workdays_item_data in self.makeup_workdays:
            makeup_workdays_item = makeup_workdays_item_data.to_dict()
            makeup_workdays.append(makeup_workdays_item)

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "holidays": holidays,
                "makeup_workdays": makeup_workdays,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_day import NamedDay  # noqa: PLC0415

        d = dict(src_dict)
        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in _holidays:
            holidays_item = NamedDay.from_dict(holidays_item_data)

            holidays.append(holidays_item)

        makeup_workdays = []
        _makeup_workdays = d.pop("makeup_workdays")
        for makeup_workdays_item_data in _makeup_workdays:
            makeup_workdays_item = NamedDay.from_dict(makeup_workdays_item_data)

            makeup_workdays.append(makeup_workdays_item)

        source = d.pop("source")

        calendar_year_in = cls(
            holidays=holidays,
            makeup_workdays=makeup_workdays,
            source=source,
        )

        return calendar_year_in
