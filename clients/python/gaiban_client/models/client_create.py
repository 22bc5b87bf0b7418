from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.client_scope import ClientScope

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        jurisdiction_id (UUID):
        name (str):
        scopes (list[ClientScope]):
    """

    jurisdiction_id: UUID
    name: str
    scopes: list[ClientScope]

    def to_dict(self) -> dict[str, Any]:
        jurisdiction_id = str(self.jurisdiction_id)

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jurisdiction_id": jurisdiction_id,
                "name": name,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        client_create = cls(
            jurisdiction_id=jurisdiction_id,
            name=name,
            scopes=scopes,
        )

        return client_create
