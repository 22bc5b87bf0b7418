from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope

T = TypeVar("T", bound="ClientOut")


@_attrs_define
class ClientOut:
    """
    Attributes:
        client_id (str):
        created_at (datetime.datetime):
        id (UUID):
        is_active (bool):
        jurisdiction_id (UUID):
        name (str):
        scopes (list[ClientScope]):
        updated_at (datetime.datetime):
    """

    client_id: str
    created_at: datetime.datetime
    id: UUID
    is_active: bool
    jurisdiction_id: UUID
    name: str
    scopes: list[ClientScope]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        id = str(self.id)

        is_active = self.is_active

        jurisdiction_id = str(self.jurisdiction_id)

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "created_at": created_at,
                "id": id,
                "is_active": is_active,
                "jurisdiction_id": jurisdiction_id,
                "name": name,
                "scopes": scopes,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_out = cls(
            client_id=client_id,
            created_at=created_at,
            id=id,
            is_active=is_active,
            jurisdiction_id=jurisdiction_id,
            name=name,
            scopes=scopes,
            updated_at=updated_at,
        )

        client_out.additional_properties = d
        return client_out

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
