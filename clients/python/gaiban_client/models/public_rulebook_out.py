from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicRulebookOut")


@_attrs_define
class PublicRulebookOut:
    """The rulebook version in force in a jurisdiction today: which, from when, its title.

    Attributes:
        effective_from (datetime.date):
        inherited (bool): The version is one of its own parent's (C-ORG-3).
        owner_jurisdiction_id (UUID): Whose version it is.
        title (str):
        version_id (UUID):
    """

    effective_from: datetime.date
    inherited: bool
    owner_jurisdiction_id: UUID
    title: str
    version_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        inherited = self.inherited

        owner_jurisdiction_id = str(self.owner_jurisdiction_id)

        title = self.title

        version_id = str(self.version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_from": effective_from,
                "inherited": inherited,
                "owner_jurisdiction_id": owner_jurisdiction_id,
                "title": title,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        inherited = d.pop("inherited")

        owner_jurisdiction_id = UUID(d.pop("owner_jurisdiction_id"))

        title = d.pop("title")

        version_id = UUID(d.pop("version_id"))

        public_rulebook_out = cls(
            effective_from=effective_from,
            inherited=inherited,
            owner_jurisdiction_id=owner_jurisdiction_id,
            title=title,
            version_id=version_id,
        )

        public_rulebook_out.additional_properties = d
        return public_rulebook_out

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
