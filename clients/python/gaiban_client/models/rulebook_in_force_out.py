from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rulebook_in_force_out_document import RulebookInForceOutDocument


T = TypeVar("T", bound="RulebookInForceOut")


@_attrs_define
class RulebookInForceOut:
    """The rulebook that judges acts of a jurisdiction on a date.

    Attributes:
        document (RulebookInForceOutDocument):
        effective_from (datetime.date):
        inherited (bool): True when the jurisdiction has no version of its own in force and uses its parent's (C-ORG-3).
        jurisdiction_id (UUID): The jurisdiction asked about.
        on (datetime.date): The date judged (today in the jurisdiction's zone if not given).
        owner_jurisdiction_id (UUID): Whose version it is.
        title (str):
        version_id (UUID):
    """

    document: RulebookInForceOutDocument
    effective_from: datetime.date
    inherited: bool
    jurisdiction_id: UUID
    on: datetime.date
    owner_jurisdiction_id: UUID
    title: str
    version_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        effective_from = self.effective_from.isoformat()

        inherited = self.inherited

        jurisdiction_id = str(self.jurisdiction_id)

        on = self.on.isoformat()

        owner_jurisdiction_id = str(self.owner_jurisdiction_id)

        title = self.title

        version_id = str(self.version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "effective_from": effective_from,
                "inherited": inherited,
                "jurisdiction_id": jurisdiction_id,
                "on": on,
                "owner_jurisdiction_id": owner_jurisdiction_id,
                "title": title,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulebook_in_force_out_document import RulebookInForceOutDocument  # noqa: PLC0415

        d = dict(src_dict)
        document = RulebookInForceOutDocument.from_dict(d.pop("document"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        inherited = d.pop("inherited")

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        on = datetime.date.fromisoformat(d.pop("on"))

        owner_jurisdiction_id = UUID(d.pop("owner_jurisdiction_id"))

        title = d.pop("title")

        version_id = UUID(d.pop("version_id"))

        rulebook_in_force_out = cls(
            document=document,
            effective_from=effective_from,
            inherited=inherited,
            jurisdiction_id=jurisdiction_id,
            on=on,
            owner_jurisdiction_id=owner_jurisdiction_id,
            title=title,
            version_id=version_id,
        )

        rulebook_in_force_out.additional_properties = d
        return rulebook_in_force_out

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
