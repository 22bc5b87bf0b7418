from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_year_source import KnownYearSource

T = TypeVar("T", bound="KnownYear")


@_attrs_define
class KnownYear:
    """
    Attributes:
        detail (str): The arrangement's source (the notice it follows).
        source (KnownYearSource): `library`: the bundled chinese-calendar data; `entered`: entered here.
        year (int):
    """

    detail: str
    source: KnownYearSource
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        source = self.source.value

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "source": source,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        source = KnownYearSource(d.pop("source"))

        year = d.pop("year")

        known_year = cls(
            detail=detail,
            source=source,
            year=year,
        )

        known_year.additional_properties = d
        return known_year

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
