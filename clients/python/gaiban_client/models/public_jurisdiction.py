from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.public_jurisdiction_feeds import PublicJurisdictionFeeds


T = TypeVar("T", bound="PublicJurisdiction")


@_attrs_define
class PublicJurisdiction:
    """
    Attributes:
        feeds (PublicJurisdictionFeeds): The Atom and JSON Feed addresses of its items.
        id (UUID):
        name (str):
    """

    feeds: PublicJurisdictionFeeds
    id: UUID
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feeds = self.feeds.to_dict()

        id = str(self.id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeds": feeds,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_jurisdiction_feeds import PublicJurisdictionFeeds  # noqa: PLC0415

        d = dict(src_dict)
        feeds = PublicJurisdictionFeeds.from_dict(d.pop("feeds"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        public_jurisdiction = cls(
            feeds=feeds,
            id=id,
            name=name,
        )

        public_jurisdiction.additional_properties = d
        return public_jurisdiction

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
