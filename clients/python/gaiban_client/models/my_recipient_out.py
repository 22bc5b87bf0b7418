from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_kind import RecipientKind

T = TypeVar("T", bound="MyRecipientOut")


@_attrs_define
class MyRecipientOut:
    """
    Attributes:
        copy (bool): true: 抄送 (copied).
        kind (RecipientKind):
        name (str):
        recipient_id (UUID):
    """

    copy: bool
    kind: RecipientKind
    name: str
    recipient_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        kind = self.kind.value

        name = self.name

        recipient_id = str(self.recipient_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "copy": copy,
                "kind": kind,
                "name": name,
                "recipient_id": recipient_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copy = d.pop("copy")

        kind = RecipientKind(d.pop("kind"))

        name = d.pop("name")

        recipient_id = UUID(d.pop("recipient_id"))

        my_recipient_out = cls(
            copy=copy,
            kind=kind,
            name=name,
            recipient_id=recipient_id,
        )

        my_recipient_out.additional_properties = d
        return my_recipient_out

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
