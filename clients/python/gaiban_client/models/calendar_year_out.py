from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_day import NamedDay


T = TypeVar("T", bound="CalendarYearOut")


@_attrs_define
class CalendarYearOut:
    """
    Attributes:
        entered (bool): True when entered here; false when from the bundled data.
        holidays (list[NamedDay]):
        makeup_workdays (list[NamedDay]):
        source (str):
        year (int):
        updated_at (datetime.datetime | None | Unset):
    """

    entered: bool
    holidays: list[NamedDay]
    makeup_workdays: list[NamedDay]
    source: str
    year: int
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entered = self.entered

        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.to_dict()
            holidays.append(holidays_item)

        makeup_workdays = []
        for makeup_workdays_item_data in self.makeup_workdays:
            makeup_workdays_item = makeup_workdays_item_data.to_dict()
            makeup_workdays.append(makeup_workdays_item)

        source = self.source

        year = self.year

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entered": entered,
                "holidays": holidays,
                "makeup_workdays": makeup_workdays,
                "source": source,
                "year": year,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_day import NamedDay  # noqa: PLC0415

        d = dict(src_dict)
        entered = d.pop("entered")

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

        year = d.pop("year")

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        calendar_year_out = cls(
            entered=entered,
            holidays=holidays,
            makeup_workdays=makeup_workdays,
            source=source,
            year=year,
            updated_at=updated_at,
        )

        calendar_year_out.additional_properties = d
        return calendar_year_out

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
