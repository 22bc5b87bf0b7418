from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.unit_compliance_section import UnitComplianceSection


T = TypeVar("T", bound="ComplianceSection")


@_attrs_define
class ComplianceSection:
    """
    Attributes:
        periods (list[str]):
        report_kind (None | str):
        units (list[UnitComplianceSection]):
    """

    periods: list[str]
    report_kind: None | str
    units: list[UnitComplianceSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        periods = self.periods

        report_kind: None | str
        report_kind = self.report_kind

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "periods": periods,
                "report_kind": report_kind,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_compliance_section import UnitComplianceSection  # noqa: PLC0415

        d = dict(src_dict)
        periods = cast(list[str], d.pop("periods"))

        def _parse_report_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        report_kind = _parse_report_kind(d.pop("report_kind"))

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = UnitComplianceSection.from_dict(units_item_data)

            units.append(units_item)

        compliance_section = cls(
            periods=periods,
            report_kind=report_kind,
            units=units,
        )

        compliance_section.additional_properties = d
        return compliance_section

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
