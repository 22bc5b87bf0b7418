from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorDefinitionOut")


@_attrs_define
class IndicatorDefinitionOut:
    """
    Attributes:
        key (str):
        measure (Measure): What an indicator measures: a rate computed from the system's own records, or ``manual``
            (the office scores it, with a written reason).
        name (str):
        weight (int):
        report_kind (None | str | Unset):
    """

    key: str
    measure: Measure
    name: str
    weight: int
    report_kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        measure = self.measure.value

        name = self.name

        weight = self.weight

        report_kind: None | str | Unset
        if isinstance(self.report_kind, Unset):
            report_kind = UNSET
        else:
            report_kind = self.report_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "measure": measure,
                "name": name,
                "weight": weight,
            }
        )
        if report_kind is not UNSET:
            field_dict["report_kind"] = report_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        measure = Measure(d.pop("measure"))

        name = d.pop("name")

        weight = d.pop("weight")

        def _parse_report_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_kind = _parse_report_kind(d.pop("report_kind", UNSET))

        indicator_definition_out = cls(
            key=key,
            measure=measure,
            name=name,
            weight=weight,
            report_kind=report_kind,
        )

        indicator_definition_out.additional_properties = d
        return indicator_definition_out

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
