from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublishedDocument")


@_attrs_define
class PublishedDocument:
    """
    Attributes:
        issued_on (datetime.date): The day it was signed (签发).
        issuer_name (str):
        number (str): 发文字号.
        title (str):
    """

    issued_on: datetime.date
    issuer_name: str
    number: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issued_on = self.issued_on.isoformat()

        issuer_name = self.issuer_name

        number = self.number

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issued_on": issued_on,
                "issuer_name": issuer_name,
                "number": number,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuer_name = d.pop("issuer_name")

        number = d.pop("number")

        title = d.pop("title")

        published_document = cls(
            issued_on=issued_on,
            issuer_name=issuer_name,
            number=number,
            title=title,
        )

        published_document.additional_properties = d
        return published_document

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
