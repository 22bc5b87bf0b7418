from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inspection_state import InspectionState

if TYPE_CHECKING:
    from ..models.county_ref import CountyRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="InspectionOut")


@_attrs_define
class InspectionOut:
    """
    Attributes:
        counties (list[CountyRef]):
        created_at (datetime.datetime):
        created_by (UUID):
        created_by_name (str):
        ends_on (datetime.date):
        held_by (None | UUID):
        held_by_name (None | str):
        held_on (datetime.date | None):
        id (UUID):
        inspectors (list[str]):
        jurisdiction_id (UUID):
        plan (str):
        starts_on (datetime.date):
        state (InspectionState):
        summary (None | str):
        title (str):
        units (list[UnitRef]):
        updated_at (datetime.datetime):
    """

    counties: list[CountyRef]
    created_at: datetime.datetime
    created_by: UUID
    created_by_name: str
    ends_on: datetime.date
    held_by: None | UUID
    held_by_name: None | str
    held_on: datetime.date | None
    id: UUID
    inspectors: list[str]
    jurisdiction_id: UUID
    plan: str
    starts_on: datetime.date
    state: InspectionState
    summary: None | str
    title: str
    units: list[UnitRef]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counties = []
        for counties_item_data in self.counties:
            counties_item = counties_item_data.to_dict()
            counties.append(counties_item)

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        created_by_name = self.created_by_name

        ends_on = self.ends_on.isoformat()

        held_by: None | str
        if isinstance(self.held_by, UUID):
            held_by = str(self.held_by)
        else:
            held_by = self.held_by

        held_by_name: None | str
        held_by_name = self.held_by_name

        held_on: None | str
        if isinstance(self.held_on, datetime.date):
            held_on = self.held_on.isoformat()
        else:
            held_on = self.held_on

        id = str(self.id)

        inspectors = self.inspectors

        jurisdiction_id = str(self.jurisdiction_id)

        plan = self.plan

        starts_on = self.starts_on.isoformat()

        state = self.state.value

        summary: None | str
        summary = self.summary

        title = self.title

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counties": counties,
                "created_at": created_at,
                "created_by": created_by,
                "created_by_name": created_by_name,
                "ends_on": ends_on,
                "held_by": held_by,
                "held_by_name": held_by_name,
                "held_on": held_on,
                "id": id,
                "inspectors": inspectors,
                "jurisdiction_id": jurisdiction_id,
                "plan": plan,
                "starts_on": starts_on,
                "state": state,
                "summary": summary,
                "title": title,
                "units": units,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.county_ref import CountyRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        counties = []
        _counties = d.pop("counties")
        for counties_item_data in _counties:
            counties_item = CountyRef.from_dict(counties_item_data)

            counties.append(counties_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = UUID(d.pop("created_by"))

        created_by_name = d.pop("created_by_name")

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        def _parse_held_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_by_type_0 = UUID(data)

                return held_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        held_by = _parse_held_by(d.pop("held_by"))

        def _parse_held_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        held_by_name = _parse_held_by_name(d.pop("held_by_name"))

        def _parse_held_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_on_type_0 = datetime.date.fromisoformat(data)

                return held_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        held_on = _parse_held_on(d.pop("held_on"))

        id = UUID(d.pop("id"))

        inspectors = cast(list[str], d.pop("inspectors"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        plan = d.pop("plan")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        state = InspectionState(d.pop("state"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        title = d.pop("title")

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitRef.from_dict(units_item_data)

            units.append(units_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        inspection_out = cls(
            counties=counties,
            created_at=created_at,
            created_by=created_by,
            created_by_name=created_by_name,
            ends_on=ends_on,
            held_by=held_by,
            held_by_name=held_by_name,
            held_on=held_on,
            id=id,
            inspectors=inspectors,
            jurisdiction_id=jurisdiction_id,
            plan=plan,
            starts_on=starts_on,
            state=state,
            summary=summary,
            title=title,
            units=units,
            updated_at=updated_at,
        )

        inspection_out.additional_properties = d
        return inspection_out

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
