from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PasswordSetupToken")


@_attrs_define
class PasswordSetupToken:
    """
    Attributes:
        setup_token (str): Shown once. Hand it to the account's person only: with it they choose their password (POST
            /v1/auth/password-setup), once, before `setup_token_expires_at`. It is no password and opens nothing else.
        setup_token_expires_at (datetime.datetime):
        user_id (UUID):
    """

    setup_token: str
    setup_token_expires_at: datetime.datetime
    user_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup_token = self.setup_token

        setup_token_expires_at = self.setup_token_expires_at.isoformat()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "setup_token": setup_token,
                "setup_token_expires_at": setup_token_expires_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        setup_token = d.pop("setup_token")

        setup_token_expires_at = datetime.datetime.fromisoformat(d.pop("setup_token_expires_at"))

        user_id = UUID(d.pop("user_id"))

        password_setup_token = cls(
            setup_token=setup_token,
            setup_token_expires_at=setup_token_expires_at,
            user_id=user_id,
        )

        password_setup_token.additional_properties = d
        return password_setup_token

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
