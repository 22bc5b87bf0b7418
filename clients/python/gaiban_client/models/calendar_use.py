from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarUse")


@_attrs_define
class CalendarUse:
    """Which provisional years an answer's working days came from (empty: exact figures).

    Attributes:
        provisional_years (list[int]): Years without a published (bundled or entered) holiday arrangement whose
            provisional calendar — weekends and the statutory holidays on their computed dates, no make-up workdays — this
            answer used. Its figures may change once they are entered. Also named in the Gaiban-Calendar-Provisional
            response header.
    """

    provisional_years: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provisional_years = self.provisional_years

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provisional_years": provisional_years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provisional_years = cast(list[int], d.pop("provisional_years"))

        calendar_use = cls(
            provisional_years=provisional_years,
        )

        calendar_use.additional_properties = d
        return calendar_use

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
