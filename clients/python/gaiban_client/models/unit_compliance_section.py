from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_entry import ComplianceEntry


T = TypeVar("T", bound="UnitComplianceSection")


@_attrs_define
class UnitComplianceSection:
    """
    Attributes:
        cells (list[ComplianceEntry]):
        late (int):
        missing (int):
        on_time (int):
        unit_id (None | UUID):
        unit_name (str):
    """

    cells: list[ComplianceEntry]
    late: int
    missing: int
    on_time: int
    unit_id: None | UUID
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        late = self.late

        missing = self.missing

        on_time = self.on_time

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cells": cells,
                "late": late,
                "missing": missing,
                "on_time": on_time,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_entry import ComplianceEntry  # noqa: PLC0415

        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = ComplianceEntry.from_dict(cells_item_data)

            cells.append(cells_item)

        late = d.pop("late")

        missing = d.pop("missing")

        on_time = d.pop("on_time")

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        unit_name = d.pop("unit_name")

        unit_compliance_section = cls(
            cells=cells,
            late=late,
            missing=missing,
            on_time=on_time,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        unit_compliance_section.additional_properties = d
        return unit_compliance_section

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
