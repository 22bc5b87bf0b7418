from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rulebook_version_out_document import RulebookVersionOutDocument


T = TypeVar("T", bound="RulebookVersionOut")


@_attrs_define
class RulebookVersionOut:
    """
    Attributes:
        document (RulebookVersionOutDocument): The rulebook document, as published (schema: GET /v1/rulebook-schema).
        effective_from (datetime.date): In force from this day until a later version.
        id (UUID):
        jurisdiction_id (UUID):
        published_at (datetime.datetime):
        published_by (str): The account or client that published it, or system.
        title (str):
    """

    document: RulebookVersionOutDocument
    effective_from: datetime.date
    id: UUID
    jurisdiction_id: UUID
    published_at: datetime.datetime
    published_by: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        effective_from = self.effective_from.isoformat()

        id = str(self.id)

        jurisdiction_id = str(self.jurisdiction_id)

        published_at = self.published_at.isoformat()

        published_by = self.published_by

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "effective_from": effective_from,
                "id": id,
                "jurisdiction_id": jurisdiction_id,
                "published_at": published_at,
                "published_by": published_by,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rulebook_version_out_document import RulebookVersionOutDocument  # noqa: PLC0415

        d = dict(src_dict)
        document = RulebookVersionOutDocument.from_dict(d.pop("document"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        id = UUID(d.pop("id"))

        jurisdiction_id = UUID(d.pop("jurisdiction_id"))

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        published_by = d.pop("published_by")

        title = d.pop("title")

        rulebook_version_out = cls(
            document=document,
            effective_from=effective_from,
            id=id,
            jurisdiction_id=jurisdiction_id,
            published_at=published_at,
            published_by=published_by,
            title=title,
        )

        rulebook_version_out.additional_properties = d
        return rulebook_version_out

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
