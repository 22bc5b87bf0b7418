from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserOut")


@_attrs_define
class UserOut:
    """
    Attributes:
        created_at (datetime.datetime):
        display_name (str):
        id (UUID):
        is_active (bool):
        is_platform_admin (bool):
        jurisdiction_id (None | UUID):
        updated_at (datetime.datetime):
        username (str):
    """

    created_at: datetime.datetime
    display_name: str
    id: UUID
    is_active: bool
    is_platform_admin: bool
    jurisdiction_id: None | UUID
    updated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = str(self.id)

        is_active = self.is_active

        is_platform_admin = self.is_platform_admin

        jurisdiction_id: None | str
        if isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        updated_at = self.updated_at.isoformat()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "id": id,
                "is_active": is_active,
                "is_platform_admin": is_platform_admin,
                "jurisdiction_id": jurisdiction_id,
                "updated_at": updated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        is_platform_admin = d.pop("is_platform_admin")

        def _parse_jurisdiction_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_id_type_0 = UUID(data)

                return jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        username = d.pop("username")

        user_out = cls(
            created_at=created_at,
            display_name=display_name,
            id=id,
            is_active=is_active,
            is_platform_admin=is_platform_admin,
            jurisdiction_id=jurisdiction_id,
            updated_at=updated_at,
            username=username,
        )

        user_out.additional_properties = d
        return user_out

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
