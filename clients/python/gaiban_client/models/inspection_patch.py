from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InspectionPatch")


@_attrs_define
class InspectionPatch:
    """The plan's fields to change while the inspection is planned; those left out stay.

    Attributes:
        county_ids (list[UUID] | None | Unset):
        ends_on (datetime.date | None | Unset):
        inspectors (list[str] | None | Unset):
        plan (None | str | Unset):
        starts_on (datetime.date | None | Unset):
        title (None | str | Unset):
        unit_ids (list[UUID] | None | Unset):
    """

    county_ids: list[UUID] | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    inspectors: list[str] | None | Unset = UNSET
    plan: None | str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    title: None | str | Unset = UNSET
    unit_ids: list[UUID] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        county_ids: list[str] | None | Unset
        if isinstance(self.county_ids, Unset):
            county_ids = UNSET
        elif isinstance(self.county_ids, list):
            county_ids = []
            for county_ids_type_0_item_data in self.county_ids:
                county_ids_type_0_item = str(county_ids_type_0_item_data)
                county_ids.append(county_ids_type_0_item)

        else:
            county_ids = self.county_ids

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        inspectors: list[str] | None | Unset
        if isinstance(self.inspectors, Unset):
            inspectors = UNSET
        elif isinstance(self.inspectors, list):
            inspectors = self.inspectors

        else:
            inspectors = self.inspectors

        plan: None | str | Unset
        if isinstance(self.plan, Unset):
            plan = UNSET
        else:
            plan = self.plan

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit_ids: list[str] | None | Unset
        if isinstance(self.unit_ids, Unset):
            unit_ids = UNSET
        elif isinstance(self.unit_ids, list):
            unit_ids = []
            for unit_ids_type_0_item_data in self.unit_ids:
                unit_ids_type_0_item = str(unit_ids_type_0_item_data)
                unit_ids.append(unit_ids_type_0_item)

        else:
            unit_ids = self.unit_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if county_ids is not UNSET:
            field_dict["county_ids"] = county_ids
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if inspectors is not UNSET:
            field_dict["inspectors"] = inspectors
        if plan is not UNSET:
            field_dict["plan"] = plan
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if title is not UNSET:
            field_dict["title"] = title
        if unit_ids is not UNSET:
            field_dict["unit_ids"] = unit_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_county_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                county_ids_type_0 = []
                _county_ids_type_0 = data
                for county_ids_type_0_item_data in _county_ids_type_0:
                    county_ids_type_0_item = UUID(county_ids_type_0_item_data)

                    county_ids_type_0.append(county_ids_type_0_item)

                return county_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        county_ids = _parse_county_ids(d.pop("county_ids", UNSET))

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

        def _parse_inspectors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inspectors_type_0 = cast(list[str], data)

                return inspectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        inspectors = _parse_inspectors(d.pop("inspectors", UNSET))

        def _parse_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan = _parse_plan(d.pop("plan", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_unit_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unit_ids_type_0 = []
                _unit_ids_type_0 = data
                for unit_ids_type_0_item_data in _unit_ids_type_0:
                    unit_ids_type_0_item = UUID(unit_ids_type_0_item_data)

                    unit_ids_type_0.append(unit_ids_type_0_item)

                return unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        unit_ids = _parse_unit_ids(d.pop("unit_ids", UNSET))

        inspection_patch = cls(
            county_ids=county_ids,
            ends_on=ends_on,
            inspectors=inspectors,
            plan=plan,
            starts_on=starts_on,
            title=title,
            unit_ids=unit_ids,
        )

        return inspection_patch
