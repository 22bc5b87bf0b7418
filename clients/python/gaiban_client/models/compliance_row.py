from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_cell import ComplianceCell


T = TypeVar("T", bound="ComplianceRow")


@_attrs_define
class ComplianceRow:
    """
    Attributes:
        cells (list[ComplianceCell]): One per period, in the periods' order.
        unit_code (None | str):
        unit_id (None | UUID): Null: the office's own report.
        unit_name (None | str):
    """

    cells: list[ComplianceCell]
    unit_code: None | str
    unit_id: None | UUID
    unit_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        unit_code: None | str
        unit_code = self.unit_code

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        unit_name: None | str
        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cells": cells,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_cell import ComplianceCell  # noqa: PLC0415

        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = ComplianceCell.from_dict(cells_item_data)

            cells.append(cells_item)

        def _parse_unit_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_code = _parse_unit_code(d.pop("unit_code"))

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

        def _parse_unit_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_name = _parse_unit_name(d.pop("unit_name"))

        compliance_row = cls(
            cells=cells,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        compliance_row.additional_properties = d
        return compliance_row

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
