from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_kind import RecipientKind

T = TypeVar("T", bound="DocumentRecipientOut")


@_attrs_define
class DocumentRecipientOut:
    """
    Attributes:
        copy (bool): false: 主送, expected to act; true: 抄送, to know.
        id (UUID):
        jurisdiction_id (UUID): The recipient's jurisdiction: the document's own, or the county's.
        kind (RecipientKind):
        name (str):
        unit_id (None | UUID):
    """

    copy: bool
    id: UUID
    jurisdiction_id: UUID
    kind: RecipientKind
    name: str
    unit_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy = self.copy

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        kind = self.kind.value

        name = self.name

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "copy": copy,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "kind": kind,
                "name": name,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copy = d.pop("copy")

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        kind = RecipientKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        document_recipient_out = cls(
            copy=copy,
            id=id,
            jurisdiction_id=jurisdiction_id,
            kind=kind,
            name=name,
            unit_id=unit_id,
        )

        document_recipient_out.additional_properties = d
        return document_recipient_out

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
