from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedTokenCreate")


@_attrs_define
class FeedTokenCreate:
    """
    Attributes:
        label (str):
        expires_in_days (int | Unset): The token stops working after this many days. Default: 365.
    """

    label: str
    expires_in_days: int | Unset = 365

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        expires_in_days = self.expires_in_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        expires_in_days = d.pop("expires_in_days", UNSET)

        feed_token_create = cls(
            label=label,
            expires_in_days=expires_in_days,
        )

        return feed_token_create
