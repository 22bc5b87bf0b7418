from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InspectionCreate")


@_attrs_define
class InspectionCreate:
    """
    Attributes:
        inspectors (list[str]):
        starts_on (datetime.date): The (first) day of the inspection.
        title (str):
        county_ids (list[UUID] | Unset): Counties (jurisdictions directly below this one) inspected, each once.
        ends_on (datetime.date | None | Unset): The last day of a range; left out, the inspection is one day.
        plan (str | Unset): What is to be checked. Default: ''.
        unit_ids (list[UUID] | Unset): Member units of this jurisdiction inspected, each once.
    """

    inspectors: list[str]
    starts_on: datetime.date
    title: str
    county_ids: list[UUID] | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    plan: str | Unset = ""
    unit_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inspectors = self.inspectors

        starts_on = self.starts_on.isoformat()

        title = self.title

        county_ids: list[str] | Unset = UNSET
        if not isinstance(self.county_ids, Unset):
            county_ids = []
            for county_ids_item_data in self.county_ids:
                county_ids_item = str(county_ids_item_data)
                county_ids.append(county_ids_item)

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        plan = self.plan

        unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.unit_ids, Unset):
            unit_ids = []
            for unit_ids_item_data in self.unit_ids:
                unit_ids_item = str(unit_ids_item_data)
                unit_ids.append(unit_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inspectors": inspectors,
                "starts_on": starts_on,
                "title": title,
            }
        )
        if county_ids is not UNSET:
            field_dict["county_ids"] = county_ids
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if plan is not UNSET:
            field_dict["plan"] = plan
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inspectors = cast(list[str], d.pop("inspectors"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        title = d.pop("title")

        _county_ids = d.pop("county_ids", UNSET)
        county_ids: list[UUID] | Unset = UNSET
        if _county_ids is not UNSET:
            county_ids = []
            for county_ids_item_data in _county_ids:
                county_ids_item = UUID(county_ids_item_data)

                county_ids.append(county_ids_item)

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        plan = d.pop("plan", UNSET)

        _unit_ids = d.pop("unit_ids", UNSET)
        unit_ids: list[UUID] | Unset = UNSET
        if _unit_ids is not UNSET:
            unit_ids = []
            for unit_ids_item_data in _unit_ids:
                unit_ids_item = UUID(unit_ids_item_data)

                unit_ids.append(unit_ids_item)

        inspection_create = cls(
            inspectors=inspectors,
            starts_on=starts_on,
            title=title,
            county_ids=county_ids,
            ends_on=ends_on,
            plan=plan,
            unit_ids=unit_ids,
        )

        return inspection_create
