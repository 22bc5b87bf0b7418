from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasswordSetup")


@_attrs_define
class PasswordSetup:
    """
    Attributes:
        new_password (str): At least 10 characters.
        setup_token (str): The token a reset or a new account gave.
    """

    new_password: str
    setup_token: str

    def to_dict(self) -> dict[str, Any]:
        new_password = self.new_password

        setup_token = self.setup_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_password": new_password,
                "setup_token": setup_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_password = d.pop("new_password")

        setup_token = d.pop("setup_token")

        password_setup = cls(
            new_password=new_password,
            setup_token=setup_token,
        )

        return password_setup
