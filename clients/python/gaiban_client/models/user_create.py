from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new account. It has no password until its person chooses one with the setup token the
    answer carries: no one chooses or learns another person's password.

        Attributes:
            display_name (str):
            username (str): Begins with the managing jurisdiction's code and a dot (`ezhou.` for ezhou) unless a platform
                administrator creates it: a name taken elsewhere can then never be probed.
            is_platform_admin (bool | Unset):  Default: False.
            jurisdiction_id (None | Unset | UUID): The managing jurisdiction; null only for platform administrators.
    """

    display_name: str
    username: str
    is_platform_admin: bool | Unset = False
    jurisdiction_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        username = self.username

        is_platform_admin = self.is_platform_admin

        jurisdiction_id: None | str | Unset
        if isinstance(self.jurisdiction_id, Unset):
            jurisdiction_id = UNSET
        elif isinstance(self.jurisdiction_id, UUID):
            jurisdiction_id = str(self.jurisdiction_id)
        else:
            jurisdiction_id = self.jurisdiction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "username": username,
            }
        )
        if is_platform_admin is not UNSET:
            field_dict["is_platform_admin"] = is_platform_admin
        if jurisdiction_id is not UNSET:
            field_dict["jurisdiction_id"] = jurisdiction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        username = d.pop("username")

        is_platform_admin = d.pop("is_platform_admin", UNSET)

        def _parse_jurisdiction_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                jurisdiction_id_type_0 = UUID(data)

                return jurisdiction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id", UNSET))

        user_create = cls(
            display_name=display_name,
            username=username,
            is_platform_admin=is_platform_admin,
            jurisdiction_id=jurisdiction_id,
        )

        return user_create
