from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.known_year import KnownYear


T = TypeVar("T", bound="CalendarStatusOut")


@_attrs_define
class CalendarStatusOut:
    """
    Attributes:
        library_first_year (int): Dates before this year are unknown (422): the holiday rules differed.
        library_last_year (int):
        provisional_last_year (int): The provisional calendar reaches this year; later dates are unknown (422).
        provisional_years_in_use (list[int]): This year and next, where no arrangement is known: answers touching them
            use the provisional calendar and say so.
        today (datetime.date): The service's date (Asia/Shanghai).
        warnings (list[str]): From 1 November, that next year is not entered; at any time, that this year is not. Also
            logged.
        years (list[KnownYear]): Every year with a published arrangement.
    """

    library_first_year: int
    library_last_year: int
    provisional_last_year: int
    provisional_years_in_use: list[int]
    today: datetime.date
    warnings: list[str]
    years: list[KnownYear]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        library_first_year = self.library_first_year

        library_last_year = self.library_last_year

        provisional_last_year = self.provisional_last_year

        provisional_years_in_use = self.provisional_years_in_use

        today = self.today.isoformat()

        warnings = self.warnings

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "library_first_year": library_first_year,
                "library_last_year": library_last_year,
                "provisional_last_year": provisional_last_year,
                "provisional_years_in_use": provisional_years_in_use,
                "today": today,
                "warnings": warnings,
                "years": years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.known_year import KnownYear  # noqa: PLC0415

        d = dict(src_dict)
        library_first_year = d.pop("library_first_year")

        library_last_year = d.pop("library_last_year")

        provisional_last_year = d.pop("provisional_last_year")

        provisional_years_in_use = cast(list[int], d.pop("provisional_years_in_use"))

        today = datetime.date.fromisoformat(d.pop("today"))

        warnings = cast(list[str], d.pop("warnings"))

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = KnownYear.from_dict(years_item_data)

            years.append(years_item)

        calendar_status_out = cls(
            library_first_year=library_first_year,
            library_last_year=library_last_year,
            provisional_last_year=provisional_last_year,
            provisional_years_in_use=provisional_years_in_use,
            today=today,
            warnings=warnings,
            years=years,
        )

        calendar_status_out.additional_properties = d
        return calendar_status_out

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
